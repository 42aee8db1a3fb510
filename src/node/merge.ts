// `camket merge`: read every unit workbook in a folder, one at a time, and write the department
// summary and the JSON report. A file that cannot be read is listed and the rest is merged. Reading
// is checkWorkbookFile, putting the month together the core's checkDepartment; this prints and writes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { monthOf } from '../core/changes';
import { type FileResult, checkDepartment, skippedFile, unreadableFile } from '../core/department-check';
import type { Department } from '../core/department';
import type { Change, HistoryRow, SummaryState } from '../core/history';
import type { Lang } from '../core/model';
import { feedbackBooks } from '../core/feedback';
import type { Report } from '../core/report';
import { ruleTitle } from '../core/rules';
import { OutputLockedError, excelHolds, lockedMessage } from './atomic-write';
import { type FoundFile, type SkipReason, discover } from './discover';
import { type IssueMarks, countBySeverity, formatIssues } from './print';
import { docxText } from './documents/text';
import { checkWorkbookFile } from './check-workbook-file';
import type { Progress } from './progress';
import { writeReportFile } from './report-file';
import type { SummaryData } from './summary';
import { CATALOGUES, inSentence, section } from '../core/catalogue';

/** The summary writer's side of the contract (src/node/summary); injectable for tests. */
export interface SummaryIo {
  writeSummary(file: string, data: SummaryData): Promise<void>;
  readSummaryState(file: string): Promise<SummaryState>;
}

export interface MergeOptions {
  folder: string;
  department: Department;
  asOf: string;
  lang: Lang;
  /** Summary workbook; default tong-hop-YYYY-MM.xlsx (month of asOf) in the current folder. */
  out?: string;
  report?: string;
  previous?: string;
  /** --feedback DIR: one feedback workbook per unit that sent a file (src/node/feedback.ts). */
  feedback?: string;
  /** --docx FILE.docx: the month's written report (src/node/documents/report.ts). */
  docx?: string;
  progress?: Progress;
  summary?: SummaryIo;
  /** Called once the outputs are about to be written (the CLI guards Ctrl-C from then on). */
  onWriting?: (targets: string[]) => void;
  /** Called as each phase begins, for the bench's timings. */
  onPhase?: (phase: MergePhase) => void;
  /** Marks before printed issues (default: this console's). */
  marks?: IssueMarks;
  /** The machine's system and environment (default: this one's), for OneDrive's placeholders. */
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
}

export type MergePhase = 'discover' | 'read' | 'combine' | 'write-summary' | 'write-report' | 'done';

export interface MergeResult {
  code: 0 | 1 | 2;
  report: Report | null;
  changes: Change[];
  history: HistoryRow[];
  written: { summary: string | null; report: string | null; feedback?: string[]; docx?: string | null };
}

/** Wrong arguments found before anything is read: exit status 2, nothing written. */
export class MergeUsageError extends Error {}

/** Excel cannot open a workbook whose full path is longer than this (Microsoft's own figure). */
export const EXCEL_PATH_LIMIT = 218;
/** Warned about from here: the copy kept beside a locked summary is longer still. */
const PATH_WARN_AT = 210;

const TEXT = section('merge');

/** Issues printed at the end of a run; the rest are in the outputs. */
const PRINTED_ISSUES = 200;

export function defaultOutName(asOf: string): string {
  return `tong-hop-${monthOf(asOf)}.xlsx`;
}

export function skipReasonText(reason: SkipReason, lang: Lang): string {
  return CATALOGUES[lang].skipReason[reason];
}

/** Why the units' folder cannot be read, or null (merge and forms read the same folder). */
export async function inputFolderProblem(folder: string, lang: Lang): Promise<string | null> {
  const st = await fs.stat(folder).catch(() => null);
  if (!st) return TEXT[lang].noFolder(folder);
  return st.isDirectory() ? null : TEXT[lang].notFolder(folder);
}

