import { SheetView } from '../../src/core/sheet-view';
import { mirroredSheet, sheetYear, yearOfTitle } from '../../src/core/sheet-kind';
import { detectTable } from '../../src/core/table';
import { sheet } from '../helpers/grid';

const header = ['STT', 'Nội dung công việc', 'Thời hạn', 'Tiến độ'];
const SHEETS = ['Năm 2024', "Lan's list", 'Tổng hợp', 'Khác'];

/** A table on sheet `name` whose titles (column B from row 2) are `titles`; `formulas` maps a 0-based data row to its formula. */
function mirrorOf(name: string, titles: (string | null)[], formulas: Record<number, string>) {
  const rows = [header, ...titles.map((t, i) => [i + 1, t, 'Quý II', 50])];
  const f: Record<string, string> = {};
  for (const [i, formula] of Object.entries(formulas)) f[`B${Number(i) + 2}`] = formula;
  const grid = sheet(name, rows, { formulas: f });
  const view = new SheetView(grid);
  const table = detectTable(view);
  if (!table) throw new Error('no table');
  return mirroredSheet(view, table, SHEETS);
}

describe('mirroredSheet', () => {
  test('titles that are all formulas reading one other sheet: a mirror of that sheet', () => {
    expect(
      mirrorOf('Tổng hợp', ['A', 'B', 'C'], { 0: "='Năm 2024'!B8", 1: "='Năm 2024'!B9", 2: "='Năm 2024'!B10" }),
    ).toBe('Năm 2024');
  });

  test("a quoted name with a doubled apostrophe, and names in another case, are the sheet's", () => {
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: "='Lan''s list'!B2", 1: "='LAN''S LIST'!B3" })).toBe("Lan's list");
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: '=khác!B2', 1: '=KHÁC!B3' })).toBe('Khác');
  });

  test('a formula reading its own sheet, or a sheet the workbook does not have, is no vote', () => {
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: "='Tổng hợp'!C2", 1: "='Tổng hợp'!C3" })).toBeNull();
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: "='Năm 2023'!B2", 1: "='Năm 2023'!B3" })).toBeNull();
    // A sheet the workbook does not have first, then the source: the source has the vote.
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: "=IF('Năm 2023'!A2,'Năm 2024'!B2)", 1: "='Năm 2024'!B3" })).toBe(
      'Năm 2024',
    );
    // Its own sheet first, then the source: the source has the vote.
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: "=IF('Tổng hợp'!A2,'Năm 2024'!B2)", 1: "='Năm 2024'!B3" })).toBe(
      'Năm 2024',
    );
  });

  test('a mirror needs more than half of the titles: one formula among typed titles is not one', () => {
    expect(mirrorOf('Tổng hợp', ['A', 'B', 'C'], { 0: "='Năm 2024'!B8" })).toBeNull();
    expect(mirrorOf('Tổng hợp', ['A', 'B', 'C', 'D'], { 0: "='Năm 2024'!B8", 1: "='Năm 2024'!B9" })).toBeNull();
    expect(mirrorOf('Tổng hợp', ['A', 'B', 'C'], { 0: "='Năm 2024'!B8", 1: "='Năm 2024'!B9" })).toBe('Năm 2024');
  });

  test('empty title cells are not titles; a formula with an empty result still is one', () => {
    expect(mirrorOf('Tổng hợp', ['A', null, null, null], { 0: "='Năm 2024'!B8" })).toBe('Năm 2024');
    expect(mirrorOf('Tổng hợp', [null, null, 'C'], { 0: "='Năm 2024'!B8", 1: "='Năm 2024'!B9" })).toBe('Năm 2024');
  });

  test('the sheet most formulas read wins', () => {
    expect(mirrorOf('Tổng hợp', ['A', 'B', 'C'], { 0: '=Khác!B2', 1: "='Năm 2024'!B3", 2: "='Năm 2024'!B4" })).toBe(
      'Năm 2024',
    );
    // The majority read first, then another sheet: still the majority.
    expect(mirrorOf('Tổng hợp', ['A', 'B', 'C'], { 0: "='Năm 2024'!B2", 1: "='Năm 2024'!B3", 2: '=Khác!B4' })).toBe(
      'Năm 2024',
    );
    // As many for each: neither has more than half.
    expect(mirrorOf('Tổng hợp', ['A', 'B'], { 0: '=Khác!B2', 1: "='Năm 2024'!B3" })).toBeNull();
  });

  test('a sheet without formulas mirrors nothing', () => {
    expect(mirrorOf('Tổng hợp', ['A', 'B'], {})).toBeNull();
  });
});

describe('sheetYear and yearOfTitle', () => {
  test('the name gives the year, else the title rows', () => {
    expect(sheetYear('Năm 2023', ['ĐẦU VIỆC NĂM 2024'])).toBe(2023);
    expect(sheetYear('DV2023', [])).toBe(2023);
    expect(sheetYear('DV 2023', [])).toBe(2023);
    expect(sheetYear('2023', [])).toBe(2023);
    expect(sheetYear('Sheet1', ['BẢNG ĐĂNG KÝ', 'ĐẦU VIỆC TRỌNG TÂM NĂM 2024'])).toBe(2024);
    expect(sheetYear('Sheet 20231', [])).toBeNull();
  });

  test('a title names its year after "năm"', () => {
    expect(yearOfTitle(['Kế hoạch 2024'])).toBeNull();
    expect(yearOfTitle(['Đầu việc năm 2024', 'năm 2025'])).toBe(2024);
  });
});
