// `camket validate`: check unit workbooks one by one and say what is wrong where.
import * as path from 'node:path';
import type { Department } from '../core/department';
import type { Commitment, Issue, Lang } from '../core/model';
import { type FileEntry, type Report, buildReport } from '../core/report';
import { findDuplicates } from '../core/check';
import { countIssues, rollUp } from '../core/rollup';
import { countBySeverity, displayDate, formatIssues } from './print';
import { expandInputs } from './inputs';
import { processWorkbook } from './process-file';
import { writeFileAtomic } from './atomic-write';

export interface ValidateOptions {
  asOf: string;
  department: Department | null;
  lang: Lang;
  report?: string;
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

/** Returns the exit status: 0 no error-severity issue, 1 some, 2 nothing could be read. */
export async function runValidate(inputs: string[], options: ValidateOptions, print: (line: string) => void): Promise<{ code: number; report: Report }> {
  const t = TEXT[options.lang];
  const files = await expandInputs(inputs);
  print(t.head(files.length, options.asOf));
  const entries: FileEntry[] = [];
  const commitments: Commitment[] = [];
  const issues: Issue[] = [];
  for (const f of files) {
    const outcome = await processWorkbook(path.resolve(f), { asOf: options.asOf, department: options.department, lang: options.lang });
    entries.push(outcome.entry);
    issues.push(...outcome.issues);
    if (outcome.check) commitments.push(...outcome.check.commitments);
    print(t.file(outcome.entry));
  }
  if (options.department) {
    // Duplicates across two files of the same unit; within one file they were found already.
    const within = new Set(issues.filter((i) => i.rule === 'duplicate-commitment').map((i) => `${i.file}|${i.sheet}|${i.cell}`));
    for (const d of findDuplicates(commitments, options.lang)) if (!within.has(`${d.file}|${d.sheet}|${d.cell}`)) issues.push(d);
    const totals = rollUp(commitments, options.asOf, options.department);
    const fileOf = (unit: string) => entries.find((e) => e.unit === unit)?.file ?? '';
    issues.push(...countIssues(totals, options.department, fileOf, options.lang));
  }
  const report = buildReport({ asOf: options.asOf, department: options.department, files: entries, commitments, issues });
  print('');
  for (const line of formatIssues(report.issues, options.lang)) print(line);
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
