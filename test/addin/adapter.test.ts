// The adapter against the emulated Excel: what it reads, in how many round trips, and what it
// writes back (marks, roll-up sheet, saved mapping, drop-downs), including the failure cases.
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import { readSavedMapping, savedMappingSchema, MAPPING_SHEET, emptyMapping, serializeMapping } from '../../src/core/saved-mapping';
import { STATUS_CHOICES } from '../../src/core/status';
import { analyse } from '../../src/addin/analyse';
import {
  AddinError,
  MARK_TAG,
  clearMarks,
  installLists,
  isSplittableError,
  listSheets,
  markCells,
  parseAreas,
  readWorkbook,
  selectCell,
  writeHiddenText,
  writeSheet,
} from '../../src/addin/excel-adapter';
import { ROLLUP_SHEET, buildRollupPlan } from '../../src/addin/rollup-sheet';
import { type EmuOptions, type ExcelEmulation, emulationFromGrid } from './emulation/excel-emulation';
import { FIRST_DATA_ROW, unitWorkbook } from './helpers';

const asOf = '2023-06-30';
const caps = { mergedAreas: true };
type Ctx = Excel.RequestContext;

async function read(emu: ExcelEmulation, capabilities = caps) {
  return emu.run((ctx) => readWorkbook(ctx as unknown as Ctx, { capabilities }));
}

function emulate(grid: WorkbookGrid, options: EmuOptions = {}): ExcelEmulation {
  return emulationFromGrid(grid, options);
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
    expect(r.sheets[0]).toMatchObject({ name: 'Kế hoạch 2023', protected: false, used: { row: 0, col: 0, rows: FIRST_DATA_ROW + 20_000, cols: 6 } });
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
    const addin = analyse(r.grid, { asOf, lang: 'vi' });
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

  test('an empty workbook reads as sheets without a used range', async () => {
    const r = await read(emulate({ file: 'trong.xlsx', sheets: [{ name: 'Sheet1', values: [] }] }));
    expect(r.sheets).toEqual([{ name: 'Sheet1', visibility: 'Visible', protected: false, used: null }]);
    expect(r.grid.sheets[0].values).toEqual([]);
  });

  test('merged-area addresses are parsed, sheet names with commas and quotes included', () => {
    expect(parseAreas("'Kế hoạch, 2023'!A1:F1, 'Kế hoạch, 2023'!B4:B5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
    expect(parseAreas('Sheet1!$C$3')).toEqual([{ top: 2, left: 2, bottom: 2, right: 2 }]);
  });

  test('only size and limit errors lead to a split', () => {
    expect(isSplittableError({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isSplittableError({ code: 'GeneralException' })).toBe(true);
    expect(isSplittableError({ code: 'AccessDenied' })).toBe(false);
    expect(isSplittableError({ code: 'InvalidArgument', message: 'bad' })).toBe(false);
  });
});

describe('marking', () => {
  async function checked(grid: WorkbookGrid, options: EmuOptions = {}) {
    const emu = emulate(grid, options);
    const r = await read(emu);
    const a = analyse(r.grid, { asOf, lang: 'vi' });
    const targets = a.issues.filter((i) => i.sheet && i.cell).map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
    return { emu, r, a, targets };
  }

  test('problem cells get a tagged conditional format; the clerk’s own rules and fills stay', async () => {
    const { emu, r, targets } = await checked(unitWorkbook(200));
    const sheet = emu.sheet('Kế hoạch 2023')!;
    sheet.conditionalFormats.push({ id: 999, type: 'Custom', formula: '=$F5="Đã hoàn thành"', priority: 0, areas: [{ top: 4, left: 5, bottom: 300, right: 5 }], format: { 'format.fill.color': '#C6EFCE' } });
    const before = new Map(sheet.cells);
    const result = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(result.marked).toBe(new Set(targets.map((t) => `${t.sheet}!${t.cell}`)).size);
    expect(result.syncs).toBe(3);
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG));
    expect(ours.length).toBeGreaterThan(0);
    const markedCells = ours.flatMap((cf) => cf.areas.map((a) => `${a.top},${a.left}`));
    for (const t of targets) {
      const m = /^([A-Z]+)(\d+)$/.exec(t.cell)!;
      expect(markedCells).toContain(`${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`);
    }
    expect(ours[0].format['format.fill.color']).toMatch(/^#/);
    // Values and number formats untouched; the clerk's own rule still there.
    expect(sheet.cells).toEqual(before);
    expect(sheet.conditionalFormats.find((cf) => cf.id === 999)).toBeDefined();

    // Marking again replaces the marks instead of piling them up.
    const again = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(again.removed).toBe(ours.length);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG)).length).toBe(ours.length);

    const cleared = await emu.run((ctx) => clearMarks(ctx as unknown as Ctx, r.sheets));
    expect(cleared.removed).toBe(ours.length);
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual([999]);
    expect(sheet.cells).toEqual(before);
  });

  test('the number of round trips to mark does not grow with the number of problems', async () => {
    const few = await checked(unitWorkbook(50));
    const many = await checked(unitWorkbook(5_000));
    expect(many.targets.length).toBeGreaterThan(few.targets.length * 10);
    const a = await few.emu.run((ctx) => markCells(ctx as unknown as Ctx, few.targets, few.r.sheets));
    const b = await many.emu.run((ctx) => markCells(ctx as unknown as Ctx, many.targets, many.r.sheets));
    expect(b.syncs).toBe(a.syncs);
  });

  test('a protected sheet is left unmarked and named, not an error', async () => {
    const grid = unitWorkbook(100);
    const emu = emulate(grid);
    emu.sheet('Kế hoạch 2023')!.protected = true;
    const r = await read(emu);
    const a = analyse(r.grid, { asOf, lang: 'vi' });
    const targets = a.issues.filter((i) => i.cell).map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
    const res = await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
    expect(res.skipped).toEqual(['Kế hoạch 2023']);
    expect(res.marked).toBe(0);
    expect(emu.sheet('Kế hoạch 2023')!.conditionalFormats).toEqual([]);
  });
});

