// `camket validate`: check unit workbooks one by one and say what is wrong where.
import * as path from 'node:path';
import type { Department } from '../core/department';
import type { Commitment, Issue, Lang } from '../core/model';
import { type FileEntry, type Report, buildReport } from '../core/report';
import { findDuplicates } from '../core/check';
import { countIssues, rollUp } from '../core/rollup';
import { type IssueMarks, countBySeverity, displayDate, formatIssues } from './print';
import { expandInputs } from './inputs';
import { type FileOutcome, processWorkbook } from './process-file';
import { makeIssue, renderMessage } from '../core/rules';
import { writeFileAtomic } from './atomic-write';

export interface ValidateOptions {
  asOf: string;
  department: Department | null;
  lang: Lang;
  report?: string;
  /** Marks before printed issues (default: this console's). */
  marks?: IssueMarks;
}

const TEXT = {
  vi: {
    head: (n: number, asOf: string) => `camket — kiểm tra ${n} tệp, tính đến ngày ${displayDate(asOf)}`,
    file: (e: FileEntry) =>
      e.state === 'failed'
        ? `${e.file}: KHÔNG ĐỌC ĐƯỢC — ${e.error?.message ?? ''}`
        : `${e.file}: ${e.commitments} đầu việc${e.unit ? `, đơn vị ${e.unit}` : ''}${e.sheets?.length ? ` (sheet: ${e.sheets.join(', ')})` : ''}`,
    total: (c: number, e: number, w: number) => `Tổng: ${c} đầu việc; ${e} lỗi, ${w} cảnh báo.`,
    clean: 'Không phát hiện vấn đề nào.',
    report: (f: string) => `Đã ghi báo cáo JSON: ${f}`,
  },
  en: {
    head: (n: number, asOf: string) => `camket — checking ${n} file(s), as of ${asOf}`,
    file: (e: FileEntry) =>
      e.state === 'failed'
        ? `${e.file}: CANNOT BE READ — ${e.error?.message ?? ''}`
        : `${e.file}: ${e.commitments} commitments${e.unit ? `, unit ${e.unit}` : ''}${e.sheets?.length ? ` (sheets: ${e.sheets.join(', ')})` : ''}`,
    total: (c: number, e: number, w: number) => `Total: ${c} commitments; ${e} errors, ${w} warnings.`,
    clean: 'No problems found.',
    report: (f: string) => `JSON report written: ${f}`,
  },
};

/** A file that could not be checked at all, as processWorkbook reports one. */
function failedOutcome(file: string, lang: Lang): FileOutcome {
  const params = { reason: 'internal' };
  return {
    entry: { file, path: file, unit: null, state: 'failed', commitments: 0, error: { code: 'unreadable-file', message: renderMessage('unreadable-file', params, lang) } },
    check: null,
    issues: [makeIssue('unreadable-file', { file }, params, lang)],
  };
}

/** Returns the exit status: 0 no error-severity issue, 1 some, 2 nothing could be read. */
export async function runValidate(inputs: string[], options: ValidateOptions, print: (line: string) => void): Promise<{ code: number; report: Report }> {
  const t = TEXT[options.lang];
  const files = await expandInputs(inputs);
  print(t.head(files.length, options.asOf));
  const entries: FileEntry[] = [];
  const commitments: Commitment[] = [];
  const issues: Issue[] = [];
  for (const f of files) {
    let outcome: FileOutcome;
    try {
      outcome = await processWorkbook(path.resolve(f), { asOf: options.asOf, department: options.department, lang: options.lang });
    } catch {
      // A workbook that trips camket itself is one failed file: the others are still checked.
      outcome = failedOutcome(path.basename(f).normalize('NFC'), options.lang);
    }
    entries.push(outcome.entry);
    // One by one, not push(...): a workbook may bring more issues than a call takes arguments.
    for (const issue of outcome.issues) issues.push(issue);
    if (outcome.check) for (const c of outcome.check.commitments) commitments.push(c);
    print(t.file(outcome.entry));
  }
  if (options.department) {
    // Duplicates across two files of the same unit; within one file they were found already.
    const within = new Set(issues.filter((i) => i.rule === 'duplicate-commitment').map((i) => `${i.file}|${i.sheet}|${i.cell}`));
    for (const d of findDuplicates(commitments, options.lang)) if (!within.has(`${d.file}|${d.sheet}|${d.cell}`)) issues.push(d);
    const totals = rollUp(commitments, options.asOf, options.department);
    const fileOf = (unit: string) => entries.find((e) => e.unit === unit)?.file ?? '';
    for (const issue of countIssues(totals, options.department, fileOf, options.lang)) issues.push(issue);
  }
  const report = buildReport({ asOf: options.asOf, department: options.department, files: entries, commitments, issues });
  print('');
  for (const line of formatIssues(report.issues, options.lang, options.marks)) print(line);
  const n = countBySeverity(report.issues);
  if (!report.issues.length) print(t.clean);
  print('');
  print(t.total(report.commitments.length, n.error, n.warning));
  if (options.report) {
    await writeFileAtomic(options.report, JSON.stringify(report, null, 2) + '\n');
    print(t.report(options.report));
  }
  const readable = entries.some((e) => e.state === 'merged');
  return { code: !readable ? 2 : n.error > 0 ? 1 : 0, report };
}
