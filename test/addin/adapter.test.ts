// The adapter against the emulated Excel: what it reads, in how many round trips, and what it
// writes back (marks, roll-up sheet, saved mapping, drop-downs), including the failure cases.
import { checkWorkbook } from '../../src/core/check';
import { isDateFormat } from '../../src/core/dates';
import type { WorkbookGrid } from '../../src/core/grid';
import {
  readSavedMapping,
  savedMappingSchema,
  MAPPING_SHEET,
  emptyMapping,
  serializeMapping,
} from '../../src/core/saved-mapping';
import { STATUS_CHOICES } from '../../src/core/status';
import { checkOpenWorkbook } from '../../src/addin/check-open-workbook';
import {
  AddinError,
  MARK_TAG,
  MERGE_BAND_ROWS,
  WEB_PAYLOAD_BUDGET,
  clearMarks,
  detectCapabilities,
  installLists,
  isSplittableError,
  listSheets,
  MIN_EXCEL_API,
  markCells,
  readWorkbook,
  selectCell,
  writeHiddenText,
  writeSheet,
} from '../../src/addin/excel-adapter';
import { ROLLUP_SHEET, buildRollupPlan } from '../../src/addin/rollup-sheet';
import {
  type EmuOptions,
  type ExcelEmulation,
  asTyped,
  emulationFromGrid,
  jsonBytes,
} from './emulation/excel-emulation';
import { excelApiReference } from './emulation/api-sets';
import { FIRST_DATA_ROW, unitWorkbook, wideUnitWorkbook } from './helpers';

const asOf = '2023-06-30';
const caps = { mergedAreas: true };
type Ctx = Excel.RequestContext;

async function read(emu: ExcelEmulation, capabilities = caps, payloadBudget?: number) {
  return emu.run((ctx) => readWorkbook(ctx as unknown as Ctx, { capabilities, payloadBudget }));
}

const api = excelApiReference();

function emulate(grid: WorkbookGrid, options: Omit<EmuOptions, 'api'> = {}): ExcelEmulation {
  return emulationFromGrid(grid, { api, ...options });
}

