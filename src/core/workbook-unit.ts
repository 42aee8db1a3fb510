// Which unit one checked workbook belongs to: its file name against the department file's
// patterns, else a unit's name in its title rows or in the file name's words. The merge does this
// for every file of a folder; the add-in does it for the workbook open in Excel.
import { type CheckOptions, type WorkbookCheck, attachUnit, checkWorkbook } from './check';
import type { Department, DepartmentUnit } from './department';
import type { WorkbookGrid } from './grid';
import type { Issue } from './model';
import { makeIssue } from './rules';
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

export interface UnitWorkbookCheck {
  check: WorkbookCheck;
  unit: DepartmentUnit | null;
  /** The check's issues, with `unknown-unit` first when no unit claims a workbook that has commitments. */
  issues: Issue[];
}

/** Check a unit's workbook and put it under its unit: the one path of the add-in and of the merge. */
export function checkUnitWorkbook(grid: WorkbookGrid, options: CheckOptions): UnitWorkbookCheck {
  const check = checkWorkbook(grid, options);
  const issues = [...check.issues];
  const department = options.department ?? null;
  let unit: DepartmentUnit | null = null;
  if (department) {
    const match = findWorkbookUnit(grid.file, check, department);
    if (match) {
      unit = match.unit;
      attachUnit(check, { code: unit.code, block: unit.block });
    } else if (check.commitments.length) issues.unshift(makeIssue('unknown-unit', { file: grid.file }, {}, options.lang ?? 'vi'));
  }
  return { check, unit, issues };
}
