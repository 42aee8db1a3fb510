// Which unit one checked workbook belongs to: its file name against the department file's
// patterns, else a unit's name in its title rows or in the file name's words. The merge does this
// for every file of a folder; the add-in does it for the workbook open in Excel.
import type { WorkbookCheck } from './check';
import type { Department } from './department';
import { type UnitMatch, assignUnit } from './units';

/** "van-phong_2023.xlsx" → "van phong 2023": a file name's words, for finding a unit's name in it. */
export function fileNameWords(file: string): string {
  const base = file.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.replace(/[-_.]+/g, ' ');
}

export function findWorkbookUnit(file: string, check: Pick<WorkbookCheck, 'titleText'>, department: Department): UnitMatch {
  return assignUnit(file, `${check.titleText}\n${fileNameWords(file)}`, department);
}
