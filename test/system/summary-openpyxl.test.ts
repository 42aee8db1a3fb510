// A third client: openpyxl, Python's .xlsx library, reads the summary as programs written in
// Python would: the sheets and their frame (frozen header, filter, print set-up, row heights,
// merges, validation, conditional formats, page breaks), every commitment's text, dates and
// progress with their formats, the formulas (the shared one expanded cell by cell) and the values
// cached with them.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { STATUS_KEYS } from '../../src/core/model';
import { planDashboard, writeSummary } from '../../src/node/summary';
import { COMMITMENT_KEYS, commitmentColumn } from '../../src/node/summary/commitments-sheet';
import { GROUP_COLUMNS } from '../../src/node/summary/dashboard';
import { STATE_SHEET } from '../../src/node/summary/state';
import { XlsxWriter } from '../../src/node/summary/xlsx';
import { columnName } from '../../src/node/summary/xlsx/xml';
import { buildData, tempDir } from '../node/summary/fixture';
import { type OpenpyxlBook, type OpenpyxlSheet, openpyxlRead } from '../helpers/openpyxl';
import { CATALOGUES } from '../../src/core/catalogue';

jest.setTimeout(120_000);

const data = buildData();
const labels = CATALOGUES['vi'].summary;
const names = labels.sheets;
const plan = planDashboard(data, { dashboard: names.dashboard, commitments: names.commitments }, labels);
let dir: string;
let book: OpenpyxlBook;

