// The summary workbook read back with exceljs and with camket's own reader: sheets, headers, the
// frame of every table (frozen header, filter, print set-up), one row per commitment, text kept as
// text, dates as dates, and dashboard figures whose cached values are the report's.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { STATUS_KEYS } from '../../../src/core/model';
import { readWorkbookFile } from '../../../src/node/read-workbook';
import { planDashboard, writeSummary } from '../../../src/node/summary';
import { COMMITMENT_KEYS, commitmentColumn } from '../../../src/node/summary/commitments-sheet';
import { GROUP_COLUMNS } from '../../../src/node/summary/dashboard';
import { STATE_SHEET } from '../../../src/node/summary/state';
import { buildData, tempDir } from './fixture';
import { CATALOGUES } from '../../../src/core/catalogue';

const data = buildData();
const labels = CATALOGUES['vi'].summary;
const names = labels.sheets;
let dir: string;
let file: string;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await tempDir('summary');
  file = path.join(dir, 'tổng hợp 2023-06.xlsx');
  await writeSummary(file, data);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function headers(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
}

/** A cell's value, or a formula's cached result. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && 'result' in v) return v.result;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v;
}

const TABLES = ['commitments', 'attention', 'provincial', 'history', 'changes', 'issues', 'files'] as const;

describe('the summary workbook read back with exceljs', () => {
  test('has the Vietnamese sheets in order, and the state sheet very hidden', () => {
    const all = wb.worksheets.map((ws) => [ws.name, ws.state]);
    expect(all).toEqual([
      ['Tổng quan', 'visible'],
      ['Đầu việc', 'visible'],
      ['Quá hạn - sắp đến hạn', 'visible'],
      ['Nhiệm vụ UBND tỉnh', 'visible'],
      ['Lịch sử', 'visible'],
      ['Thay đổi', 'visible'],
      ['Lỗi dữ liệu', 'visible'],
      ['Tệp dữ liệu', 'visible'],
      [STATE_SHEET, 'veryHidden'],
    ]);
  });

  test('every table has a frozen header row, a filter over its rows and an A4 landscape print set-up', () => {
    for (const key of TABLES) {
      const ws = sheet(names[key]);
      expect([key, ws.views[0]]).toEqual([key, expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
      const filter = String(ws.autoFilter);
      expect([key, filter]).toEqual([key, expect.stringMatching(/^A1:[A-Z]+\d+$/)]);
      const lastFilterRow = Number(/\d+$/.exec(filter)![0]);
      expect([key, lastFilterRow]).toEqual([key, Math.max(ws.rowCount, 2)]);
      expect([key, ws.pageSetup]).toEqual([
        key,
        expect.objectContaining({
          orientation: 'landscape',
          paperSize: 9,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: '1:1',
        }),
      ]);
    }
    const d = sheet(names.dashboard);
    expect(d.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 3 }));
    expect(d.pageSetup).toEqual(
      expect.objectContaining({
        orientation: 'landscape',
        paperSize: 9,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:3',
      }),
    );
  });

  test('headers are in Vietnamese', () => {
    expect(headers(sheet(names.commitments))).toEqual(COMMITMENT_KEYS.map((k) => labels.commitments[k]));
    expect(headers(sheet(names.commitments))).toEqual(
      expect.arrayContaining([
        'Đơn vị',
        'Lĩnh vực',
        'Nội dung đầu việc',
        'Chỉ tiêu / Sản phẩm',
        'Người chịu trách nhiệm',
        'Thời hạn',
        'Thời hạn ban đầu',
        'Tình trạng',
        'Tiến độ (%)',
        'Ngày hoàn thành',
        'Nhiệm vụ UBND tỉnh giao',
        'Tệp nguồn',
        'Sheet nguồn',
        'Dòng nguồn',
      ]),
    );
    expect(headers(sheet(names.issues))).toEqual([
      'Mức độ',
      'Loại lỗi',
      'Nội dung',
      'Tệp',
      'Sheet',
      'Ô',
      'Mã đơn vị',
      'Mã lỗi',
    ]);
    expect(headers(sheet(names.provincial)).slice(3, 3 + STATUS_KEYS.length)).toEqual(
      STATUS_KEYS.map((k) => CATALOGUES.vi.status[k]),
    );
  });

  test("holds one row per commitment, in the report's order, with its source", () => {
    const ws = sheet(names.commitments);
    expect(ws.rowCount).toBe(data.report.commitments.length + 1);
    data.report.commitments.forEach((c, i) => {
      const row = ws.getRow(i + 2);
      const at = (k: (typeof COMMITMENT_KEYS)[number]) => valueOf(row.getCell(commitmentColumn(k)));
      expect([at('title'), at('unit') ?? null, at('sourceFile'), at('sourceSheet'), at('sourceRow'), at('id')]).toEqual(
        [c.title, c.unit, c.source.file, c.source.sheet, c.source.row, c.id],
      );
      expect(at('status')).toBe(CATALOGUES.vi.status[c.status ?? 'unknown']);
      expect(at('statusCode')).toBe(c.status ?? 'unknown');
    });
  });

  test('keeps a title that starts with =, +, - or @ as text, never a formula', () => {
    const ws = sheet(names.commitments);
    const hostile = data.report.commitments.map((c, i) => ({ c, i })).filter(({ c }) => /^[=+\-@]/.test(c.title));
    expect(hostile.map(({ c }) => c.title[0]).sort()).toEqual(['+', '-', '=', '@']);
    for (const { c, i } of hostile) {
      const cell = ws.getRow(i + 2).getCell(commitmentColumn('title'));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(c.title);
      expect(cell.formula).toBeUndefined();
    }
    // The most dangerous of them, a live link if it became a formula, is among those checked.
    expect(hostile.map(({ c }) => c.title)).toContain('=HYPERLINK("http://example.com","bấm vào đây")');
  });

  test('writes dates as dates (dd/mm/yyyy) and progress as a percentage', () => {
    const ws = sheet(names.commitments);
    let dates = 0;
    data.report.commitments.forEach((c, i) => {
      const row = ws.getRow(i + 2);
      const deadline = row.getCell(commitmentColumn('deadline'));
      if (c.deadline) {
        expect(deadline.type).toBe(ExcelJS.ValueType.Date);
        expect((deadline.value as Date).toISOString().slice(0, 10)).toBe(c.deadline);
        expect(deadline.numFmt).toBe('dd/mm/yyyy');
        dates++;
      } else expect(deadline.value).toBeNull();
      const completed = row.getCell(commitmentColumn('completedOn'));
      if (c.completedOn) expect((completed.value as Date).toISOString().slice(0, 10)).toBe(c.completedOn);
      const progress = row.getCell(commitmentColumn('progress'));
      if (c.progress === null) expect(progress.value).toBeNull();
      else {
        expect(progress.value).toBeCloseTo(c.progress / 100, 12);
        expect(progress.numFmt).toBe('0%');
      }
    });
    expect(dates).toBeGreaterThan(10);
    const asOf = sheet(names.dashboard).getCell('C3');
    expect((asOf.value as Date).toISOString().slice(0, 10)).toBe(data.report.asOf);
  });

  test('the status code follows the status name through one shared formula', () => {
    const ws = sheet(names.commitments);
    const code = commitmentColumn('statusCode');
    const master = ws.getRow(2).getCell(code).value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    expect(master.shareType).toBe('shared');
    expect(master.ref).toBe(`M2:M${data.report.commitments.length + 1}`);
    expect(master.formula).toContain('MATCH(I2,');
    const child = ws.getRow(3).getCell(code).value as ExcelJS.CellSharedFormulaValue;
    expect(child.sharedFormula).toBe('M2');
  });

  test("dashboard figures are formulas over the commitments sheet, cached with the report's values", () => {
    const d = sheet(names.dashboard);
    const plan = planDashboard(data, { dashboard: names.dashboard, commitments: names.commitments }, labels);
    const t = data.report.totals;
    const found = d.getCell(plan.at.key.found.row, plan.at.key.found.col);
    expect(found.formula).toMatch(/^COUNT\('Đầu việc'!\$A:\$A\)$/);
    expect(found.result).toBe(t.commitments);
    for (const k of STATUS_KEYS) {
      const cell = d.getCell(plan.at.status[k], plan.at.statusCountColumn);
      expect(cell.formula).toContain("COUNTIFS('Đầu việc'!$M:$M");
      expect([k, cell.result]).toEqual([k, t.byStatus[k]]);
      expect(d.getCell(plan.at.status[k], 2).value).toBe(CATALOGUES.vi.status[k]);
    }
    const rate = d.getCell(plan.at.key.onTimeRate.row, plan.at.key.onTimeRate.col);
    expect(rate.result).toBeCloseTo(t.onTimeRate!, 12);
    expect(rate.numFmt).toBe('0.0%');
    for (const [code, row] of plan.at.units) {
      if (code === null) continue;
      const cell = d.getCell(row, GROUP_COLUMNS.found);
      expect(cell.formula).toContain(`"=${code}"`);
      expect([code, cell.result]).toEqual([code, t.byUnit[code].found]);
      expect(d.getCell(row, GROUP_COLUMNS.registered).value).toBe(t.byUnit[code].registered);
    }
    // The unit that sent nothing is listed under the units that have not reported.
    expect(plan.at.missingUnits).toEqual(['TV']);
  });

  test('the changes sheet names each change in Vietnamese and shows dates as dd/mm/yyyy', () => {
    const ws = sheet(names.changes);
    expect(ws.rowCount).toBe(data.changes.length + 1);
    data.changes.forEach((c, i) => expect(ws.getRow(i + 2).getCell(1).value).toBe(CATALOGUES.vi.change[c.kind]));
    const moved = data.changes.findIndex((c) => c.kind === 'deadline-moved');
    expect(ws.getRow(moved + 2).getCell(5).value).toBe('30/06/2023');
    expect(ws.getRow(moved + 2).getCell(6).value).toBe('03/07/2023');
  });

  test('the issues sheet lists every issue with its file, sheet and cell, then the failed and skipped files', () => {
    const ws = sheet(names.issues);
    data.report.issues.forEach((issue, i) => {
      const row = ws.getRow(i + 2);
      expect([
        row.getCell(8).value,
        row.getCell(3).value,
        row.getCell(4).value ?? '',
        row.getCell(5).value ?? null,
        row.getCell(6).value ?? null,
      ]).toEqual([issue.rule, issue.message, issue.file, issue.sheet, issue.cell]);
    });
    const rest = Array.from({ length: ws.rowCount - 1 - data.report.issues.length }, (_, i) =>
      ws.getRow(data.report.issues.length + 2 + i),
    );
    expect(rest.map((r) => [r.getCell(8).value, r.getCell(4).value])).toEqual([
      ['unsupported-format', 'thu-vien-2022.xls'],
      ['skipped-file', '~$vp-2023.xlsx'],
    ]);
  });

  test('the overdue sheet lists the overdue then the due-soon commitments', () => {
    const ws = sheet(names.attention);
    const overdue = data.report.commitments.filter((c) => c.status === 'overdue').length;
    expect(ws.rowCount - 1).toBe(overdue + data.report.totals.dueSoon);
    const kinds = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(1).value);
    expect(kinds).toEqual([
      ...Array(overdue).fill('Quá hạn'),
      ...Array(data.report.totals.dueSoon).fill('Sắp đến hạn'),
    ]);
  });
});

describe("the summary read by camket's own reader", () => {
  test('reads every visible sheet, the commitments with their titles as written', async () => {
    const grid = await readWorkbookFile(file);
    const visible = grid.sheets.filter((s) => !s.hidden).map((s) => s.name);
    expect(visible).toEqual(TABLES.reduce((acc, k) => [...acc, names[k]], [names.dashboard] as string[]));
    const commitments = grid.sheets.find((s) => s.name === names.commitments)!;
    const titles = commitments.values.slice(1).map((r) => r[commitmentColumn('title') - 1]);
    expect(titles).toEqual(data.report.commitments.map((c) => c.title));
  });
});

describe('in English', () => {
  test('sheet names and headers follow the language', async () => {
    const en = buildData({ lang: 'en' });
    const target = path.join(dir, 'summary-en.xlsx');
    await writeSummary(target, en);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    expect(book.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual(
      Object.values(CATALOGUES['en'].summary.sheets),
    );
    const ws = book.getWorksheet('Commitments')!;
    expect(headers(ws)).toEqual(COMMITMENT_KEYS.map((k) => CATALOGUES['en'].summary.commitments[k]));
    expect(valueOf(ws.getRow(2).getCell(commitmentColumn('status')))).toBe(
      CATALOGUES.en.status[en.report.commitments[0].status ?? 'unknown'],
    );
  });
});

describe('text with spaces a reader could lose', () => {
  test('leading, trailing and double spaces and line breaks come back exactly, inline or shared', async () => {
    const spaced = ['  Hai dấu cách đầu', 'Cuối có dấu cách ', 'Giữa  hai dấu cách', 'Dòng một\nDòng hai'];
    const { commitment, sampleCommitments } = await import('./fixture');
    const commitments = sampleCommitments().slice(0, 2);
    for (const text of spaced)
      commitments.push({ ...commitment({ unit: 'VP', title: text, status: 'in_progress' }), owner: text, notes: text });
    const own = buildData({ commitments, changes: [] });
    const out = path.join(dir, 'dấu cách.xlsx');
    await writeSummary(out, own);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.getWorksheet(names.commitments)!;
    spaced.forEach((text, k) => {
      const row = ws.getRow(2 + 2 + k);
      // Title and notes are written inline, the owner through the shared-string table.
      for (const key of ['title', 'notes', 'owner'] as const)
        expect(valueOf(row.getCell(commitmentColumn(key)))).toBe(text);
    });
  });
});