describe('reading', () => {
  test('the number of round trips is the same for 50 and for 20,000 rows', async () => {
    const small = emulate(unitWorkbook(50));
    const large = emulate(unitWorkbook(20_000));
    const a = await read(small);
    const b = await read(large);
    expect(a.syncs).toBe(4);
    expect(b.syncs).toBe(a.syncs);
    expect(small.syncs).toBe(4);
    expect(large.syncs).toBe(4);
    expect(b.splits).toBe(0);
    // Each round trip's response stays under Excel on the web's 5 MB.
    expect(Math.max(...large.payloads)).toBeLessThan(5_000_000);
    expect(b.grid.sheets[0].values.length).toBe(FIRST_DATA_ROW + 20_000);
  });

  test('the same round trips for 50 and 20,000 rows of Vietnamese text in 12 columns (desktop: no request limit)', async () => {
    const wide = wideUnitWorkbook(20_000);
    const small = emulate(wideUnitWorkbook(50));
    const large = emulate(wide);
    const a = await read(small);
    const b = await read(large);
    expect([a.syncs, b.syncs, small.syncs, large.syncs]).toEqual([4, 4, 4, 4]);
    // Only what the core needs is asked for: formulas of formula cells, not every value twice.
    expect(Math.max(...large.payloads)).toBeLessThan(jsonBytes(wide.sheets[0].values) * 1.1);
    const last = FIRST_DATA_ROW + 19_999;
    expect(Array.from(b.grid.sheets[0].values[last], (v) => v ?? null)).toEqual(wide.sheets[0].values[last]);
  });

  test('Excel on the web (5 MB, counted in UTF-8): 4 round trips while the values fit in one, then only those the limit forces', async () => {
    const WEB_LIMIT = 5_000_000;
    const wide = wideUnitWorkbook(20_000);
    const sizes = [wideUnitWorkbook(50), wideUnitWorkbook(2_000), wideUnitWorkbook(10_000), wide].map((g) =>
      emulate(g, { payloadLimit: WEB_LIMIT }),
    );
    const results = [];
    for (const emu of sizes) results.push(await read(emu, caps, WEB_PAYLOAD_BUDGET));
    expect(results.map((r) => r.splits)).toEqual([0, 0, 0, 0]);
    expect(results.slice(0, 3).map((r) => r.syncs)).toEqual([4, 4, 4]);
    // 20,000 rows of 12 Vietnamese columns weigh more than Excel on the web sends at once: no
    // reading can take fewer round trips than two for the names and a sample, one for the number
    // formats, and as many for the values as 5 MB goes into their bytes. This one takes no more.
    const big = sizes[3];
    const valueBytes = big.payloads.slice(2, -1).reduce((n, b) => n + b, 0);
    expect(valueBytes).toBeGreaterThan(WEB_LIMIT);
    expect(results[3].syncs).toBe(3 + Math.ceil(valueBytes / WEB_LIMIT));
    expect(big.syncs).toBe(results[3].syncs);
    expect(Math.max(...big.payloads, ...big.requests)).toBeLessThan(WEB_LIMIT);
    expect(results[3].grid).toEqual((await read(emulate(wide))).grid);
  });

  test('the emulation counts what Excel counts: UTF-8 bytes, request as well as response', async () => {
    expect(jsonBytes('Đã hoàn thành')).toBe(JSON.stringify('Đã hoàn thành').length + 4);
    const emu = emulate(unitWorkbook(10));
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Hướng dẫn').getRange('A2:A3').values = [['Tiếng Việt có dấu'], ['Ghi chú']];
      await ctx.sync();
    });
    expect(emu.requests[0]).toBeGreaterThan(jsonBytes([['Tiếng Việt có dấu'], ['Ghi chú']]));
  });

  test('reads every row in blocks, from the used range, as the core wants it', async () => {
    const grid = unitWorkbook(20_000);
    const emu = emulate(grid);
    const r = await read(emu);
    const sheet = r.grid.sheets[0];
    // Same values as the source grid, dates as serials.
    expect(sheet.values[FIRST_DATA_ROW + 3]).toEqual(grid.sheets[0].values[FIRST_DATA_ROW + 3]);
    expect(sheet.values[19_999 + FIRST_DATA_ROW]).toEqual(grid.sheets[0].values[19_999 + FIRST_DATA_ROW]);
    // Number formats only where a number's meaning depends on them.
    expect(sheet.formats?.[FIRST_DATA_ROW]?.[3]).toBe('dd/mm/yyyy');
    expect(sheet.formats?.[FIRST_DATA_ROW]?.[1]).toBeUndefined();
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    // Value blocks stay small enough for Excel's per-range limits, and cover the sheet exactly once.
    const valueBlocks = emu.rangeRequests.filter((q) => q.cols === 6 && q.rows > 1 && q.rows <= 5000 && q.col === 0);
    expect(valueBlocks.length).toBeGreaterThan(1);
    expect(r.sheets[0]).toMatchObject({
      name: 'Kế hoạch 2023',
      protected: false,
      used: { row: 0, col: 0, rows: FIRST_DATA_ROW + 20_000, cols: 6 },
    });
    expect(r.grid.file).toBe('don-vi-mau-2023.xlsx');
  });

  test('a batch Excel refuses as too large is read again in halves, with the same result', async () => {
    const grid = unitWorkbook(3_000);
    const whole = await read(emulate(grid));
    const limited = emulate(grid, { payloadLimit: 60_000 });
    const r = await read(limited);
    expect(r.splits).toBeGreaterThan(0);
    expect(r.syncs).toBeGreaterThan(4);
    expect(r.grid).toEqual(whole.grid);
    // Every sync that succeeded stayed under the limit; the refused ones are the splits.
    expect(limited.payloads.filter((b) => b > 60_000).length).toBe(r.splits);
  });

  test('a formula error reads as empty, typed "#N/A" text stays text, hidden rows and columns are kept', async () => {
    const grid = unitWorkbook(10);
    grid.sheets[0].values[FIRST_DATA_ROW + 1][6] = '#N/A';
    grid.sheets[0].hiddenRows = [FIRST_DATA_ROW + 2];
    grid.sheets[0].hiddenColumns = [4];
    const emu = emulate(grid);
    emu.setError('Kế hoạch 2023', `E${FIRST_DATA_ROW + 1}`);
    const r = await read(emu);
    const sheet = r.grid.sheets[0];
    expect(sheet.values[FIRST_DATA_ROW][4]).toBeUndefined();
    expect(sheet.values[FIRST_DATA_ROW + 1][6]).toBe('#N/A');
    expect(sheet.hiddenRows).toEqual([FIRST_DATA_ROW + 2]);
    expect(sheet.hiddenColumns).toEqual([4]);
    expect(r.syncs).toBe(4);
  });

  test('fonts are read for legacy-looking text only, so TCVN3 is recognised as the merge does', async () => {
    const grid = unitWorkbook(5);
    // "Tổ chức" typed in TCVN3 under a .VnTime font.
    grid.sheets[0].values[FIRST_DATA_ROW][1] = 'Tæ chøc héi thi v¨n nghÖ';
    grid.sheets[0].fonts = [];
    grid.sheets[0].fonts[FIRST_DATA_ROW] = [];
    grid.sheets[0].fonts[FIRST_DATA_ROW][1] = '.VnTime';
    grid.sheets[0].fonts[FIRST_DATA_ROW][2] = '.VnTime';
    const r = await read(emulate(grid));
    const fonts = r.grid.sheets[0].fonts!;
    expect(fonts[FIRST_DATA_ROW][1]).toBe('.VnTime');
    // "Trần Thị C" is Unicode Vietnamese: its font changes nothing, so it is not asked for.
    expect(fonts[FIRST_DATA_ROW][2]).toBeUndefined();
    const node = checkWorkbook(grid, { asOf });
    const addin = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    expect(addin.check.commitments[0].title).toBe(node.commitments[0].title);
    expect(addin.issues.map((i) => i.rule)).toContain('legacy-encoding');
  });

  test('without ExcelApi 1.13 no merged areas are asked for, and the rest still reads', async () => {
    const emu = emulate(unitWorkbook(20), { apiVersion: '1.9' });
    const r = await read(emu, { mergedAreas: false });
    expect(r.mergesRead).toBe(false);
    expect(r.grid.sheets[0].merges).toEqual([]);
    expect(r.grid.sheets[0].values.length).toBe(FIRST_DATA_ROW + 20);
  });

  test('a workbook opened read-only says so (Workbook.readOnly), and Excel then refuses every write', async () => {
    const emu = emulate(unitWorkbook(20), { readOnly: true });
    const r = await read(emu);
    expect(r.readOnly).toBe(true);
    expect((await read(emulate(unitWorkbook(20)))).readOnly).toBe(false);
    const targets = [{ sheet: 'Kế hoạch 2023', cell: 'D5', severity: 'error' }];
    await expect(emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(emu.sheet('Kế hoạch 2023')!.conditionalFormats).toEqual([]);
  });

  test('a 1904 workbook (made on a Mac): dates come in the 1900 system the core counts in, and go back in the 1904 one', async () => {
    const grid = unitWorkbook(40);
    const emu = emulate(grid, { date1904: true, isDateFormat });
    expect(emu.valueAt('Kế hoạch 2023', `D${FIRST_DATA_ROW + 1}`)).toBe(
      (grid.sheets[0].values[FIRST_DATA_ROW][3] as number) - 1462,
    );
    const r = await read(emu);
    expect(r.date1904).toBe(true);
    expect(r.grid.sheets[0].values[FIRST_DATA_ROW]).toEqual(grid.sheets[0].values[FIRST_DATA_ROW]);
    expect(checkOpenWorkbook(r.grid, { asOf, lang: 'vi' }).check.commitments).toEqual(
      checkOpenWorkbook(grid, { asOf, lang: 'vi' }).check.commitments,
    );
    // The overdue list's deadlines, written back into the same workbook, show the same days.
    const a = checkOpenWorkbook(r.grid, { asOf: '2023-12-31', lang: 'vi' });
    const plan = buildRollupPlan(a);
    await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan, { date1904: r.date1904 }));
    const overdue = plan.blocks[plan.blocks.length - 1];
    const first = overdue.values[2];
    expect(emu.valueAt(ROLLUP_SHEET, `C${overdue.row + 3}`)).toBe((first[2] as number) - 1462);
  });

  test('an empty workbook reads as sheets without a used range', async () => {
    const r = await read(emulate({ file: 'trong.xlsx', sheets: [{ name: 'Sheet1', values: [] }] }));
    expect(r.sheets).toEqual([{ name: 'Sheet1', visibility: 'Visible', protected: false, used: null }]);
    expect(r.grid.sheets[0].values).toEqual([]);
  });

  test('merged areas come whole from areas.items, a vertical merge across a band boundary included', async () => {
    const grid = unitWorkbook(1_000);
    const sheet = grid.sheets[0];
    // A notes column whose cells are merged down over several rows, one merge across the first band boundary.
    const crossing = { top: MERGE_BAND_ROWS - 2, left: 6, bottom: MERGE_BAND_ROWS + 2, right: 6 };
    const wide = { top: 700, left: 1, bottom: 700, right: 2 };
    sheet.values[crossing.top][6] = 'Ghi chú chung cho nhóm việc';
    sheet.merges = [...sheet.merges!, crossing, wide];
    const r = await read(emulate(grid));
    expect(r.grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }, crossing, wide]);
  });

  test('only size and limit errors lead to a split', () => {
    expect(isSplittableError({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isSplittableError({ code: 'GeneralException' })).toBe(true);
    expect(isSplittableError({ code: 'AccessDenied' })).toBe(false);
    expect(isSplittableError({ code: 'InvalidArgument', message: 'bad' })).toBe(false);
  });
});