beforeAll(async () => {
  dir = await tempDir('openpyxl');
  const file = path.join(dir, 'tổng hợp.xlsx');
  await writeSummary(file, data);
  book = await openpyxlRead(file);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const formulas = (name: string): OpenpyxlSheet => book.formulas.find((s) => s.name === name)!;
const values = (name: string): OpenpyxlSheet => book.values.find((s) => s.name === name)!;
const letter = (column: number) => columnName(column - 1);

test('opens every sheet, in order, the state sheet very hidden', () => {
  expect(book.formulas.map((s) => [s.name, s.state])).toEqual([
    ...Object.values(names).map((n) => [n, 'visible']),
    [STATE_SHEET, 'veryHidden'],
  ]);
});

test('every table: the header frozen and filtered, 45 points high, printed A4 landscape one page wide with the header repeated', () => {
  for (const key of ['commitments', 'attention', 'provincial', 'history', 'changes', 'issues', 'files'] as const) {
    const s = formulas(names[key]);
    expect([key, s.freeze, s.printTitleRows, s.heights?.['1'], s.footer]).toEqual([
      key,
      'A2',
      '$1:$1',
      45,
      'Trang &P/&N|&A',
    ]);
    expect([key, s.filter]).toEqual([key, expect.stringMatching(/^A1:[A-Z]+\d+$/)]);
    expect([key, s.page]).toEqual([
      key,
      { orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, fitToPage: true },
    ]);
    const header = s.cells['1'];
    expect([key, header.A.font.bold, header.A.fill, header.A.align]).toEqual([
      key,
      true,
      'FF1F4E78',
      { h: 'center', v: 'center', wrap: true },
    ]);
  }
  const d = formulas(names.dashboard);
  expect([d.freeze, d.printTitleRows, d.gridLines, d.heights?.['1'], d.tabColor]).toEqual([
    'A4',
    '$1:$3',
    false,
    26,
    'FFC00000',
  ]);
  expect(d.merges).toEqual([...plan.merges].sort());
  expect(d.breaks).toEqual(plan.breaks);
});

test('the commitments: text as text (never a formula), dates as dates, progress as a percentage, the source of each', () => {
  const f = formulas(names.commitments);
  const v = values(names.commitments);
  const at = (sheet: OpenpyxlSheet, row: number, key: (typeof COMMITMENT_KEYS)[number]) =>
    sheet.cells[String(row)]?.[letter(commitmentColumn(key))];
  expect(Object.keys(f.cells)).toHaveLength(data.report.commitments.length + 1);
  data.report.commitments.forEach((c, i) => {
    const r = i + 2;
    const title = at(f, r, 'title')!;
    expect([r, title.v, title.t]).toEqual([r, c.title, 's']);
    expect([r, at(f, r, 'sourceFile')?.v, at(f, r, 'sourceRow')?.v, at(f, r, 'id')?.v]).toEqual([
      r,
      c.source.file,
      c.source.row,
      c.id,
    ]);
    const deadline = at(f, r, 'deadline');
    if (c.deadline)
      expect([r, deadline?.v, deadline?.numFmt]).toEqual([r, { date: `${c.deadline}T00:00:00` }, 'dd/mm/yyyy']);
    else expect([r, deadline?.v ?? null]).toEqual([r, null]);
    const progress = at(f, r, 'progress');
    if (c.progress !== null) {
      expect(progress!.v as number).toBeCloseTo(c.progress / 100, 12);
      expect(progress!.numFmt).toBe('0%');
    }
    expect([r, at(f, r, 'status')?.v]).toEqual([r, CATALOGUES.vi.status[c.status ?? 'unknown']]);
    // The shared formula, expanded for this row, and the code cached with it.
    expect([r, at(f, r, 'statusCode')?.v]).toEqual([r, expect.stringContaining(`MATCH(I${r},`)]);
    expect([r, at(v, r, 'statusCode')?.v]).toEqual([r, c.status ?? 'unknown']);
  });
  expect(data.report.commitments.some((c) => c.title.startsWith('='))).toBe(true);
  expect(f.printArea).toEqual([`$A$1:$L$${data.report.commitments.length + 1}`]);
  const last = data.report.commitments.length + 1;
  expect(f.validations).toEqual([
    {
      sqref: `I2:I${last}`,
      type: 'list',
      formula1: `"${STATUS_KEYS.map((k) => CATALOGUES.vi.status[k]).join(',')}"`,
      allowBlank: true,
    },
  ]);
  expect(f.conditional).toEqual([`I2:I${last}`, `M2:M${last}`]);
  expect(f.widths?.E).toBe(50);
});

test("the dashboard: live formulas over the commitments sheet, with the report's figures cached", () => {
  const f = formulas(names.dashboard);
  const v = values(names.dashboard);
  const cell = (s: OpenpyxlSheet, row: number, column: number) => s.cells[String(row)]?.[letter(column)];
  const found = plan.at.key.found;
  expect(cell(f, found.row, found.col)?.v).toBe("=COUNT('Đầu việc'!$A:$A)");
  expect(cell(v, found.row, found.col)?.v).toBe(data.report.totals.commitments);
  const rate = cell(v, plan.at.key.onTimeRate.row, plan.at.key.onTimeRate.col)!;
  expect(rate.v as number).toBeCloseTo(data.report.totals.onTimeRate!, 12);
  expect(rate.numFmt).toBe('0.0%');
  for (const k of STATUS_KEYS)
    expect([k, cell(v, plan.at.status[k], plan.at.statusCountColumn)?.v]).toEqual([k, data.report.totals.byStatus[k]]);
  for (const [code, row] of plan.at.units) {
    if (code === null) continue;
    expect([code, cell(v, row, GROUP_COLUMNS.found)?.v]).toEqual([code, data.report.totals.byUnit[code].found]);
  }
  const asOf = cell(f, plan.at.asOf.row, plan.at.asOf.col)!;
  expect([asOf.v, asOf.numFmt, asOf.font.name, asOf.font.bold]).toEqual([
    { date: `${data.report.asOf}T00:00:00` },
    'dd/mm/yyyy',
    'Times New Roman',
    true,
  ]);
});

test("the writer's cells of every kind, as openpyxl reads them", async () => {
  const file = path.join(dir, 'cells.xlsx');
  const wb = await XlsxWriter.toFile(file);
  const date = { numFmt: 'dd/mm/yyyy' };
  const ws = wb.addSheet('Ô', { inlineText: [false, true] });
  const texts = ['<&>"\'', 'tab\tand\nnewline', 'cr\r\nlf', '  spaces  ', 'emoji 🎉 Tết', '=SUM(A1:A2)', '@user', ''];
  for (const t of texts) await ws.row([t, t]);
  await ws.row(
    [
      42,
      -1.5,
      1e21,
      true,
      false,
      new Date(Date.UTC(2024, 1, 10)),
      { formula: 'A9*2', result: 84 },
      { formula: 'IF(A9>0,"dương","")', result: 'dương' },
    ],
    {
      styles: [undefined, undefined, undefined, undefined, undefined, date],
      height: 33,
    },
  );
  await ws.end();
  const hidden = wb.addSheet('ẩn', { state: 'hidden' });
  await hidden.row(['x']);
  await hidden.end();
  await wb.finish();
  const read = await openpyxlRead(file);
  const f = read.formulas[0];
  texts.forEach((t, i) => {
    const row = f.cells[String(i + 1)];
    // An empty text is an empty text cell, not a blank one.
    expect([i, row?.A?.v, row?.B?.v]).toEqual([i, t, t]);
  });
  const nine = f.cells['9'];
  expect([nine.A.v, nine.B.v, nine.C.v, nine.D.v, nine.E.v, nine.F.v, nine.F.numFmt, nine.G.v, nine.H.v]).toEqual([
    42,
    -1.5,
    1e21,
    true,
    false,
    { date: '2024-02-10T00:00:00' },
    'dd/mm/yyyy',
    '=A9*2',
    '=IF(A9>0,"dương","")',
  ]);
  expect([read.values[0].cells['9'].G.v, read.values[0].cells['9'].H.v]).toEqual([84, 'dương']);
  expect(f.heights?.['9']).toBe(33);
  expect(read.formulas.map((s) => [s.name, s.state])).toEqual([
    ['Ô', 'visible'],
    ['ẩn', 'hidden'],
  ]);
});
