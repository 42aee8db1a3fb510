// `camket validate`: check unit workbooks one by one and say what is wrong where. Reading is
// checkWorkbookFile, putting the files together the core's checkDepartment; this prints and writes.
import * as path from 'node:path';
import { checkDepartment, INTERNAL_FAILURE, unreadableFile } from '../core/department-check';
import type { Department } from '../core/department';
import type { Lang } from '../core/model';
import { type Report, reportCommitment } from '../core/report';
import { type IssueMarks, countBySeverity, formatIssues } from './print';
import { expandInputs } from './inputs';
import { type FileResult, checkWorkbookFile } from './check-workbook-file';
import { writeFileAtomic } from './atomic-write';
import { section } from '../core/catalogue';

export interface ValidateOptions {
  asOf: string;
  department: Department | null;
  lang: Lang;
  report?: string;
  /** Marks before printed issues (default: this console's). */
  marks?: IssueMarks;
}

const TEXT = section('validate');

/** Returns the exit status: 0 no error-severity issue, 1 some, 2 nothing could be read. */
export async function runValidate(
  inputs: string[],
  options: ValidateOptions,
  print: (line: string) => void,
): Promise<{ code: number; report: Report }> {
  const t = TEXT[options.lang];
  const files = await expandInputs(inputs);
  print(t.head(files.length, options.asOf));
  const read: FileResult[] = [];
  for (const f of files) {
    let result: FileResult;
    try {
      result = await checkWorkbookFile(path.resolve(f), {
        asOf: options.asOf,
        department: options.department,
        lang: options.lang,
      });
    } catch {
      // A workbook that trips camket itself is one failed file: the others are still checked.
      result = unreadableFile(path.basename(f).normalize('NFC'), INTERNAL_FAILURE, options.lang);
    }
    read.push(result);
    print(t.file(result.entry));
  }
  const checked = checkDepartment(read, { asOf: options.asOf, department: options.department, lang: options.lang });
  // The report as written: only the report's fields of each commitment.
  const report: Report = { ...checked.report, commitments: checked.report.commitments.map(reportCommitment) };
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
  const readable = report.files.some((e) => e.state === 'merged');
  return { code: !readable ? 2 : n.error > 0 ? 1 : 0, report };
}