describe('marking', () => {
  async function checked(grid: WorkbookGrid, options: Omit<EmuOptions, 'api'> = {}) {
    const emu = emulate(grid, options);
    const r = await read(emu);
    const a = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    const targets = a.issues
      .filter((i) => i.sheet && i.cell)
      .map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
    return { emu, r, a, targets };
  }

  test('problem cells get a tagged conditional format; the clerk’s own rules and fills stay', async () => {
    const { emu, r, targets } = await checked(unitWorkbook(200));
    const sheet = emu.sheet('Kế hoạch 2023')!;
    const clerksRule = {
      id: 999,
      type: 'Custom',
      formula: '=$F5="Đã hoàn thành"',
      areas: [{ top: 4, left: 5, bottom: 300, right: 5 }],
      format: { 'format.fill.color': '#C6EFCE' },
    };
    sheet.conditionalFormats.push(structuredClone(clerksRule));
    const before = new Map(sheet.cells);
    const result = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(result.marked).toBe(new Set(targets.map((t) => `${t.sheet}!${t.cell}`)).size);
    expect(result.syncs).toBe(3);
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG));
    expect(ours.length).toBeGreaterThan(0);
    const markedCells = ours.flatMap((cf) =>
      cf.areas.flatMap((a) =>
        Array.from(
          { length: (a.bottom - a.top + 1) * (a.right - a.left + 1) },
          (_, i) => `${a.top + Math.floor(i / (a.right - a.left + 1))},${a.left + (i % (a.right - a.left + 1))}`,
        ),
      ),
    );
    for (const t of targets) {
      const m = /^([A-Z]+)(\d+)$/.exec(t.cell)!;
      expect(markedCells).toContain(`${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`);
    }
    expect(ours[0].format['format.fill.color']).toMatch(/^#/);
    // Values and number formats untouched; the clerk's own rule still there.
    expect(sheet.cells).toEqual(before);
    expect(sheet.conditionalFormats.filter((cf) => !cf.formula.includes(MARK_TAG))).toEqual([clerksRule]);

    // Marking again replaces the marks instead of piling them up.
    const again = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(again.removed).toBe(ours.length);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG)).length).toBe(ours.length);

    const cleared = await emu.run((ctx) => clearMarks(ctx as unknown as Ctx, r.sheets));
    expect(cleared.removed).toBe(ours.length);
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual([999]);
    expect(sheet.cells).toEqual(before);
  });

  test('a mark is styled before it is moved first, so the clerk’s own rules keep their colours', async () => {
    // Excel binds a conditional format to its place in the priority list: after a priority change
    // the same object stands for whatever now holds that place (ConditionalFormat.priority).
    const { emu, r, targets } = await checked(unitWorkbook(200));
    const sheet = emu.sheet('Kế hoạch 2023')!;
    const status = {
      id: 901,
      type: 'Custom',
      formula: '=$F5="Đã hoàn thành"',
      areas: [{ top: 4, left: 5, bottom: 300, right: 5 }],
      format: { 'format.fill.color': '#C6EFCE' },
    };
    const figures = {
      id: 902,
      type: 'Custom',
      formula: '=$E5<50',
      areas: [{ top: 4, left: 3, bottom: 300, right: 4 }],
      format: { 'format.font.color': '#9C0006' },
    };
    sheet.conditionalFormats.push(status, figures);
    await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(status.format).toEqual({ 'format.fill.color': '#C6EFCE' });
    expect(figures.format).toEqual({ 'format.font.color': '#9C0006' });
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG));
    for (const cf of ours)
      expect(cf.format).toMatchObject({
        'format.fill.color': expect.stringMatching(/^#/),
        'format.borders.top.style': 'Continuous',
      });
    // Every mark is above every rule of the clerk's, and errors above warnings.
    const order = sheet.conditionalFormats.map((cf) =>
      cf.formula.includes(MARK_TAG) ? cf.formula.replace(/.*camket-mark:(\w+).*/, '$1') : 'clerk',
    );
    expect(order.slice(ours.length)).toEqual(['clerk', 'clerk']);
    expect(order.lastIndexOf('error')).toBeLessThan(
      Math.max(order.indexOf('warning'), order.indexOf('info'), order.lastIndexOf('error') + 1),
    );
  });

  test('marking works where the list separator is ";" (Windows set to Vietnamese): one plain range per block of cells', async () => {
    const { emu, r, targets } = await checked(unitWorkbook(300), { listSeparator: ';' });
    // Adjacent problem cells in a column share one rule.
    targets.push(
      { sheet: 'Kế hoạch 2023', cell: 'E100', severity: 'warning' },
      { sheet: 'Kế hoạch 2023', cell: 'E101', severity: 'warning' },
      { sheet: 'Kế hoạch 2023', cell: 'E102', severity: 'warning' },
    );
    const result = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    const sheet = emu.sheet('Kế hoạch 2023')!;
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG));
    expect(result.marked).toBe(new Set(targets.map((t) => `${t.sheet}!${t.cell}`)).size);
    expect(ours.every((cf) => cf.areas.length === 1)).toBe(true);
    expect(ours.filter((cf) => cf.formula.includes(':warning')).map((cf) => cf.areas[0])).toContainEqual({
      top: 99,
      left: 4,
      bottom: 101,
      right: 4,
    });
    const covered = new Set(
      ours.flatMap((cf) =>
        cf.areas.flatMap((a) => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => `${a.top + i},${a.left}`)),
      ),
    );
    for (const t of targets) {
      const m = /^([A-Z]+)(\d+)$/.exec(t.cell)!;
      expect(covered).toContain(`${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`);
    }
  });

  test('the number of round trips to mark does not grow with the number of problems', async () => {
    const few = await checked(unitWorkbook(50));
    const many = await checked(unitWorkbook(5_000));
    expect(many.targets.length).toBeGreaterThan(few.targets.length * 10);
    const a = await few.emu.run((ctx) => markCells(ctx as unknown as Ctx, few.targets, few.r.sheets));
    const b = await many.emu.run((ctx) => markCells(ctx as unknown as Ctx, many.targets, many.r.sheets));
    expect(b.syncs).toBe(a.syncs);
  });

  test('marks that Excel on the web cannot take at once are planned into batches, or halved when refused', async () => {
    const limit = 60_000;
    for (const payloadBudget of [50_000, undefined]) {
      const { emu, r, targets } = await checked(unitWorkbook(5_000), { payloadLimit: limit });
      const before = emu.syncs;
      const result = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets, { payloadBudget }));
      const ours = emu.sheet('Kế hoạch 2023')!.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG));
      expect(result.marked).toBe(new Set(targets.map((t) => t.cell)).size);
      expect(
        ours.reduce(
          (n, cf) => n + cf.areas.reduce((m, a) => m + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0),
          0,
        ),
      ).toBe(result.marked);
      expect(ours.every((cf) => cf.format['format.fill.color'])).toBe(true);
      if (payloadBudget) {
        expect(result.splits).toBe(0);
        expect(Math.max(...emu.requests.slice(before))).toBeLessThan(payloadBudget);
      } else expect(result.splits).toBeGreaterThan(0);
      expect(result.syncs).toBeGreaterThan(3);
    }
  });

  test('a protected sheet is left unmarked and named, not an error', async () => {
    const grid = unitWorkbook(100);
    const emu = emulate(grid);
    emu.sheet('Kế hoạch 2023')!.protected = true;
    const r = await read(emu);
    const a = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    const targets = a.issues
      .filter((i) => i.cell)
      .map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
    const res = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(res.skipped).toEqual(['Kế hoạch 2023']);
    expect(res.marked).toBe(0);
    expect(emu.sheet('Kế hoạch 2023')!.conditionalFormats).toEqual([]);
  });
});