/** What merge and forms say of the files they find and read. */
export function inputText(lang: Lang): Pick<(typeof TEXT)['vi'], 'found' | 'merged' | 'failed' | 'bar'> {
  const { found, merged, failed, bar } = TEXT[lang];
  return { found, merged, failed, bar };
}

async function checkArguments(options: MergeOptions, out: string): Promise<void> {
  const t = TEXT[options.lang];
  const folderProblem = await inputFolderProblem(options.folder, options.lang);
  if (folderProblem) throw new MergeUsageError(folderProblem);
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new MergeUsageError(t.outNotXlsx(out));
  if (options.docx && path.extname(options.docx).toLowerCase() !== '.docx')
    throw new MergeUsageError(docxText(options.lang).notDocx(options.docx));
  for (const target of [out, options.report, options.docx]) {
    if (!target) continue;
    const dir = path.dirname(path.resolve(target));
    const d = await fs.stat(dir).catch(() => null);
    if (!d?.isDirectory()) throw new MergeUsageError(t.noOutDir(dir));
  }
}

async function loadSummaryIo(): Promise<SummaryIo> {
  // Loaded on demand: the writer pulls in exceljs, which `--help` and argument errors need not wait for.
  const mod = await import('./summary');
  return { writeSummary: mod.writeSummary, readSummaryState: mod.readSummaryState };
}

async function loadPrevious(
  file: string,
  options: MergeOptions,
  summary: SummaryIo,
  warn: (s: string) => void,
): Promise<SummaryState> {
  const t = TEXT[options.lang];
  let state: SummaryState;
  try {
    state = await summary.readSummaryState(file);
  } catch (e) {
    // The writer's own error says precisely what is wrong with the file, in the clerk's language.
    const said = (e as { messageIn?: (lang: Lang) => string }).messageIn;
    if (typeof said === 'function') throw new MergeUsageError(said.call(e, options.lang));
    const why = e instanceof Error ? e.message.split('\n')[0].slice(0, 160) : String(e);
    throw new MergeUsageError(t.previousUnreadable(file, why));
  }
  if (state.asOf > options.asOf) throw new MergeUsageError(t.previousLater(file, state.asOf, options.asOf));
  if (state.department && state.department !== options.department.name)
    warn(t.previousOtherDepartment(state.department));
  return state;
}

/** Read one found file: its workbook checked, or why it could not be read. `camket forms` reads with it too. */
export async function readOne(
  f: FoundFile,
  options: Pick<MergeOptions, 'asOf' | 'department' | 'lang' | 'folder'>,
): Promise<FileResult> {
  const { department, lang } = options;
  if (f.kind === 'unsupported')
    return unreadableFile(
      f.rel,
      { rule: 'unsupported-format', params: { format: f.format ?? path.extname(f.rel) } },
      lang,
    );
  if (f.cloudOnly) return unreadableFile(f.rel, { rule: 'unreadable-file', params: { reason: 'cloud-only' } }, lang);
  // A workbook that trips camket itself comes back as one failed file (checkWorkbookFile), not a failed merge.
  return checkWorkbookFile(f.abs, { asOf: options.asOf, department, lang, root: options.folder });
}

/** Every file found, read one at a time (each grid is dropped once it is checked), the skipped
 *  ones entered with their reason; `onFile` hears of each file read. */
export async function readFound(
  found: FoundFile[],
  options: Pick<MergeOptions, 'asOf' | 'department' | 'lang' | 'folder' | 'progress'>,
  onFile: (f: FoundFile, result: FileResult) => void,
): Promise<FileResult[]> {
  const lang = options.lang ?? 'vi';
  const read: FileResult[] = [];
  options.progress?.start(found.filter((f) => f.kind !== 'skipped').length);
  try {
    for (const f of found) {
      if (f.kind === 'skipped') {
        read.push(skippedFile(f.rel, skipReasonText(f.reason!, lang)));
        continue;
      }
      const result = await readOne(f, options);
      read.push(result);
      onFile(f, result);
    }
  } finally {
    options.progress?.stop();
  }
  return read;
}

