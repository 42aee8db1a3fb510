// What the summary writer is given: the merge's report and everything derived from it.
import type { Department } from '../../core/department';
import type { Change, HistoryRow, SummaryState } from '../../core/history';
import type { Lang } from '../../core/model';
import type { Report } from '../../core/report';
import type { EmulationRow } from '../../core/rollup';

export interface SummaryData {
  report: Report;
  department: Department;
  /** Units ranked for the emulation (core's emulationRanking). */
  emulation: EmulationRow[];
  /** Month-by-month rows, earlier months first, this month included (core's mergeHistory). */
  history: HistoryRow[];
  /** What changed per commitment since the previous summary; empty without --previous. */
  changes: Change[];
  /** Embedded in the workbook so that next month's merge can read it back (--previous). */
  state: SummaryState;
  lang: Lang;
}