test('clearing before any check lists the sheets first and leaves protected ones alone', async () => {
  const emu = emulate(unitWorkbook(20));
  const r = await read(emu);
  const a = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
  const targets = a.issues.filter((i) => i.cell).map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
  await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
  emu.sheet('Hướng dẫn')!.protected = true;
  const sheets = await emu.run((ctx) => listSheets(ctx as unknown as Ctx));
  expect(sheets.map((s) => [s.name, s.protected])).toEqual([
    ['Kế hoạch 2023', false],
    ['Hướng dẫn', true],
  ]);
  const placed = emu.sheet('Kế hoạch 2023')!.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG)).length;
  expect(placed).toBe(emu.sheet('Kế hoạch 2023')!.conditionalFormats.length);
  const cleared = await emu.run((ctx) => clearMarks(ctx as unknown as Ctx, sheets));
  expect(cleared.removed).toBe(placed);
  expect(emu.sheet('Kế hoạch 2023')!.conditionalFormats).toEqual([]);
});

describe('going to a cell', () => {
  test('activates the sheet and selects the cell in one batch', async () => {
    const emu = emulate(unitWorkbook(10));
    emu.activeSheet = 'Hướng dẫn';
    await emu.run((ctx) => selectCell(ctx as unknown as Ctx, 'Kế hoạch 2023', 'D9'));
    expect(emu.activeSheet).toBe('Kế hoạch 2023');
    expect(emu.selection).toEqual({ sheet: 'Kế hoạch 2023', address: 'D9' });
  });

  test('a hidden or vanished sheet gives an error the pane can explain', async () => {
    const emu = emulate(unitWorkbook(10));
    emu.sheet('Hướng dẫn')!.visibility = 'Hidden';
    await expect(emu.run((ctx) => selectCell(ctx as unknown as Ctx, 'Hướng dẫn', 'A1'))).rejects.toEqual(
      new AddinError('sheet-hidden', 'Hướng dẫn'),
    );
    await expect(emu.run((ctx) => selectCell(ctx as unknown as Ctx, 'Không có', 'A1'))).rejects.toEqual(
      new AddinError('sheet-missing', 'Không có'),
    );
  });
});

