// One unit workbook through the core: read it, find its unit, check it. Used by validate and merge.
import * as path from 'node:path';
import type { WorkbookCheck } from '../core/check';
import type { Department } from '../core/department';
import type { Issue, Lang } from '../core/model';
import type { FileEntry } from '../core/report';
import { makeIssue, renderMessage } from '../core/rules';
import { type UnitWorkbookCheck, checkUnitWorkbook } from '../core/workbook-unit';
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
  // Shown and reported in NFC, whatever the file system spells (macOS: NFD).
  const file = path.basename(filePath).normalize('NFC');
  const rel = options.root ? path.relative(options.root, filePath).split(path.sep).join('/').normalize('NFC') : file;
  const { department, lang } = options;
  let checked: UnitWorkbookCheck;
  try {
    const grid = await readWorkbookFile(filePath);
    checked = checkUnitWorkbook(grid, { asOf: options.asOf, department, lang });
  } catch (caught) {
    // A workbook that trips camket itself is one failed file: the others are still read.
    const e = caught instanceof WorkbookReadError ? caught : new WorkbookReadError('unreadable-file', { reason: 'internal', detail: String(caught) });
    const { detail, ...params } = e.params;
    void detail;
    const issue = makeIssue(e.rule, { file }, params, lang);
    return {
      entry: { file, path: rel, unit: null, state: 'failed', commitments: 0, error: { code: e.rule, message: renderMessage(e.rule, params, lang) } },
      check: null,
      issues: [issue],
    };
  }
  const { check, issues } = checked;
  const unit = checked.unit?.code ?? null;
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
