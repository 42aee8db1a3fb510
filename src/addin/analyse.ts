// What the pane shows for a workbook: the core's check, the unit (when a department file is
// loaded), the issues in reading order and the roll-up. Pure: the same path as `camket validate`
// takes for one file (checkUnitWorkbook, then rollUp and the count check), so the two agree.
import type { WorkbookCheck } from '../core/check';
import type { Department, DepartmentUnit } from '../core/department';
import type { WorkbookGrid } from '../core/grid';
import type { Issue, Lang } from '../core/model';
import { type Totals, countIssues, rollUp } from '../core/rollup';
import { sortIssues } from '../core/rules';
import { checkUnitWorkbook } from '../core/workbook-unit';

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
  const { check, unit, issues } = checkUnitWorkbook(grid, { asOf, department, lang });
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