describe('requirement sets: the adapter asks no more of Excel than the pane checks for', () => {
  test('the emulation refuses, as Excel does, whatever the reference puts above its version', async () => {
    expect(api.sets['Range.getSpecialCellsOrNullObject']).toBe('1.9');
    expect(api.sets['Range.getMergedAreasOrNullObject']).toBe('1.13');
    expect(api.types['Range.format']).toBe('RangeFormat');
    const emu = emulate(unitWorkbook(5), { apiVersion: '1.8' });
    const attempt = (f: (ctx: Ctx) => unknown) =>
      emu.run(async (ctx) => {
        f(ctx as unknown as Ctx);
      });
    await expect(
      attempt((ctx) =>
        ctx.workbook.worksheets.getItem('Kế hoạch 2023').getRange('A1:B2').getSpecialCellsOrNullObject('Formulas'),
      ),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      attempt((ctx) => ctx.workbook.worksheets.getItem('Kế hoạch 2023').getRange('A1:B2').getMergedAreasOrNullObject()),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      attempt((ctx) => ctx.workbook.worksheets.getItem('Kế hoạch 2023').getRange('A1').load('values')),
    ).resolves.toBeUndefined();
    // A load path is checked member by member along its classes: Workbook.readOnly is ExcelApi 1.8.
    const v17 = emulate(unitWorkbook(5), { apiVersion: '1.7' });
    await expect(
      v17.run(async (ctx) => void (ctx as unknown as Ctx).workbook.load('name,readOnly')),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const deep = emulate(unitWorkbook(5), { apiVersion: '1.5' });
    await expect(
      deep.run(
        async (ctx) =>
          void (ctx as unknown as Ctx).workbook.worksheets.getItem('Kế hoạch 2023').getRange('A1').conditionalFormats,
      ),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    // Nested objects are checked along their classes: RangeFormat.columnWidth is 1.2.
    const old = emulate(unitWorkbook(5), { apiVersion: '1.1' });
    await expect(
      old.run(
        async (ctx) =>
          void ((ctx as unknown as Ctx).workbook.worksheets.getItem('Kế hoạch 2023').getRange('A1').format.columnWidth =
            30),
      ),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test(`every action of the pane runs on an Excel with only ExcelApi ${MIN_EXCEL_API}, merged cells left out as detected`, async () => {
    const emu = emulate(unitWorkbook(120), { apiVersion: MIN_EXCEL_API });
    const capabilities = detectCapabilities((name, version) => emu.isSetSupported(name, version));
    expect(capabilities).toEqual({ mergedAreas: false });
    const r = await read(emu, capabilities);
    expect(r.mergesRead).toBe(false);
    const a = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    const targets = a.issues
      .filter((i) => i.sheet && i.cell)
      .map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
    expect(targets.length).toBeGreaterThan(0);
    const run = <T>(f: (ctx: Ctx) => Promise<T>) => emu.run((ctx) => f(ctx as unknown as Ctx));
    expect((await run((ctx) => markCells(ctx, targets, r.sheets))).marked).toBe(
      new Set(targets.map((t) => `${t.sheet}!${t.cell}`)).size,
    );
    const placed = emu.sheet('Kế hoạch 2023')!.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG)).length;
    expect((await run((ctx) => clearMarks(ctx, r.sheets))).removed).toBe(placed);
    expect(emu.sheet('Kế hoạch 2023')!.conditionalFormats).toEqual([]);
    await run((ctx) => listSheets(ctx));
    await run((ctx) => selectCell(ctx, 'Kế hoạch 2023', targets[0].cell));
    await run((ctx) => writeSheet(ctx, buildRollupPlan(a)));
    await run((ctx) => writeSheet(ctx, buildRollupPlan(a)));
    await run((ctx) => writeHiddenText(ctx, MAPPING_SHEET, serializeMapping(emptyMapping())));
    await run((ctx) =>
      installLists(
        ctx,
        [{ sheet: 'Kế hoạch 2023', address: 'F5:F44' }],
        STATUS_CHOICES,
        { promptTitle: 'T', prompt: 'P', errorTitle: 'E', error: 'X' },
        r.sheets,
      ),
    );
    expect(emu.sheet(ROLLUP_SHEET)!.charts).toHaveLength(1);
    expect(emu.unflushed).toBe(0);
  });
});

describe('round trips, counted where they happen', () => {
  /** Run one action; what it says it synced must be what the emulated Excel saw, all flushed. */
  async function counted(emu: ExcelEmulation, action: (ctx: Ctx) => Promise<number>): Promise<number> {
    const before = emu.syncs;
    const unflushed = emu.unflushed;
    const said = await emu.run((ctx) => action(ctx as unknown as Ctx));
    expect(emu.unflushed).toBe(unflushed);
    expect(said).toBe(emu.syncs - before);
    return said;
  }

  test('every action of the pane reports the round trips Excel saw, and leaves nothing unsynced', async () => {
    const emu = emulate(unitWorkbook(200));
    const r = await read(emu);
    const a = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    const targets = a.issues
      .filter((i) => i.sheet && i.cell)
      .map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
    const plan = buildRollupPlan(a);
    const listText = { promptTitle: 'T', prompt: 'P', errorTitle: 'E', error: 'X' };
    const seen = {
      read: await counted(emu, async (ctx) => (await readWorkbook(ctx, { capabilities: caps })).syncs),
      markFirst: await counted(emu, async (ctx) => (await markCells(ctx, targets, r.sheets)).syncs),
      markAgain: await counted(emu, async (ctx) => (await markCells(ctx, targets, r.sheets)).syncs),
      clear: await counted(emu, async (ctx) => (await clearMarks(ctx, r.sheets)).syncs),
      listSheets: await counted(emu, async (ctx) => {
        const before = emu.syncs;
        await listSheets(ctx);
        return emu.syncs - before;
      }),
      select: await counted(emu, (ctx) => selectCell(ctx, 'Kế hoạch 2023', 'D8')),
      rollupNew: await counted(emu, async (ctx) => (await writeSheet(ctx, plan)).syncs),
      rollupRefresh: await counted(emu, async (ctx) => (await writeSheet(ctx, plan)).syncs),
      mappingNew: await counted(emu, (ctx) => writeHiddenText(ctx, MAPPING_SHEET, serializeMapping(emptyMapping()))),
      mappingAgain: await counted(emu, (ctx) => writeHiddenText(ctx, MAPPING_SHEET, serializeMapping(emptyMapping()))),
      lists: await counted(emu, (ctx) =>
        installLists(ctx, [{ sheet: 'Kế hoạch 2023', address: 'F5:F44' }], STATUS_CHOICES, listText, r.sheets),
      ),
    };
    expect(targets.length).toBeGreaterThan(10);
    expect(seen).toEqual({
      read: 4,
      markFirst: 2,
      markAgain: 3,
      clear: 3,
      listSheets: 2,
      select: 2,
      rollupNew: 2,
      rollupRefresh: 3,
      mappingNew: 2,
      mappingAgain: 2,
      lists: 1,
    });
  });
});

describe('the roll-up sheet', () => {
  test('is written once with a native chart, refreshed in place, and never read back as commitments', async () => {
    const emu = emulate(unitWorkbook(300));
    const r = await read(emu);
    const a = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    const plan = buildRollupPlan(a);
    const first = await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan));
    expect(first).toMatchObject({ syncs: 2, replaced: false });
    const sheet = emu.sheet(ROLLUP_SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'ColumnClustered', title: 'Đầu việc theo tình trạng' });
    expect(emu.activeSheet).toBe(ROLLUP_SHEET);
    // The status table holds the counts the core computed.
    const statusLabel = emu.valueAt(ROLLUP_SHEET, 'A5');
    expect(statusLabel).toBe('Tình trạng');
    expect(emu.valueAt(ROLLUP_SHEET, 'B6')).toBe(a.totals.byStatus.done_on_time);

    // Move it, leave a stray note on it, write again: refreshed in place (the same sheet, where the
    // clerk put it), one chart, nothing left over, and the clerk's Undo list kept: deleting a sheet
    // or setting its position or visibility cannot be undone and clears it.
    emu.sheets.splice(emu.sheets.indexOf(sheet), 1);
    emu.sheets.splice(1, 0, sheet);
    sheet.cells.set(200 * 16384 + 3, { value: 'ghi chú cũ' });
    emu.undoClears = [];
    const second = await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan));
    expect(second.replaced).toBe(true);
    expect(emu.undoClears).toEqual([]);
    expect(emu.sheet(ROLLUP_SHEET)).toBe(sheet);
    expect(emu.sheets.filter((s) => s.name === ROLLUP_SHEET)).toHaveLength(1);
    expect(emu.sheets[1].name).toBe(ROLLUP_SHEET);
    expect(emu.sheet(ROLLUP_SHEET)!.charts).toHaveLength(1);
    expect(emu.valueAt(ROLLUP_SHEET, 'D201')).toBeNull();
    expect(emu.valueAt(ROLLUP_SHEET, 'B6')).toBe(a.totals.byStatus.done_on_time);

    // Read back: the same commitments, nothing counted twice.
    const again = checkOpenWorkbook((await read(emu)).grid, { asOf, lang: 'vi' });
    expect(again.totals).toEqual(a.totals);
    // Even the core on its own (as the merge reads it) finds no commitments table in it.
    const rollupOnly = (await read(emu)).grid;
    rollupOnly.sheets = rollupOnly.sheets.filter((s) => s.name === ROLLUP_SHEET);
    expect(checkWorkbook(rollupOnly, { asOf }).commitments).toEqual([]);
  });

  test('a long overdue list is written in planned pieces where Excel on the web could not take it at once', async () => {
    const emu = emulate(unitWorkbook(5_000), { payloadLimit: 150_000 });
    const a = checkOpenWorkbook((await read(emu)).grid, { asOf: '2023-12-31', lang: 'vi' });
    const plan = buildRollupPlan(a);
    const overdue = plan.blocks[plan.blocks.length - 1];
    expect(overdue.values.length).toBeGreaterThan(1_000);
    const before = emu.syncs;
    const r = await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan, { payloadBudget: 120_000 }));
    expect(r.splits).toBe(0);
    expect(Math.max(...emu.requests.slice(before))).toBeLessThan(120_000);
    const last = overdue.row + overdue.values.length;
    expect(emu.valueAt(ROLLUP_SHEET, `A${last}`)).toBe(overdue.values[overdue.values.length - 1][0]);
    expect(emu.sheet(ROLLUP_SHEET)!.charts).toHaveLength(1);
  });

  test('the emulation re-reads typed text as Excel does: formulas, numbers, dates, unless the cell is text', () => {
    expect(asTyped('=Nguyễn Văn A')).toMatchObject({ formula: 'Nguyễn Văn A' });
    expect(asTyped('- Phòng Văn hóa')).toMatchObject({ formula: '- Phòng Văn hóa' });
    expect(asTyped('@phong.vh')).toMatchObject({ formula: '@phong.vh' });
    expect(asTyped('+Bổ sung')).toMatchObject({ formula: '+Bổ sung' });
    expect(asTyped('007')).toEqual({ value: 7 });
    expect(asTyped('-5')).toEqual({ value: -5 });
    expect(asTyped('75%')).toEqual({ value: 0.75, format: '0%' });
    expect(asTyped('30/6/2023')).toEqual({ value: 45107, format: 'dd/mm/yyyy' });
    expect(asTyped('6/2023')).toMatchObject({ format: 'dd/mm/yyyy' });
    expect(asTyped("'=giữ nguyên")).toEqual({ value: '=giữ nguyên' });
    expect(asTyped('Đang thực hiện')).toEqual({ value: 'Đang thực hiện' });
  });

  test('text that Excel would re-read (=, +, -, @, numbers, dates) is written as text, exactly as it was', async () => {
    const grid = unitWorkbook(30);
    const hostile = ['=Nguyễn Văn A', '- Phòng Văn hóa', '@phong.vh', '007', '30/6', '+Bổ sung kế hoạch'];
    hostile.forEach((text, i) => {
      grid.sheets[0].values[FIRST_DATA_ROW + i][2] = text;
      grid.sheets[0].values[FIRST_DATA_ROW + 10 + i][1] = text;
    });
    const emu = emulate(grid);
    const a = checkOpenWorkbook((await read(emu)).grid, { asOf: '2023-12-31', lang: 'vi' });
    await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, buildRollupPlan(a)));
    const cells = [...emu.sheet(ROLLUP_SHEET)!.cells.values()];
    expect(cells.filter((c) => c.formula || c.error)).toEqual([]);
    const texts = cells.map((c) => c.value).filter((v) => typeof v === 'string');
    for (const text of hostile) expect(texts).toContain(text);

    // Even in a column formatted for numbers, such text is put under "@" first.
    const plan = {
      name: 'Thử',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ['=SUM(A1)', 12],
            ['1/2', 3],
          ],
          columnFormats: ['0', '0'],
        },
      ],
      columnWidths: [],
      chart: null,
    };
    await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan));
    expect([emu.valueAt('Thử', 'A1'), emu.valueAt('Thử', 'A2'), emu.valueAt('Thử', 'B1')]).toEqual([
      '=SUM(A1)',
      '1/2',
      12,
    ]);
  });
});

