// Which unit one workbook belongs to: its file name against the department file's patterns, else a
// unit's name in its title rows or in the file name's words. checkWorkbook asks this between finding
// a workbook's tables and reading their rows; checkDepartment asks it of a file that could not be read.
import type { Department } from './department';
import { fileNameParts } from './file-names';
import { type UnitMatch, assignUnit } from './units';

/** "van-phong_2023.xlsx" → "van phong 2023": a file name's words, for finding a unit's name in it. */
export function fileNameWords(file: string): string {
  return fileNameParts(file).stem.replace(/[-_.]+/g, ' ');
}

/** The unit of a workbook, from its file name (no folders) and the title rows of its tables. */
export function findWorkbookUnit(
  file: string,
  check: { readonly titleText: string },
  department: Department,
): UnitMatch {
  return assignUnit(file, `${check.titleText}\n${fileNameWords(file)}`, department);
}
