// What the pane shows for a workbook: the core's two steps on the open workbook, exactly as
// `camket validate` takes them for one file (checkWorkbook, then checkDepartment with the
// department file when one is loaded), so the two agree; then the issues in reading order.
import type { WorkbookCheck } from '../core/check';
import { checkWorkbook } from '../core/check';
import { checkDepartment } from '../core/department-check';
import type { Department, DepartmentUnit } from '../core/department';
import type { WorkbookGrid } from '../core/grid';
import type { Issue, Lang } from '../core/model';
import type { Totals } from '../core/rollup';
import { sortIssues } from '../core/rules';

export interface OpenWorkbookCheck {
  asOf: string;
  lang: Lang;
  check: WorkbookCheck;
  issues: Issue[];
  totals: Totals;
  unit: DepartmentUnit | null;
  department: Department | null;
}

export interface CheckOpenWorkbookOptions {
  asOf: string;
  lang: Lang;
  department?: Department | null;
}

export function checkOpenWorkbook(grid: WorkbookGrid, options: CheckOpenWorkbookOptions): OpenWorkbookCheck {
  const { asOf, lang } = options;
  const department = options.department ?? null;
  const check = checkWorkbook(grid, { asOf, department, lang });
  const { issues, totals } = checkDepartment([check], { asOf, department, lang });
  const order = new Map(grid.sheets.map((s, i) => [s.name, i]));
  return {
    asOf,
    lang,
    check,
    issues: sortIssues(issues, (_file, sheet) => (sheet === null ? -1 : (order.get(sheet) ?? 0))),
    totals,
    unit: check.unit,
    department,
  };
}
