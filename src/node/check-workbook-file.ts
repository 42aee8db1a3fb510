// One unit workbook from disk through the core: read it, then checkWorkbook (which finds its unit).
// Used by validate and merge; what they then do with many files is the core's checkDepartment.
import * as path from 'node:path';
import type { Department } from '../core/department';
import { type FileResult, checkedFile, INTERNAL_FAILURE, unreadableFile } from '../core/department-check';
import { checkWorkbook } from '../core/check';
import type { Lang } from '../core/model';
import { WorkbookReadError, readWorkbookFile } from './read-workbook';

export type { FileResult } from '../core/department-check';

export interface CheckWorkbookFileOptions {
  asOf: string;
  department: Department | null;
  lang: Lang;
  /** Folder the path is shown relative to. */
  root?: string;
}

export async function checkWorkbookFile(filePath: string, options: CheckWorkbookFileOptions): Promise<FileResult> {
  // Shown and reported in NFC, whatever the file system spells (macOS: NFD).
  const name = path.basename(filePath).normalize('NFC');
  const file = options.root ? path.relative(options.root, filePath).split(path.sep).join('/').normalize('NFC') : name;
  const { department, lang } = options;
  try {
    const grid = await readWorkbookFile(filePath);
    return checkedFile(checkWorkbook(grid, { asOf: options.asOf, department, lang, file }), lang);
  } catch (caught) {
    // A workbook that trips camket itself is one failed file: the others are still read.
    const failure = caught instanceof WorkbookReadError ? caught.failure : INTERNAL_FAILURE;
    return unreadableFile(file, failure, lang);
  }
}