test('clearing before any check lists the sheets first and leaves protected ones alone', async () => {
  const emu = emulate(unitWorkbook(20));
  const r = await read(emu);
  const a = analyse(r.grid, { asOf, lang: 'vi' });
  const targets = a.issues.filter((i) => i.cell).map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
  await emu.run((ctx) => markCells(ctx as unknown as Ctx, targets, r.sheets));
  emu.sheet('Hướng dẫn')!.protected = true;
  const sheets = await emu.run((ctx) => listSheets(ctx as unknown as Ctx));
  expect(sheets.map((s) => [s.name, s.protected])).toEqual([
    ['Kế hoạch 2023', false],
    ['Hướng dẫn', true],
  ]);
  const cleared = await emu.run((ctx) => clearMarks(ctx as unknown as Ctx, sheets));
  expect(cleared.removed).toBeGreaterThan(0);
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
    await expect(emu.run((ctx) => selectCell(ctx as unknown as Ctx, 'Hướng dẫn', 'A1'))).rejects.toEqual(new AddinError('sheet-hidden', 'Hướng dẫn'));
    await expect(emu.run((ctx) => selectCell(ctx as unknown as Ctx, 'Không có', 'A1'))).rejects.toEqual(new AddinError('sheet-missing', 'Không có'));
  });
});