function printSummary(
  report: Report,
  changes: Change[],
  previous: SummaryState | null,
  options: MergeOptions,
  print: (s: string) => void,
): void {
  const t = TEXT[options.lang];
  const lang = options.lang;
  const files = report.files;
  const merged = files.filter((f) => f.state === 'merged').length;
  const skipped = files.filter((f) => f.state === 'skipped');
  const failed = files.filter((f) => f.state === 'failed');
  const n = countBySeverity(report.issues);

  const shown = report.issues.slice(0, PRINTED_ISSUES);
  if (shown.length) {
    print('');
    for (const line of formatIssues(shown, lang, options.marks)) print(line);
    if (report.issues.length > shown.length) print(t.more(report.issues.length - shown.length));
  }
  print('');
  print(`${t.result}:`);
  print(t.files(merged, skipped.length, failed.length));
  print(t.commitments(report.totals.commitments, report.totals.registered));
  print(t.issues(n.error, n.warning, n.info));
  const byRule = new Map<string, number>();
  for (const i of report.issues) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
  if (byRule.size) {
    print(t.byRule);
    for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      print(`    ${String(count).padStart(6)}  ${ruleTitle(rule, lang)} [${rule}]`);
    }
  }
  const missing = report.issues.filter((i) => i.rule === 'missing-unit' && i.unit).map((i) => i.unit!);
  if (missing.length) print(t.missing(missing.join(', ')));
  if (failed.length) {
    print(t.failedHead);
    for (const f of failed) print(`    - ${f.file}: ${f.error?.message ?? ''}`);
  }
  if (skipped.length) {
    print(t.skippedHead);
    for (const f of skipped) print(`    - ${f.file} (${f.reason ?? ''})`);
  }
  if (previous) {
    const counts = new Map<Change['kind'], number>();
    for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    const names = CATALOGUES[lang].change;
    const order = Object.keys(names) as Change['kind'][];
    const parts =
      order
        .filter((k) => counts.has(k))
        .map((k) => `${counts.get(k)} ${inSentence(names[k])}`)
        .join(', ') || t.noChanges;
    print(t.changes(monthOf(previous.asOf), parts));
  }
}

