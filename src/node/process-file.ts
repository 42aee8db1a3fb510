// One unit workbook through the core: read it, find its unit, check it. Used by validate and merge.
import * as path from 'node:path';
import { type WorkbookCheck, attachUnit, checkWorkbook } from '../core/check';
import type { Department } from '../core/department';
import type { Issue, Lang } from '../core/model';
import type { FileEntry } from '../core/report';
import { makeIssue, renderMessage } from '../core/rules';
import { assignUnit } from '../core/units';
import { WorkbookReadError, readWorkbookFile } from './read-workbook';

export interface FileOutcome {
  entry: FileEntry;
  check: WorkbookCheck | null;
  issues: Issue[];
}

export interface ProcessOptions {
  asOf: string;
  department: Department | null;
  lang: Lang;
  /** Folder the path is shown relative to. */
  root?: string;
}

export async function processWorkbook(filePath: string, options: ProcessOptions): Promise<FileOutcome> {
  const file = path.basename(filePath);
  const rel = options.root ? path.relative(options.root, filePath).split(path.sep).join('/') : file;
  const { department, lang } = options;
  let check: WorkbookCheck;
  try {
    const grid = await readWorkbookFile(filePath);
    check = checkWorkbook(grid, { asOf: options.asOf, department, lang });
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    const { detail, ...params } = e.params;
    void detail;
    const issue = makeIssue(e.rule, { file }, params, lang);
    return {
      entry: { file, path: rel, unit: null, state: 'failed', commitments: 0, error: { code: e.rule, message: renderMessage(e.rule, params, lang) } },
      check: null,
      issues: [issue],
    };
  }
  let unit: string | null = null;
  const issues = [...check.issues];
  if (department) {
    const stem = path.basename(file, path.extname(file)).replace(/[-_.]+/g, ' ');
    const match = assignUnit(file, `${check.titleText}\n${stem}`, department);
    if (match) {
      unit = match.unit.code;
      attachUnit(check, { code: match.unit.code, block: match.unit.block });
    } else if (check.commitments.length) issues.unshift(makeIssue('unknown-unit', { file }, {}, lang));
  }
  const hasTable = check.sheets.some((s) => s.table);
  return {
    entry: {
      file,
      path: rel,
      unit,
      state: hasTable ? 'merged' : 'failed',
      commitments: check.commitments.length,
      sheets: check.sheets.filter((s) => s.table).map((s) => s.sheet),
      ...(hasTable ? {} : { error: { code: 'no-table', message: renderMessage('no-table', {}, lang) } }),
    },
    check,
    issues,
  };
}
