// What the pane shows for a workbook: the core's check, the unit (when a department file is
// loaded), the issues in reading order and the roll-up. Pure: the same call as `camket validate`
// makes for one file, so the pane and the command agree.
import { isAddinOutputSheet } from '../core/addin-sheets';
import { type WorkbookCheck, attachUnit, checkWorkbook } from '../core/check';
import type { Department, DepartmentUnit } from '../core/department';
import type { WorkbookGrid } from '../core/grid';
import type { Issue, Lang } from '../core/model';
import { type Totals, countIssues, rollUp } from '../core/rollup';
import { makeIssue, sortIssues } from '../core/rules';
import { findWorkbookUnit } from '../core/workbook-unit';

export interface Analysis {
  asOf: string;
  lang: Lang;
  check: WorkbookCheck;
  issues: Issue[];
  totals: Totals;
  unit: DepartmentUnit | null;
  department: Department | null;
}

export interface AnalyseOptions {
  asOf: string;
  lang: Lang;
  department?: Department | null;
}

export function analyse(grid: WorkbookGrid, options: AnalyseOptions): Analysis {
  const { asOf, lang } = options;
  const department = options.department ?? null;
  // The roll-up sheet we wrote is no unit data: never read it back as commitments.
  const own = { ...grid, sheets: grid.sheets.filter((s) => !isAddinOutputSheet(s.name)) };
  const check = checkWorkbook(own, { asOf, department, lang });
  const issues = [...check.issues];
  let unit: DepartmentUnit | null = null;
  if (department) {
    const match = findWorkbookUnit(grid.file, check, department);
    if (match) {
      unit = match.unit;
      attachUnit(check, { code: unit.code, block: unit.block });
    } else if (check.commitments.length) issues.unshift(makeIssue('unknown-unit', { file: grid.file }, {}, lang));
  }
  const totals = rollUp(check.commitments, asOf, department);
  if (department) issues.push(...countIssues(totals, department, () => grid.file, lang));
  const order = new Map(grid.sheets.map((s, i) => [s.name, i]));
  return {
    asOf,
    lang,
    check,
    issues: sortIssues(issues, (_file, sheet) => (sheet === null ? -1 : (order.get(sheet) ?? 0))),
    totals,
    unit,
    department,
  };
}