describe('the roll-up sheet', () => {
  test('is written once with a native chart, refreshed in place, and never read back as commitments', async () => {
    const emu = emulate(unitWorkbook(300));
    const r = await read(emu);
    const a = analyse(r.grid, { asOf, lang: 'vi' });
    const plan = buildRollupPlan(a);
    const first = await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan));
    expect(first).toEqual({ syncs: 2, replaced: false });
    const sheet = emu.sheet(ROLLUP_SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'ColumnClustered', title: 'Đầu việc theo tình trạng' });
    expect(emu.activeSheet).toBe(ROLLUP_SHEET);
    // The status table holds the counts the core computed.
    const statusLabel = emu.valueAt(ROLLUP_SHEET, 'A5');
    expect(statusLabel).toBe('Tình trạng');
    expect(emu.valueAt(ROLLUP_SHEET, 'B6')).toBe(a.totals.byStatus.done_on_time);

    // Move it, write again: still one sheet, one chart, same place.
    emu.sheets.splice(emu.sheets.indexOf(sheet), 1);
    emu.sheets.splice(1, 0, sheet);
    const second = await emu.run((ctx) => writeSheet(ctx as unknown as Ctx, plan));
    expect(second.replaced).toBe(true);
    expect(emu.sheets.filter((s) => s.name === ROLLUP_SHEET)).toHaveLength(1);
    expect(emu.sheets[1].name).toBe(ROLLUP_SHEET);
    expect(emu.sheet(ROLLUP_SHEET)!.charts).toHaveLength(1);

    // Read back: the same commitments, nothing counted twice.
    const again = analyse((await read(emu)).grid, { asOf, lang: 'vi' });
    expect(again.totals).toEqual(a.totals);
    // Even the core on its own (as the merge reads it) finds no commitments table in it.
    const rollupOnly = (await read(emu)).grid;
    rollupOnly.sheets = rollupOnly.sheets.filter((s) => s.name === ROLLUP_SHEET);
    expect(checkWorkbook(rollupOnly, { asOf }).commitments).toEqual([]);
  });

  test('text that starts with "=" is written as text, not as a formula', async () => {
    const grid = unitWorkbook(5);
    grid.sheets[0].values[FIRST_DATA_ROW][2] = '=Nguyễn Văn A';
    const emu = emulate(grid);
    const a = analyse((await read(emu)).grid, { asOf, lang: 'vi' });
    // The emulation refuses a formula written into a cell that is not text-formatted.
    await expect(emu.run((ctx) => writeSheet(ctx as unknown as Ctx, buildRollupPlan(a)))).resolves.toMatchObject({ syncs: 2 });
  });
});

describe('the saved column mapping', () => {
  test('goes into A1 of a very hidden sheet in the core’s format, and the next check honours it', async () => {
    const emu = emulate(unitWorkbook(30));
    const before = analyse((await read(emu)).grid, { asOf, lang: 'vi' });
    expect(before.check.sheets[0].table?.fields.notes).toBeUndefined();
    const mapping = emptyMapping();
    mapping.sheets['Kế hoạch 2023'] = { headerRow: 4, headerRows: 1, columns: { C: 'notes' } };
    const syncs = await emu.run((ctx) => writeHiddenText(ctx as unknown as Ctx, MAPPING_SHEET, serializeMapping(mapping)));
    expect(syncs).toBe(2);
    const hidden = emu.sheet(MAPPING_SHEET)!;
    expect(hidden.visibility).toBe('VeryHidden');
    expect(savedMappingSchema.parse(JSON.parse(String(emu.valueAt(MAPPING_SHEET, 'A1'))))).toEqual(mapping);

    const r = await read(emu);
    expect(readSavedMapping(r.grid.sheets)).toEqual(mapping);
    const after = analyse(r.grid, { asOf, lang: 'vi' });
    const table = after.check.sheets.find((s) => s.sheet === 'Kế hoạch 2023')!.table!;
    expect(table.fields.notes).toBe(2);
    expect(table.fields.owner).toBeUndefined();
    expect(table.columns.find((c) => c.col === 2)?.source).toBe('saved');
    // The owner now comes from the line above the table, as the core does without an owner column.
    expect(after.check.commitments[0].owner).toBe('Lê Thị B');

    // Saving again rewrites the same sheet.
    await emu.run((ctx) => writeHiddenText(ctx as unknown as Ctx, MAPPING_SHEET, serializeMapping(emptyMapping())));
    expect(emu.sheets.filter((s) => s.name === MAPPING_SHEET)).toHaveLength(1);
  });
});

describe('status drop-downs', () => {
  test('a list validation of the official words on the status column, one round trip', async () => {
    const emu = emulate(unitWorkbook(40));
    const r = await read(emu);
    const text = { promptTitle: 'Tình trạng', prompt: 'Chọn', errorTitle: 'Sai', error: 'Hãy chọn' };
    const syncs = await emu.run((ctx) => installLists(ctx as unknown as Ctx, [{ sheet: 'Kế hoạch 2023', address: 'F5:F44' }], STATUS_CHOICES, text, r.sheets));
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
    await expect(emu.run((ctx) => installLists(ctx as unknown as Ctx, [{ sheet: 'Kế hoạch 2023', address: 'F5:F14' }], STATUS_CHOICES, text, r.sheets))).rejects.toEqual(
      new AddinError('sheet-protected', 'Kế hoạch 2023'),
    );
  });
});
