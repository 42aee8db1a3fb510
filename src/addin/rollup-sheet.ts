// The roll-up sheet the pane writes into the clerk's workbook: counts by status (with a chart),
// registered against found, counts by owner and by field, and the overdue list. Pure: it only
// lays the numbers of core's rollUp out in blocks; excel-adapter.ts writes them.
import { ROLLUP_SHEET } from '../core/addin-sheets';
import { displayIso, isoToSerial } from '../core/dates';
import type { Commitment, Lang } from '../core/model';
import { STATUS_KEYS } from '../core/model';
import type { GroupTotals } from '../core/rollup';
import type { OpenWorkbookCheck } from './check-open-workbook';
import type { CellBlock, SheetPlan } from './excel-adapter';
import { CATALOGUES, section } from '../core/catalogue';

/** One sheet, always this name: "Tổng hợp" refreshes it instead of adding another. */
export { ROLLUP_SHEET };

const TEXT = section('rollupSheet');

/** The status columns of a by-owner / by-field table, in the order leadership reads them. */
function groupTable(
  lang: Lang,
  label: string,
  groups: Record<string, GroupTotals>,
): { values: (string | number | null)[][]; formats: string[] } {
  const t = TEXT[lang];
  const header = [label, t.total, ...STATUS_KEYS.map((k) => CATALOGUES[lang].status[k]), t.onTime];
  const rows = Object.entries(groups)
    .sort((a, b) => b[1].found - a[1].found || a[0].localeCompare(b[0], 'vi'))
    .map(([name, g]) => [name, g.found, ...STATUS_KEYS.map((k) => g.byStatus[k]), g.onTimeRate]);
  return { values: [header, ...rows], formats: ['@', '0', ...STATUS_KEYS.map(() => '0'), '0.0%'] };
}

function overdueRows(commitments: readonly Commitment[]): (string | number | null)[][] {
  return commitments
    .filter((c) => c.status === 'overdue')
    .sort(
      (a, b) =>
        (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
        a.source.sheet.localeCompare(b.source.sheet) ||
        a.source.row - b.source.row,
    )
    .map((c) => [
      c.title,
      c.owner ?? '',
      c.deadline ? isoToSerial(c.deadline) : (c.deadlineText ?? ''),
      c.progress,
      c.source.sheet,
      c.source.row,
    ]);
}

export function buildRollupPlan(a: OpenWorkbookCheck): SheetPlan {
  const t = TEXT[a.lang];
  const blocks: CellBlock[] = [];
  let row = 0;
  const push = (b: Omit<CellBlock, 'row' | 'col'>, gap = 1): number => {
    const top = row;
    blocks.push({ row, col: 0, ...b });
    row += b.values.length + gap;
    return top;
  };

  push({ values: [[t.title]], boldRows: [0], fontSize: 14, columnFormats: ['@'] }, 0);
  push({ values: [[t.subtitle(a.check.file, displayIso(a.asOf))]], columnFormats: ['@'] });

  // Status counts; the chart's source is the header, label and count columns of these rows.
  const total = a.totals.commitments;
  const k = STATUS_KEYS.length;
  const statusBlock = push({
    values: [
      [t.byStatus],
      [t.status, t.count, t.share],
      ...STATUS_KEYS.map((key) => [
        CATALOGUES[a.lang].status[key],
        a.totals.byStatus[key],
        total ? a.totals.byStatus[key] / total : null,
      ]),
      [t.total, total, total ? 1 : null],
      [t.due, a.totals.due, null],
      [t.onTime, a.totals.onTimeRate, null],
      [t.dueSoon, a.totals.dueSoon, null],
    ],
    columnFormats: ['@', '0', '0.0%'],
    cellFormats: [{ row: k + 4, col: 1, format: '0.0%' }],
    boldRows: [0, k + 2],
    headerRow: 1,
  });

  // Registered against found: needs the department file and this file's unit.
  const unit = a.unit;
  const dept = a.department;
  if (dept && unit) {
    const found = a.totals.byUnit[unit.code]?.found ?? total;
    const block = dept.blocks.find((b) => b.code === unit.block);
    push({
      values: [
        [t.registered],
        [t.scope, t.reg, t.found, t.diff],
        [
          `${unit.name} (${block?.name ?? unit.block})`,
          unit.registered ?? null,
          found,
          unit.registered === undefined ? null : found - unit.registered,
        ],
      ],
      columnFormats: ['@', '0', '0', '+0;-0;0'],
      boldRows: [0],
      headerRow: 1,
    });
  } else {
    push({
      values: [[t.registered], [dept ? t.unitUnknown : t.noDepartment], [t.scope, t.found], [t.thisFile, total]],
      columnFormats: ['@', '0'],
      boldRows: [0],
      headerRow: 2,
    });
  }

  const owners = groupTable(a.lang, t.owner, a.totals.byOwner);
  push({ values: [[t.byOwner], ...owners.values], columnFormats: owners.formats, boldRows: [0], headerRow: 1 });
  const fields = groupTable(a.lang, t.field, a.totals.byField);
  push({ values: [[t.byField], ...fields.values], columnFormats: fields.formats, boldRows: [0], headerRow: 1 });

  const overdue = overdueRows(a.check.commitments);
  push(
    overdue.length
      ? {
          values: [[t.overdue], [t.titleCol, t.owner, t.deadline, t.progress, t.sheet, t.row], ...overdue],
          columnFormats: ['@', '@', 'dd/mm/yyyy', '0', '@', '0'],
          boldRows: [0],
          headerRow: 1,
        }
      : { values: [[t.overdue], [t.none]], columnFormats: ['@'], boldRows: [0] },
    0,
  );

  return {
    name: ROLLUP_SHEET,
    blocks,
    // Points: a wide first column for labels and titles, the rest for counts and short text.
    columnWidths: [280, 130, 90, 90, 90, 90, 90, 90, 90, 90, 90],
    // Beside the status table, above the wide tables below it.
    chart: { source: { row: statusBlock + 1, col: 0, rows: k + 1, cols: 2 }, title: t.chart, from: 'E4', to: 'K18' },
  };
}