export async function runMerge(
  options: MergeOptions,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<MergeResult> {
  const { department, lang } = options;
  const t = TEXT[lang];
  const out = path.resolve(options.out ?? defaultOutName(options.asOf));
  const reportFile = options.report ? path.resolve(options.report) : null;
  await checkArguments(options, out);
  const feedbackDir = options.feedback ? path.resolve(options.feedback) : null;
  // Loaded on demand, as the summary writer is: it pulls in exceljs.
  const feedbackIo = feedbackDir ? await import('./feedback') : null;
  const feedbackProblem = feedbackDir && (await feedbackIo!.feedbackDirProblem(feedbackDir, lang));
  if (feedbackProblem) throw new MergeUsageError(feedbackProblem);
  let summaryIo: SummaryIo | undefined = options.summary;
  const summary = async () => (summaryIo ??= await loadSummaryIo());
  const previous = options.previous ? await loadPrevious(options.previous, options, await summary(), warn) : null;

  print(t.head(options.folder, options.asOf));
  options.onPhase?.('discover');
  const exclude = [
    out,
    ...(reportFile ? [reportFile] : []),
    ...(options.previous ? [path.resolve(options.previous)] : []),
  ];
  const found = await discover(options.folder, { exclude, platform: options.platform, env: options.env });
  const toRead = found.filter((f) => f.kind !== 'skipped');
  print(t.found(toRead.length, found.length - toRead.length));

  options.onPhase?.('read');
  const read = await readFound(found, options, (f, one) =>
    options.progress?.tick(f.rel, one.entry.state === 'merged' ? t.merged(one.entry) : t.failed(one.entry)),
  );

  if (!read.some((r) => r.entry.state === 'merged')) {
    warn(t.nothing(options.folder));
    return { code: 2, report: null, changes: [], history: [], written: { summary: null, report: null } };
  }

  options.onPhase?.('combine');
  const month = checkDepartment(read, { asOf: options.asOf, department, lang, previous, whole: true });
  const { report, files: entries, commitments } = month;
  const changes = [...month.changes];
  const history = [...month.history];
  printSummary(report, changes, previous, options, print);

  const hasError = report.issues.some((i) => i.severity === 'error') || entries.some((e) => e.state === 'failed');
  let code: 0 | 1 | 2 = hasError ? 1 : 0;
  const written: MergeResult['written'] = { summary: null, report: null };
  const books = feedbackDir
    ? feedbackBooks({ asOf: options.asOf, department, files: entries, commitments, issues: report.issues, lang })
    : [];
  const docxFile = options.docx ? path.resolve(options.docx) : null;
  options.onWriting?.([
    out,
    ...(reportFile ? [reportFile] : []),
    ...books.map((b) => path.join(feedbackDir!, b.fileName)),
    ...(docxFile ? [docxFile] : []),
  ]);

  const attempt = async (target: string, write: () => Promise<void>, done: (f: string) => void) => {
    try {
      await write();
      done(target);
      return target;
    } catch (e) {
      if (e instanceof OutputLockedError) {
        warn(lockedMessage(e, lang));
        if (code < 1) code = 1;
        return e.keptAs;
      }
      const err = e as NodeJS.ErrnoException;
      // A temporary file refused beside the target (EPERM/EACCES) is a folder the clerk may not write in.
      warn(
        err.code === 'EPERM' || err.code === 'EACCES'
          ? t.writeDenied(target)
          : t.writeFailed(target, err.code ?? (err instanceof Error ? err.message : String(e))),
      );
      code = 2;
      return null;
    }
  };

  options.onPhase?.('write-summary');
  print('');
  print(t.writing(out));
  const data: SummaryData = {
    report,
    department,
    emulation: [...month.emulation],
    history,
    changes,
    state: month.state,
    lang,
  };
  written.summary = await attempt(
    out,
    async () => (await summary()).writeSummary(out, data),
    (f) => {
      print(t.wroteSummary(f));
      // Excel for Mac locks nothing: the summary open there was replaced, and a Save from Excel would undo that.
      if (excelHolds(f)) warn(t.openInExcel(f, path.basename(f)));
    },
  );
  const length = written.summary?.normalize('NFC').length ?? 0;
  if (length > PATH_WARN_AT) warn(t.longPath(written.summary!, length, EXCEL_PATH_LIMIT));
  options.onPhase?.('write-report');
  if (reportFile)
    written.report = await attempt(
      reportFile,
      () => writeReportFile(reportFile, report),
      (f) => print(t.wroteReport(f)),
    );
  if (feedbackDir) {
    written.feedback = [];
    for (const book of books) {
      const f = await attempt(
        path.join(feedbackDir, book.fileName),
        async () => void (await feedbackIo!.writeFeedbackBook(feedbackDir, options.folder, book)),
        () => {},
      );
      if (f) written.feedback.push(f);
    }
    print(t.wroteFeedback(written.feedback.length, feedbackDir));
  }
  if (docxFile) {
    // Loaded on demand: the Word writer is needed only here.
    const { writeReportDocx } = await import('./documents/report');
    const input = { report, department, changes: previous ? changes : null, previousAsOf: previous?.asOf ?? null };
    written.docx = await attempt(
      docxFile,
      () => writeReportDocx(docxFile, input),
      (f) => print(docxText(lang).wrote(f)),
    );
  }
  options.onPhase?.('done');
  return { code, report, changes, history, written };
}
