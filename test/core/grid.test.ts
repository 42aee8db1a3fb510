import type { CellValue, SheetGrid } from '../../src/core/grid';
import {
  cellAddress,
  cellAt,
  columnCount,
  columnLetter,
  fontAt,
  formatAt,
  formulaAt,
  parseCellAddress,
  rowCount,
  sheetRef,
} from '../../src/core/grid';

// A sparse row (a hole at index 1, as a reader leaves it), a missing row, a long row.
const sparse: CellValue[] = ['STT'];
sparse[2] = 'Tiến độ';
const ragged: SheetGrid = {
  name: 'KH',
  values: [sparse, undefined as unknown as [], [1, 'Tu bổ', null, 50, 'ghi chú']],
  formats: [[], undefined as unknown as [], [null, null, null, '0%']],
  formulas: [[], undefined as unknown as [], [null, 'A1&""']],
  fonts: [['.VnTime']],
};

describe('reading a cell of a grid', () => {
  test('a hole, a missing row and a cell past the row read as empty', () => {
    expect(cellAt(ragged, 0, 0)).toBe('STT');
    expect(cellAt(ragged, 0, 1)).toBeNull();
    expect(cellAt(ragged, 1, 0)).toBeNull();
    expect(cellAt(ragged, 0, 7)).toBeNull();
    expect(cellAt(ragged, 9, 0)).toBeNull();
    expect(cellAt(ragged, 2, 3)).toBe(50);
  });

  test('a number format, a formula and a font where the file has one, else null', () => {
    expect(formatAt(ragged, 2, 3)).toBe('0%');
    expect(formatAt(ragged, 1, 3)).toBeNull();
    expect(formatAt(ragged, 2, 0)).toBeNull();
    expect(formulaAt(ragged, 2, 1)).toBe('A1&""');
    expect(formulaAt(ragged, 1, 1)).toBeNull();
    expect(formulaAt(ragged, 2, 0)).toBeNull();
    expect(fontAt(ragged, 0, 0)).toBe('.VnTime');
    expect(fontAt(ragged, 2, 0)).toBeNull();
    const plain: SheetGrid = { name: 'S', values: [[1]] };
    expect([formatAt(plain, 0, 0), formulaAt(plain, 0, 0), fontAt(plain, 0, 0)]).toEqual([null, null, null]);
  });

  test('the size of a grid: its rows, and its longest row', () => {
    expect(rowCount(ragged)).toBe(3);
    expect(columnCount(ragged)).toBe(5);
    expect(
      columnCount({
        name: 'S',
        values: [
          [1, 2],
          [1, 2],
        ],
      }),
    ).toBe(2);
    expect(columnCount({ name: 'S', values: [] })).toBe(0);
  });
});

describe('A1 addresses', () => {
  test('column letters run A–Z, then AA–ZZ, then AAA', () => {
    const cases: [number, string][] = [
      [0, 'A'],
      [1, 'B'],
      [25, 'Z'],
      [26, 'AA'],
      [27, 'AB'],
      [51, 'AZ'],
      [52, 'BA'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ];
    for (const [col, letters] of cases) expect([col, columnLetter(col)]).toEqual([col, letters]);
  });

  test('a cell address is its column letters and its 1-based row', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(16, 4)).toBe('E17');
    expect(cellAddress(1048575, 16383)).toBe('XFD1048576');
  });

  test('parsing an address: letters in any case, $ signs and spaces around allowed', () => {
    expect(parseCellAddress('E17')).toEqual({ row: 16, col: 4 });
    expect(parseCellAddress(' $e$17 ')).toEqual({ row: 16, col: 4 });
    expect(parseCellAddress('Z1')).toEqual({ row: 0, col: 25 });
    expect(parseCellAddress('AA10')).toEqual({ row: 9, col: 26 });
    expect(parseCellAddress('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
  });

  test("what is not one cell's address is null", () => {
    for (const text of ['', 'A', '17', 'AAAA1', 'A1B', '#A1', 'A0', 'A01x', 'A1:B2', 'E17 x', 'A12345678', 'Đ1'])
      expect([text, parseCellAddress(text)]).toEqual([text, null]);
  });

  test('every column and row reads back as written', () => {
    for (let col = 0; col < 1000; col += 7)
      for (const row of [0, 8, 99999]) expect(parseCellAddress(cellAddress(row, col))).toEqual({ row, col });
  });

  test('a sheet name is quoted for a reference, its quotes doubled', () => {
    expect(sheetRef('Đầu việc')).toBe("'Đầu việc'!");
    expect(sheetRef("Lan's")).toBe("'Lan''s'!");
  });
});