describe('the saved column mapping', () => {
  test('goes into A1 of a very hidden sheet in the core’s format, and the next check honours it', async () => {
    const emu = emulate(unitWorkbook(30));
    const before = checkOpenWorkbook((await read(emu)).grid, { asOf, lang: 'vi' });
    expect(before.check.sheets[0].table?.fields.notes).toBeUndefined();
    const mapping = emptyMapping();
    mapping.sheets['Kế hoạch 2023'] = { headerRow: 4, headerRows: 1, columns: { C: 'notes' } };
    const syncs = await emu.run((ctx) =>
      writeHiddenText(ctx as unknown as Ctx, MAPPING_SHEET, serializeMapping(mapping)),
    );
    expect(syncs).toBe(2);
    const hidden = emu.sheet(MAPPING_SHEET)!;
    expect(hidden.visibility).toBe('VeryHidden');
    expect(savedMappingSchema.parse(JSON.parse(String(emu.valueAt(MAPPING_SHEET, 'A1'))))).toEqual(mapping);

    const r = await read(emu);
    expect(readSavedMapping(r.grid.sheets)).toEqual(mapping);
    const after = checkOpenWorkbook(r.grid, { asOf, lang: 'vi' });
    const table = after.check.sheets.find((s) => s.sheet === 'Kế hoạch 2023')!.table!;
    expect(table.fields.notes).toBe(2);
    expect(table.fields.owner).toBeUndefined();
    expect(table.columns.find((c) => c.col === 2)?.source).toBe('saved');
    // The owner now comes from the line above the table, as the core does without an owner column.
    expect(after.check.commitments[0].owner).toBe('Lê Thị B');

    // Saving again rewrites the same sheet, without touching its visibility (which would clear Undo).
    emu.undoClears = [];
    await emu.run((ctx) => writeHiddenText(ctx as unknown as Ctx, MAPPING_SHEET, serializeMapping(emptyMapping())));
    expect(emu.sheets.filter((s) => s.name === MAPPING_SHEET)).toHaveLength(1);
    expect(emu.undoClears).toEqual([]);
    expect(emu.sheet(MAPPING_SHEET)!.visibility).toBe('VeryHidden');
  });
});

