// `camket forms`: at the start of the year, one commitment form (Bản cam kết thực hiện nhiệm vụ) per
// person who owns commitments, from the same unit workbooks the merge reads, read the same way
// (discover, the merge's readOne, put together by the core's checkDepartment). The grouping
// and the forms' content are the core's (src/core/forms.ts); this reads, prints and writes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Department } from '../core/department';
import { checkDepartment } from '../core/department-check';
import { type CommitmentGroup, buildCommitmentForm, groupByPerson, ownerPosition, unownedIssues } from '../core/forms';
import type { Lang } from '../core/model';
import { type Report, type ReportIssue, reportCommitment, reportIssue } from '../core/report';
import { OutputLockedError, lockedMessage } from './atomic-write';
import { discover } from './discover';
import { inputFolderProblem, inputText, readFound } from './merge';
import { type IssueMarks, countBySeverity, formatIssues } from './print';
import type { Progress } from './progress';
import { section } from '../core/catalogue';

export interface FormsOptions {
  folder: string;
  department: Department;
  /** The folder the forms are written in; made when missing. */
  out: string;
  /** Statuses (and the issues that depend on them) as of this date. */
  asOf: string;
  lang: Lang;
  progress?: Progress;
  marks?: IssueMarks;
  /** Called with the forms' paths once they are about to be written (the CLI guards Ctrl-C from then on). */
  onWriting?: (targets: string[]) => void;
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
}

export interface FormsResult {
  /** As `validate`: 0 no error-severity issue, 1 some (or a form could not be written as named), 2 nothing read or written. */
  code: 0 | 1 | 2;
  groups: CommitmentGroup[];
  /** The forms written, by path. */
  written: string[];
  /** The commitments that name no owner, one warning each. */
  unowned: ReportIssue[];
  report: Report | null;
}

/** Bad arguments, found before anything is read: exit status 2, nothing written. */
export class FormsUsageError extends Error {}

const TEXT = section('forms');

async function checkArguments(options: FormsOptions, out: string): Promise<void> {
  const t = TEXT[options.lang];
  const folderProblem = await inputFolderProblem(options.folder, options.lang);
  if (folderProblem) throw new FormsUsageError(folderProblem);
  const o = await fs.stat(out).catch(() => null);
  if (o && !o.isDirectory()) throw new FormsUsageError(t.outNotFolder(options.out));
}

export async function runForms(
  options: FormsOptions,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<FormsResult> {
  const { department, lang } = options;
  const t = TEXT[lang];
  const out = path.resolve(options.out);
  await checkArguments(options, out);
  print(t.head(options.folder, department.year));

  const found = await discover(options.folder, { exclude: [], platform: options.platform, env: options.env });
  const toRead = found.filter((f) => f.kind !== 'skipped');
  const said = inputText(lang);
  print(said.found(toRead.length, found.length - toRead.length));
  const read = await readFound(found, options, (f, { entry }) =>
    options.progress?.tick(f.rel, entry.state === 'failed' ? said.failed(entry) : said.merged(entry)),
  );
  if (!read.some((r) => r.entry.state === 'merged')) {
    warn(t.nothing(options.folder));
    return { code: 2, groups: [], written: [], unowned: [], report: null };
  }

  // The same putting-together as `validate`: ids and duplicates across files, the unit counts.
  const checked = checkDepartment(read, { asOf: options.asOf, department, lang });
  const report: Report = { ...checked.report, commitments: checked.report.commitments.map(reportCommitment) };
  // Positions are written above each sheet's table: its title lines, by file and sheet.
  const titles = new Map<string, readonly string[]>();
  for (const r of read)
    for (const s of r.check?.sheets ?? [])
      if (s.table) titles.set(`${r.entry.file}\u0000${s.sheet}`, s.table.titleLines);
  const groups = groupByPerson(checked.commitments, {
    department,
    positionOf: (c) =>
      c.owner
        ? ownerPosition(titles.get(`${c.source.file}\u0000${c.source.sheet}`) ?? [], c.source.sheet, c.owner)
        : null,
  });
  const unowned = unownedIssues(groups, lang).map(reportIssue);

  print('');
  for (const line of formatIssues([...report.issues, ...unowned], lang, options.marks)) print(line);
  const n = countBySeverity(report.issues);
  print('');
  print(t.total(report.commitments.length, n.error, n.warning + unowned.length));

  let code: 0 | 1 | 2 = n.error > 0 || report.files.some((f) => f.state === 'failed') ? 1 : 0;
  const mkdir = await fs.mkdir(out, { recursive: true }).then(
    () => null,
    (e: NodeJS.ErrnoException) => e.code ?? e.message,
  );
  if (mkdir) {
    warn(t.outFailed(options.out, mkdir));
    return { code: 2, groups, written: [], unowned, report };
  }
  const targets = groups.map((g) => path.join(out, g.fileName));
  options.onWriting?.(targets);
  // Loaded on demand: the Word writer is needed only once there is something to write.
  const { renderDocx } = await import('./documents/docx');
  const { writeFileAtomic } = await import('./atomic-write');
  const written: string[] = [];
  print('');
  print(t.forms);
  for (const [i, g] of groups.entries()) {
    const doc = buildCommitmentForm({ group: g, department });
    try {
      await writeFileAtomic(
        targets[i],
        await renderDocx(doc, { title: `Bản cam kết thực hiện nhiệm vụ năm ${department.year} — ${g.name}` }),
      );
      written.push(targets[i]);
      print(`  ${t.form(g)}`);
    } catch (e) {
      if (e instanceof OutputLockedError) {
        warn(lockedMessage(e, lang));
        if (e.keptAs) written.push(e.keptAs);
        if (code < 1) code = 1;
        continue;
      }
      const err = e as NodeJS.ErrnoException;
      warn(t.writeFailed(targets[i], err.code ?? err.message));
      code = 2;
    }
  }
  print(t.wrote(written.length, out));
  return { code, groups, written, unowned, report };
}
