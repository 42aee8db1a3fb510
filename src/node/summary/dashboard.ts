// The dashboard ("Tổng quan"): what leadership reads first. Every count is a live formula over the
// commitments sheet (COUNTIFS on its hidden status-code column and its unit and block columns), with the value camket
// computed written as the cached result, so Excel shows the figures before recalculating and keeps
// them right when a leader filters or corrects a row. The layout is planned first (a pure
// function: tests and the chart writer use the same plan), then written.
import { DEFAULT_EMULATION_GRADES } from '../../core/department';
import { STATUS_KEYS, type Lang, type StatusKey } from '../../core/model';
import type { GroupTotals, StatusCounts } from '../../core/rollup';
import { emptyCounts } from '../../core/rollup';
import { DUE_SOON_DAYS } from '../../core/status';
import { absRange, col, exactCriterion, isoDate, literal, text } from './cells';
import type { ChartSpec } from './charts';
import { commitmentRange } from './commitments-sheet';
import type { StreamWorkbook } from './sheet-kit';
import type { SummaryData } from './types';
import type { CellStyle, CellValue } from './xlsx';
import {
  CHART_FOUND,
  CHART_RATE,
  CHART_REGISTERED,
  COUNT_FORMAT,
  DATE_FORMAT,
  HEADER_STYLE,
  NOTE_STYLE,
  RATE_FORMAT,
  SECTION_STYLE,
  STATUS_CHART_COLOURS,
  SUBTITLE_STYLE,
  TITLE_STYLE,
  TOTAL_STYLE,
  bodyStyle,
  footer,
  printSetup,
  statusFill,
} from './styles';
import { CATALOGUES, type SummaryText } from '../../core/catalogue';

/** Columns of the block and unit tables (1-based). */
export const GROUP_COLUMNS = {
  code: 1,
  name: 2,
  registered: 3,
  found: 4,
  difference: 5,
  /** First status column; the statuses follow in STATUS_KEYS order. */
  firstStatus: 6,
  due: 6 + STATUS_KEYS.length,
  rate: 7 + STATUS_KEYS.length,
  block: 8 + STATUS_KEYS.length,
} as const;

export const EMULATION_COLUMNS = { rank: 1, name: 2, unit: 3, found: 4, due: 5, onTime: 6, rate: 7, grade: 8 } as const;

const LAST_COLUMN = GROUP_COLUMNS.block;
const WIDTHS = [12, 36, ...Array.from({ length: LAST_COLUMN - 2 }, () => 11)];

export type KeyFigure =
  'registered' | 'found' | 'difference' | 'due' | 'onTime' | 'onTimeRate' | 'overdue' | 'dueSoon' | 'missingUnits';
const KEY_FIGURES: KeyFigure[] = [
  'registered',
  'found',
  'difference',
  'due',
  'onTime',
  'onTimeRate',
  'overdue',
  'dueSoon',
  'missingUnits',
];

export type Cached = number | string | null;

export interface PlannedCell {
  value: CellValue;
  style?: CellStyle;
}

export interface DashboardPlan {
  sheetName: string;
  cells: Map<number, Map<number, PlannedCell>>;
  merges: string[];
  breaks: number[];
  charts: ChartSpec[];
  /** Where each figure is (1-based rows; columns per GROUP_COLUMNS / EMULATION_COLUMNS). */
  at: {
    asOf: { row: number; col: number };
    key: Record<KeyFigure, { row: number; col: number }>;
    status: Record<StatusKey, number>;
    statusCountColumn: number;
    blocks: Map<string | null, number>;
    units: Map<string | null, number>;
    emulation: Map<string, number>;
    missingUnits: string[];
  };
}

function formula(f: string, result: Cached): CellValue {
  return { formula: f, result: result === null ? '' : result };
}

function rateOf(onTime: number, due: number): number | null {
  return due ? onTime / due : null;
}

class Planner {
  readonly cells = new Map<number, Map<number, PlannedCell>>();
  readonly merges: string[] = [];
  /** Rows after which a printed page ends (so no chart is cut in two). */
  readonly breaks: number[] = [];
  set(row: number, column: number, value: CellValue, style?: CellStyle): void {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    r.set(column, { value, style });
  }
  merge(row: number, from: number, to: number): void {
    this.merges.push(`${col(from)}${row}:${col(to)}${row}`);
  }
  header(row: number, titles: string[], first = 1): void {
    titles.forEach((t, i) => this.set(row, first + i, t, HEADER_STYLE));
  }
}