describe('status drop-downs', () => {
  test('a list validation of the official words on the status column, one round trip', async () => {
    const emu = emulate(unitWorkbook(40));
    const r = await read(emu);
    const text = { promptTitle: 'Tình trạng', prompt: 'Chọn', errorTitle: 'Sai', error: 'Hãy chọn' };
    const syncs = await emu.run((ctx) =>
      installLists(
        ctx as unknown as Ctx,
        [{ sheet: 'Kế hoạch 2023', address: 'F5:F44' }],
        STATUS_CHOICES,
        text,
        r.sheets,
      ),
    );
    expect(syncs).toBe(1);
    const v = emu.sheet('Kế hoạch 2023')!.validations;
    expect(v).toHaveLength(1);
    expect(v[0].area).toEqual({ top: 4, left: 5, bottom: 43, right: 5 });
    expect(v[0].rule).toEqual({ list: { inCellDropDown: true, source: STATUS_CHOICES.join(',') } });
    expect(v[0].errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
  });

  test('a protected sheet is refused with its name', async () => {
    const emu = emulate(unitWorkbook(10));
    emu.sheet('Kế hoạch 2023')!.protected = true;
    const r = await read(emu);
    const text = { promptTitle: '', prompt: '', errorTitle: '', error: '' };
    await expect(
      emu.run((ctx) =>
        installLists(
          ctx as unknown as Ctx,
          [{ sheet: 'Kế hoạch 2023', address: 'F5:F14' }],
          STATUS_CHOICES,
          text,
          r.sheets,
        ),
      ),
    ).rejects.toEqual(new AddinError('sheet-protected', 'Kế hoạch 2023'));
  });
});