const numStyle = bodyStyle({ numFmt: COUNT_FORMAT, alignment: { horizontal: 'right', vertical: 'top' } });
const rateStyle = bodyStyle({ numFmt: RATE_FORMAT, alignment: { horizontal: 'right', vertical: 'top' } });
const totalNum: CellStyle = { ...TOTAL_STYLE, numFmt: COUNT_FORMAT };
const totalRate: CellStyle = { ...TOTAL_STYLE, numFmt: RATE_FORMAT };

interface GroupRow {
  code: string | null;
  name: string;
  block?: string | null;
  totals: GroupTotals;
}

function countsOf(list: { status: StatusKey | null }[]): GroupTotals {
  const byStatus: StatusCounts = emptyCounts();
  for (const c of list) byStatus[c.status ?? 'unknown']++;
  const due = byStatus.done_on_time + byStatus.done_late + byStatus.overdue;
  return { registered: null, found: list.length, byStatus, due, onTimeRate: rateOf(byStatus.done_on_time, due) };
}

export function planDashboard(
  data: SummaryData,
  names: { dashboard: string; commitments: string },
  labels: SummaryText,
): DashboardPlan {
  const { report, department, lang } = data;
  const L = labels.dashboard;
  const C = labels.charts;
  const p = new Planner();
  const R = (key: Parameters<typeof commitmentRange>[1]) => commitmentRange(names.commitments, key);
  const totals = report.totals;

  // ---- Title -------------------------------------------------------------------------------
  p.set(1, 1, L.title(department.year ?? null), TITLE_STYLE);
  p.merge(1, 1, LAST_COLUMN);
  p.set(2, 1, text(report.department ?? department.name), SUBTITLE_STYLE);
  p.merge(2, 1, LAST_COLUMN);
  p.set(3, 1, L.asOf, { font: { name: 'Times New Roman', size: 12, bold: true }, alignment: { horizontal: 'right' } });
  p.merge(3, 1, 2);
  const asOfAt = { row: 3, col: 3 };
  p.set(3, 3, isoDate(report.asOf), {
    font: { name: 'Times New Roman', size: 12, bold: true },
    numFmt: DATE_FORMAT,
    alignment: { horizontal: 'left' },
  });
  const asOfCell = `$${col(asOfAt.col)}$${asOfAt.row}`;
  const fileCount = (s: string) => report.files.filter((f) => f.state === s).length;
  p.set(4, 1, L.filesLine(fileCount('merged'), fileCount('failed'), fileCount('skipped')), NOTE_STYLE);
  p.merge(4, 1, LAST_COLUMN);

  // ---- II. Status table (planned first: the key figures refer to it) ---------------------------
  const keyStart = 6;
  const statusStart = keyStart + 2 + KEY_FIGURES.length + 1;
  p.set(statusStart, 1, L.statusSection, SECTION_STYLE);
  p.header(statusStart + 1, L.statusHeader);
  const statusRow = {} as Record<StatusKey, number>;
  STATUS_KEYS.forEach((k, i) => (statusRow[k] = statusStart + 2 + i));
  const statusTotalRow = statusStart + 2 + STATUS_KEYS.length;
  const found = totals.commitments;
  // Numbered rows, the Vietnamese name only: the status code is counted over the commitments
  // sheet's hidden code column, named in the formula, never shown on the page.
  STATUS_KEYS.forEach((k, i) => {
    const r = statusRow[k];
    const n = totals.byStatus[k];
    p.set(r, 1, i + 1, { ...statusFill(k), alignment: { horizontal: 'center', vertical: 'top' } });
    p.set(r, 2, CATALOGUES[lang].status[k], statusFill(k));
    p.set(r, 3, formula(`COUNTIFS(${R('statusCode')},${literal(k)})`, n), numStyle);
    p.set(
      r,
      4,
      formula(`IF($C$${statusTotalRow}=0,"",C${r}/$C$${statusTotalRow})`, found ? n / found : null),
      rateStyle,
    );
  });
  p.set(statusTotalRow, 1, '', TOTAL_STYLE);
  p.set(statusTotalRow, 2, L.total, TOTAL_STYLE);
  p.set(statusTotalRow, 3, formula(`SUM(C${statusRow.done_on_time}:C${statusRow.unknown})`, found), totalNum);
  p.set(statusTotalRow, 4, formula(`IF(C${statusTotalRow}=0,"",1)`, found ? 1 : null), totalRate);

  // ---- I. Key figures ------------------------------------------------------------------------
  p.set(keyStart, 1, L.keySection, SECTION_STYLE);
  p.set(keyStart + 1, 1, '', HEADER_STYLE);
  p.header(keyStart + 1, L.keyHeader, 2);
  const key = {} as Record<KeyFigure, { row: number; col: number }>;
  KEY_FIGURES.forEach((k, i) => (key[k] = { row: keyStart + 2 + i, col: 3 }));
  const kc = (k: KeyFigure) => `C${key[k].row}`;
  const missing = [...new Set(report.issues.filter((i) => i.rule === 'missing-unit' && i.unit).map((i) => i.unit!))];
  const S = (k: StatusKey) => `C${statusRow[k]}`;
  const registered = totals.registered;
  const keyValues: Record<KeyFigure, [CellValue, CellStyle]> = {
    registered: [registered, numStyle],
    found: [formula(`COUNT(${R('no')})`, found), numStyle],
    difference: [
      formula(
        `IF(${kc('registered')}="","",${kc('found')}-${kc('registered')})`,
        registered === null ? null : found - registered,
      ),
      numStyle,
    ],
    due: [formula(`${S('done_on_time')}+${S('done_late')}+${S('overdue')}`, totals.due), numStyle],
    onTime: [formula(S('done_on_time'), totals.byStatus.done_on_time), numStyle],
    onTimeRate: [formula(`IF(${kc('due')}=0,"",${kc('onTime')}/${kc('due')})`, totals.onTimeRate), rateStyle],
    overdue: [formula(S('overdue'), totals.byStatus.overdue), numStyle],
    dueSoon: [
      formula(
        ['in_progress', 'not_started']
          .map(
            (s) =>
              `COUNTIFS(${R('statusCode')},${literal(s)},${R('deadline')},">="&${asOfCell},${R('deadline')},"<="&(${asOfCell}+${DUE_SOON_DAYS}))`,
          )
          .join('+'),
        totals.dueSoon,
      ),
      numStyle,
    ],
    missingUnits: [missing.length, numStyle],
  };
  KEY_FIGURES.forEach((k, i) => {
    const r = key[k].row;
    p.set(r, 1, i + 1, bodyStyle({ alignment: { horizontal: 'center', vertical: 'top' } }));
    p.set(
      r,
      2,
      L[k],
      bodyStyle({ font: { name: 'Times New Roman', size: 11, bold: k === 'onTimeRate' || k === 'found' } }),
    );
    p.set(r, 3, keyValues[k][0], keyValues[k][1]);
  });

  // ---- III. Charts band (rows reserved; the charts are placed once the tables below are planned)
  const chartsHeaderRow = statusTotalRow + 2;
  p.set(chartsHeaderRow, 1, L.chartsSection, SECTION_STYLE);
  const departmentTrend = data.history
    .filter((h) => h.scope === 'department')
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const bandHeight = 20;
  const bands = departmentTrend.length >= 2 ? 3 : 2;
  const bandTop = chartsHeaderRow + 1; // 1-based row where the first band starts

  // ---- IV/V. Block and unit tables -----------------------------------------------------------
  const groupTable = (
    start: number,
    title: string,
    kind: 'block' | 'unit',
    rows: GroupRow[],
    range: Parameters<typeof commitmentRange>[1],
  ): { rows: Map<string | null, number>; first: number; last: number; next: number } => {
    p.set(start, 1, title, SECTION_STYLE);
    const header = [
      ...L.groupHeader(kind),
      ...STATUS_KEYS.map((k) => CATALOGUES[lang].status[k]),
      L.dueHeader,
      L.rateHeader,
    ];
    if (kind === 'unit') header.push(L.blockHeader);
    p.header(start + 1, header);
    STATUS_KEYS.forEach((k, i) =>
      p.set(start + 1, GROUP_COLUMNS.firstStatus + i, CATALOGUES[lang].status[k], {
        ...statusFill(k),
        font: { name: 'Times New Roman', size: 10, bold: true },
        alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' },
      }),
    );
    const at = new Map<string | null, number>();
    const first = start + 2;
    rows.forEach((g, i) => {
      const r = first + i;
      at.set(g.code, r);
      // Commitments of no unit (a file no unit claims) have an empty unit cell. COUNTIFS cannot
      // match an empty cell the same way in Excel and LibreOffice, so that row counts what the
      // rows above it do not (every unit or block found in the data has a row above it).
      const known = (c: number) => `${col(c)}$${first}:${col(c)}$${r - 1}`;
      const rest = (all: string, c: number) => (r > first ? `${all}-SUM(${known(c)})` : all);
      const foundF =
        g.code === null
          ? rest(`COUNT(${R('no')})`, GROUP_COLUMNS.found)
          : `COUNTIFS(${R(range)},${exactCriterion(g.code)})`;
      const statusF = (k: StatusKey, c: number) =>
        g.code === null
          ? rest(`COUNTIFS(${R('statusCode')},${literal(k)})`, c)
          : `COUNTIFS(${R(range)},${exactCriterion(g.code)},${R('statusCode')},${literal(k)})`;
      p.set(
        r,
        GROUP_COLUMNS.code,
        text(g.code ?? ''),
        bodyStyle({ alignment: { horizontal: 'center', vertical: 'top' } }),
      );
      p.set(r, GROUP_COLUMNS.name, text(g.name), bodyStyle());
      p.set(r, GROUP_COLUMNS.registered, g.totals.registered, numStyle);
      p.set(r, GROUP_COLUMNS.found, formula(foundF, g.totals.found), numStyle);
      const reg = `${col(GROUP_COLUMNS.registered)}${r}`;
      const fnd = `${col(GROUP_COLUMNS.found)}${r}`;
      p.set(
        r,
        GROUP_COLUMNS.difference,
        formula(
          `IF(${reg}="","",${fnd}-${reg})`,
          g.totals.registered === null ? null : g.totals.found - g.totals.registered,
        ),
        numStyle,
      );
      STATUS_KEYS.forEach((k, j) => {
        p.set(
          r,
          GROUP_COLUMNS.firstStatus + j,
          formula(statusF(k, GROUP_COLUMNS.firstStatus + j), g.totals.byStatus[k]),
          numStyle,
        );
      });
      const sc = (k: StatusKey) => `${col(GROUP_COLUMNS.firstStatus + STATUS_KEYS.indexOf(k))}${r}`;
      p.set(
        r,
        GROUP_COLUMNS.due,
        formula(`${sc('done_on_time')}+${sc('done_late')}+${sc('overdue')}`, g.totals.due),
        numStyle,
      );
      const due = `${col(GROUP_COLUMNS.due)}${r}`;
      p.set(
        r,
        GROUP_COLUMNS.rate,
        formula(`IF(${due}=0,"",${sc('done_on_time')}/${due})`, g.totals.onTimeRate),
        rateStyle,
      );
      if (kind === 'unit')
        p.set(
          r,
          GROUP_COLUMNS.block,
          text(g.block ?? ''),
          bodyStyle({ alignment: { horizontal: 'center', vertical: 'top' } }),
        );
    });
    const last = first + rows.length - 1;
    const totalRow = last + 1;
    p.set(totalRow, 1, '', TOTAL_STYLE);
    p.set(totalRow, 2, L.total, TOTAL_STYLE);
    const sum = (c: number, cached: number | null) =>
      p.set(
        totalRow,
        c,
        rows.length ? formula(`SUM(${col(c)}${first}:${col(c)}${last})`, cached) : (cached ?? 0),
        totalNum,
      );
    const regs = rows.map((g) => g.totals.registered).filter((x): x is number => x !== null);
    sum(
      GROUP_COLUMNS.registered,
      regs.reduce((a, b) => a + b, 0),
    );
    sum(
      GROUP_COLUMNS.found,
      rows.reduce((a, g) => a + g.totals.found, 0),
    );
    sum(
      GROUP_COLUMNS.difference,
      rows.reduce((a, g) => a + (g.totals.registered === null ? 0 : g.totals.found - g.totals.registered), 0),
    );
    STATUS_KEYS.forEach((k, j) =>
      sum(
        GROUP_COLUMNS.firstStatus + j,
        rows.reduce((a, g) => a + g.totals.byStatus[k], 0),
      ),
    );
    const dueSum = rows.reduce((a, g) => a + g.totals.due, 0);
    const onTimeSum = rows.reduce((a, g) => a + g.totals.byStatus.done_on_time, 0);
    sum(GROUP_COLUMNS.due, dueSum);
    const due = `${col(GROUP_COLUMNS.due)}${totalRow}`;
    p.set(
      totalRow,
      GROUP_COLUMNS.rate,
      formula(`IF(${due}=0,"",${col(GROUP_COLUMNS.firstStatus)}${totalRow}/${due})`, rateOf(onTimeSum, dueSum)),
      totalRate,
    );
    if (kind === 'unit') p.set(totalRow, GROUP_COLUMNS.block, '', TOTAL_STYLE);
    return { rows: at, first, last, next: totalRow + 2 };
  };

  const noUnit = report.commitments.filter((c) => c.unit === null);
  const noBlock = report.commitments.filter((c) => c.block === null);
  const blockNames = new Map(department.blocks.map((b) => [b.code, b.name]));
  const unitInfo = new Map(department.units.map((u) => [u.code, u]));
  const ordered = (known: string[], all: Record<string, GroupTotals>) => [
    ...known.filter((k) => all[k]),
    ...Object.keys(all)
      .filter((k) => !known.includes(k))
      .sort(),
  ];
  const blockRows: GroupRow[] = ordered(
    department.blocks.map((b) => b.code),
    totals.byBlock,
  ).map((code) => ({
    code,
    name: blockNames.get(code) ?? code,
    totals: totals.byBlock[code],
  }));
  if (noBlock.length) blockRows.push({ code: null, name: L.noUnit, totals: countsOf(noBlock) });
  const unitRows: GroupRow[] = ordered(
    department.units.map((u) => u.code),
    totals.byUnit,
  ).map((code) => ({
    code,
    name: unitInfo.get(code)?.name ?? code,
    block: unitInfo.get(code)?.block ?? report.commitments.find((c) => c.unit === code)?.block ?? null,
    totals: totals.byUnit[code],
  }));
  if (noUnit.length) unitRows.push({ code: null, name: L.noUnit, block: null, totals: countsOf(noUnit) });

  const blockStart = bandTop + bands * bandHeight + 1;
  // Page 1: figures, status and the first charts; page 2: the other charts; then the tables.
  for (const r of [bandTop + bandHeight - 1, blockStart - 1]) {
    p.breaks.push(r);
    if (!p.cells.has(r)) p.cells.set(r, new Map());
  }
  const blocks = groupTable(blockStart, L.blockSection, 'block', blockRows, 'block');
  const units = groupTable(blocks.next, L.unitSection, 'unit', unitRows, 'unit');

  // ---- VI. Emulation ranking -----------------------------------------------------------------
  const emuStart = units.next;
  p.set(emuStart, 1, L.emulationSection, SECTION_STYLE);
  p.set(emuStart + 1, 1, L.emulationNote, NOTE_STYLE);
  p.merge(emuStart + 1, 1, LAST_COLUMN);
  p.header(emuStart + 2, L.emulationHeader);
  const emulation = new Map<string, number>();
  const emuFirst = emuStart + 3;
  const emuLast = emuFirst + data.emulation.length - 1;
  const grades = [...(department.emulation?.grades ?? DEFAULT_EMULATION_GRADES)].sort((a, b) => b.minRate - a.minRate);
  const E = EMULATION_COLUMNS;
  data.emulation.forEach((e, i) => {
    const r = emuFirst + i;
    emulation.set(e.unit, r);
    const ur = units.rows.get(e.unit);
    const ref = (c: number, cached: Cached) => (ur ? formula(`${col(c)}${ur}`, cached) : cached);
    const rate = `${col(E.rate)}${r}`;
    const rateRange = `${col(E.rate)}$${emuFirst}:${col(E.rate)}$${emuLast}`;
    const onRange = `${col(E.onTime)}$${emuFirst}:${col(E.onTime)}$${emuLast}`;
    const on = `${col(E.onTime)}${r}`;
    // Rank: 1 + units with a higher rate + units with the same rate and more done on time (the
    // core's order); a unit with nothing due has no rate and no rank.
    const rankF =
      `IF(${rate}="","",SUMPRODUCT((${rateRange}<>"")*(${rateRange}>${rate}))` +
      `+SUMPRODUCT((${rateRange}<>"")*(${rateRange}=${rate})*(${onRange}>${on}))+1)`;
    const gradeF = `IF(${rate}="","",${grades.reduceRight((acc, g) => `IF(${rate}>=${g.minRate},${literal(g.grade)},${acc})`, '""')})`;
    p.set(
      r,
      E.rank,
      formula(rankF, e.rank || null),
      bodyStyle({
        alignment: { horizontal: 'center', vertical: 'top' },
        font: { name: 'Times New Roman', size: 11, bold: true },
      }),
    );
    p.set(r, E.name, text(e.name), bodyStyle());
    p.set(r, E.unit, text(e.unit), bodyStyle({ alignment: { horizontal: 'center', vertical: 'top' } }));
    p.set(r, E.found, ref(GROUP_COLUMNS.found, e.found), numStyle);
    p.set(r, E.due, ref(GROUP_COLUMNS.due, e.due), numStyle);
    p.set(r, E.onTime, ref(GROUP_COLUMNS.firstStatus, e.onTime), numStyle);
    p.set(r, E.rate, ref(GROUP_COLUMNS.rate, e.onTimeRate), rateStyle);
    p.set(r, E.grade, formula(gradeF, e.grade), bodyStyle());
    p.merge(r, E.grade, E.grade + 3);
  });
  p.merge(emuStart + 2, E.grade, E.grade + 3);

  // ---- VII. Units that have not reported -----------------------------------------------------
  const missStart = (data.emulation.length ? emuLast : emuStart + 2) + 2;
  p.set(missStart, 1, L.missingSection, SECTION_STYLE);
  if (missing.length) {
    p.header(missStart + 1, L.missingHeader);
    missing.forEach((u, i) => {
      const info = unitInfo.get(u);
      const style = statusFill('overdue');
      p.set(missStart + 2 + i, 1, text(u), style);
      p.set(missStart + 2 + i, 2, text(info?.name ?? u), style);
      p.set(missStart + 2 + i, 3, text(info?.block ?? ''), style);
    });
  } else {
    p.set(missStart + 1, 1, L.noneMissing, NOTE_STYLE);
  }
  const trendStart = missStart + 2 + Math.max(missing.length, 1) + 1;

  // ---- VIII. Month by month ------------------------------------------------------------------
  p.set(trendStart, 1, L.trendSection, SECTION_STYLE);
  p.header(trendStart + 1, L.trendHeader);
  const trendFirst = trendStart + 2;
  departmentTrend.forEach((h, i) => {
    const r = trendFirst + i;
    const [y, m] = h.month.split('-');
    p.set(r, 1, `${m}/${y}`, bodyStyle({ alignment: { horizontal: 'center', vertical: 'top' } }));
    p.set(
      r,
      2,
      isoDate(h.asOf),
      bodyStyle({ numFmt: DATE_FORMAT, alignment: { horizontal: 'left', vertical: 'top' } }),
    );
    p.set(r, 3, h.found, numStyle);
    p.set(r, 4, h.due, numStyle);
    p.set(r, 5, h.byStatus.done_on_time, numStyle);
    p.set(r, 6, h.byStatus.overdue, numStyle);
    p.set(r, 7, h.onTimeRate, rateStyle);
  });
  const trendLast = trendFirst + departmentTrend.length - 1;

  // ---- Charts --------------------------------------------------------------------------------
  const D = names.dashboard;
  const band = (i: number) => ({ top: bandTop + i * bandHeight - 1, bottom: bandTop + (i + 1) * bandHeight - 2 });
  const charts: ChartSpec[] = [];
  const split = 5; // the left charts span columns A–E, the right ones F–P
  const b0 = band(0);
  charts.push({
    kind: 'pie',
    title: C.status,
    categoriesRef: absRange(D, 2, statusRow.done_on_time, statusRow.unknown),
    categories: STATUS_KEYS.map((k) => CATALOGUES[lang].status[k]),
    series: [
      {
        name: C.count,
        valuesRef: absRange(D, 3, statusRow.done_on_time, statusRow.unknown),
        values: STATUS_KEYS.map((k) => totals.byStatus[k]),
        colour: CHART_FOUND,
        pointColours: STATUS_KEYS.map((k) => STATUS_CHART_COLOURS[k]),
      },
    ],
    anchor: { from: { col: 0, row: b0.top }, to: { col: split, row: b0.bottom } },
  });
  if (unitRows.length) {
    charts.push({
      kind: 'column',
      title: C.rate,
      percent: true,
      categoriesRef: absRange(D, GROUP_COLUMNS.name, units.first, units.last),
      categories: unitRows.map((u) => u.name),
      series: [
        {
          name: C.rateSeries,
          valuesRef: absRange(D, GROUP_COLUMNS.rate, units.first, units.last),
          values: unitRows.map((u) => u.totals.onTimeRate),
          colour: CHART_RATE,
        },
      ],
      anchor: { from: { col: split, row: b0.top }, to: { col: LAST_COLUMN, row: b0.bottom } },
    });
  }
  const b1 = band(1);
  const registeredVsFound = (
    title: string,
    rows: GroupRow[],
    first: number,
    last: number,
    anchor: ChartSpec['anchor'],
  ): ChartSpec => ({
    kind: 'column',
    title,
    categoriesRef: absRange(D, GROUP_COLUMNS.name, first, last),
    categories: rows.map((g) => g.name),
    series: [
      {
        name: C.registered,
        valuesRef: absRange(D, GROUP_COLUMNS.registered, first, last),
        values: rows.map((g) => g.totals.registered),
        colour: CHART_REGISTERED,
      },
      {
        name: C.found,
        valuesRef: absRange(D, GROUP_COLUMNS.found, first, last),
        values: rows.map((g) => g.totals.found),
        colour: CHART_FOUND,
      },
    ],
    anchor,
  });
  if (blockRows.length)
    charts.push(
      registeredVsFound(C.blocks, blockRows, blocks.first, blocks.last, {
        from: { col: 0, row: b1.top },
        to: { col: split, row: b1.bottom },
      }),
    );
  if (unitRows.length)
    charts.push(
      registeredVsFound(C.units, unitRows, units.first, units.last, {
        from: { col: split, row: b1.top },
        to: { col: LAST_COLUMN, row: b1.bottom },
      }),
    );
  if (bands === 3) {
    const b2 = band(2);
    charts.push({
      kind: 'line',
      title: C.trend,
      percent: true,
      categoriesRef: absRange(D, 1, trendFirst, trendLast),
      categories: departmentTrend.map((h) => `${h.month.slice(5, 7)}/${h.month.slice(0, 4)}`),
      series: [
        {
          name: C.rateSeries,
          valuesRef: absRange(D, 7, trendFirst, trendLast),
          values: departmentTrend.map((h) => h.onTimeRate),
          colour: CHART_RATE,
        },
      ],
      anchor: { from: { col: 0, row: b2.top }, to: { col: 9, row: b2.bottom } },
    });
  }

  return {
    sheetName: D,
    cells: p.cells,
    merges: p.merges,
    breaks: p.breaks,
    charts,
    at: {
      asOf: asOfAt,
      key,
      status: statusRow,
      statusCountColumn: 3,
      blocks: blocks.rows,
      units: units.rows,
      emulation,
      missingUnits: missing,
    },
  };
}

export async function writeDashboard(wb: StreamWorkbook, plan: DashboardPlan, lang: Lang): Promise<void> {
  const ws = wb.addSheet(plan.sheetName, {
    freeze: { rows: 3 },
    activeCell: 'A5',
    showGridLines: false,
    pageSetup: printSetup('1:3'),
    headerFooter: footer(lang),
    tabColor: 'FFC00000',
    columns: WIDTHS.map((w) => ({ width: w })),
  });
  ws.addCharts(plan.charts);
  for (const m of plan.merges) ws.merge(m);
  const rows = [...plan.cells.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const values: CellValue[] = [];
    const styles: (CellStyle | undefined)[] = [];
    for (const [c, cell] of plan.cells.get(r)!) {
      values[c - 1] = cell.value;
      styles[c - 1] = cell.style;
    }
    // An unstyled cell without a value (a planned blank) is not written.
    await ws.row(values, { number: r, styles, ...(r === 1 ? { height: 26 } : {}) });
    if (plan.breaks.includes(r)) ws.rowBreak(r);
  }
  await ws.end();
}
