// The sheet as a person sees it (src/core/sheet-view.ts): a merged area shows its top-left value in
// every cell it covers, legacy TCVN3/VNI text reads as Unicode, formulas and hidden rows.
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { SheetView } from '../../src/core/sheet-view';
import { sheet } from '../helpers/grid';

// A small plan: a title merged over B1:D1, a number merged down A3:A4, a deadline merged over C3:D4.
const ROWS: CellValue[][] = [
  [null, 'DANH MỤC ĐẦU VIỆC NĂM 2024', null, null],
  ['STT', 'Nội dung đầu việc', 'Thời hạn', null],
  [1, 'Tổ chức Lễ hội Dừa', 'Quý III', null],
  [null, 'Kiểm kê di tích', null, null],
  [2, 'Sửa chữa nhà văn hóa', 45565, 'ghi chú'],
];
const MERGES = ['B1:D1', 'A3:A4', 'C3:D4'];

function plan(opts: Parameters<typeof sheet>[2] = {}): SheetView {
  return new SheetView(sheet('Kế hoạch 2024', ROWS, { merges: MERGES, ...opts }));
}

describe('the size and name of the sheet', () => {
  test("rows and columns are those of the longest row; the name is the sheet's", () => {
    const view = new SheetView(sheet('Quý II', [['STT'], ['1', 'Tổ chức hội thi', 'Quý II'], []]));
    expect(view.name).toBe('Quý II');
    expect(view.rows).toBe(3);
    expect(view.cols).toBe(3);
  });

  test('a grid with no merges, formats, formulas, fonts or hidden rows at all reads as written', () => {
    const grid: SheetGrid = {
      name: 'Trống',
      values: [
        ['STT', 'Nội dung'],
        [1, 'Tổ chức hội thi'],
      ],
    };
    const view = new SheetView(grid);
    expect(view.value(1, 1)).toBe('Tổ chức hội thi');
    expect(view.isCovered(1, 1)).toBe(false);
    expect(view.format(1, 0)).toBeNull();
    expect(view.hasFormulas).toBe(false);
    expect(view.formula(1, 0)).toBeNull();
    expect(view.isHiddenRow(0)).toBe(false);
    expect(view.legacy).toBeNull();
  });
});

describe('merged areas', () => {
  test('every cell of a merge shows the top-left value; the top-left itself is not covered', () => {
    const view = plan();
    expect(view.value(0, 1)).toBe('DANH MỤC ĐẦU VIỆC NĂM 2024');
    expect(view.value(0, 2)).toBe('DANH MỤC ĐẦU VIỆC NĂM 2024');
    expect(view.value(0, 3)).toBe('DANH MỤC ĐẦU VIỆC NĂM 2024');
    expect(view.isCovered(0, 1)).toBe(false);
    expect(view.isCovered(0, 2)).toBe(true);
    expect(view.isCovered(0, 3)).toBe(true);
    // Down a column: the number 1 shows in A4 too.
    expect(view.value(3, 0)).toBe(1);
    expect(view.isCovered(2, 0)).toBe(false);
    expect(view.isCovered(3, 0)).toBe(true);
    // A block of two by two: the last row and the last column are covered, the top row and left column too.
    for (const [r, c] of [
      [2, 3],
      [3, 2],
      [3, 3],
    ]) {
      expect(view.value(r, c)).toBe('Quý III');
      expect(view.isCovered(r, c)).toBe(true);
    }
  });

  test('cells next to a merge are not part of it', () => {
    const view = plan();
    expect(view.value(0, 0)).toBeNull();
    expect(view.isCovered(0, 0)).toBe(false);
    expect(view.value(4, 0)).toBe(2);
    expect(view.isCovered(4, 0)).toBe(false);
    expect(view.value(4, 2)).toBe(45565);
    expect(view.isCovered(4, 2)).toBe(false);
    expect(view.isCovered(1, 1)).toBe(false);
    expect(view.isCovered(3, 1)).toBe(false);
    expect(view.value(3, 1)).toBe('Kiểm kê di tích');
  });

  test('origin: where the shown value lives', () => {
    const view = plan();
    expect(view.origin(0, 3)).toEqual({ row: 0, col: 1 });
    expect(view.origin(3, 0)).toEqual({ row: 2, col: 0 });
    expect(view.origin(3, 3)).toEqual({ row: 2, col: 2 });
    expect(view.origin(2, 2)).toEqual({ row: 2, col: 2 });
    expect(view.origin(4, 3)).toEqual({ row: 4, col: 3 });
  });

  test("own: the cell's own value, a covered cell holding none", () => {
    const view = plan();
    expect(view.own(3, 3)).toBeNull();
    expect(view.own(2, 2)).toBe('Quý III');
    expect(view.ownText(0, 2)).toBe('');
    expect(view.text(0, 2)).toBe('DANH MỤC ĐẦU VIỆC NĂM 2024');
    // Beyond the values: nothing.
    expect(view.own(20, 20)).toBeNull();
    expect(view.value(20, 20)).toBeNull();
  });

  test('width and height of a merged area from its top-left; 1 elsewhere', () => {
    const view = plan();
    expect(view.mergeWidth(0, 1)).toBe(3);
    expect(view.mergeHeight(0, 1)).toBe(1);
    expect(view.mergeWidth(2, 0)).toBe(1);
    expect(view.mergeHeight(2, 0)).toBe(2);
    expect(view.mergeWidth(2, 2)).toBe(2);
    expect(view.mergeHeight(2, 2)).toBe(2);
    expect(view.mergeWidth(4, 1)).toBe(1);
    expect(view.mergeHeight(4, 1)).toBe(1);
    // A covered cell starts no area of its own.
    expect(view.mergeWidth(0, 2)).toBe(1);
    expect(view.mergeHeight(3, 2)).toBe(1);
  });

  test('a merge running past the last used row or column is clipped to the grid', () => {
    // Excel lets a whole-column merge reach row 1000 on a sheet of three rows.
    const view = new SheetView(
      sheet(
        'Kế hoạch',
        [
          ['Ghi chú', null],
          [null, 'a'],
          [null, 'b'],
        ],
        { merges: ['A1:A1000', 'B1:Z1'] },
      ),
    );
    expect(view.mergeHeight(0, 0)).toBe(3);
    expect(view.mergeWidth(0, 0)).toBe(1);
    expect(view.value(2, 0)).toBe('Ghi chú');
    expect(view.isCovered(2, 0)).toBe(true);
    expect(view.isCovered(3, 0)).toBe(false);
    expect(view.isCovered(500, 0)).toBe(false);
    expect(view.mergeWidth(0, 1)).toBe(1);
    expect(view.isCovered(0, 2)).toBe(false);
  });

  test("a number format is the top-left cell's", () => {
    const view = plan({ formats: { C3: 'dd/mm/yyyy', C5: 'dd/mm/yyyy', B2: '@' } });
    expect(view.format(3, 3)).toBe('dd/mm/yyyy');
    expect(view.format(2, 2)).toBe('dd/mm/yyyy');
    expect(view.format(4, 2)).toBe('dd/mm/yyyy');
    expect(view.format(1, 1)).toBe('@');
    expect(view.format(4, 3)).toBeNull();
  });
});

describe('formulas', () => {
  test('a sheet with a formula has formulas; the formula shows in the cells of its merge', () => {
    const view = plan({ formulas: { C3: "='Tổng hợp'!C8", A5: '=A3+1' } });
    expect(view.hasFormulas).toBe(true);
    expect(view.formula(2, 2)).toBe("'Tổng hợp'!C8");
    expect(view.formula(3, 3)).toBe("'Tổng hợp'!C8");
    expect(view.formula(4, 0)).toBe('A3+1');
    expect(view.formula(4, 1)).toBeNull();
  });

  test('a sheet whose formulas are all empty has none', () => {
    expect(plan({ formulas: {} }).hasFormulas).toBe(false);
    expect(plan().hasFormulas).toBe(false);
  });

  test('a formula with no saved result is uncalculated; one with a result, or an empty cell, is not', () => {
    const view = plan({ formulas: { B4: '=B3', A5: '=A3+1' } });
    expect(view.isUncalculated(3, 1)).toBe(false); // B4 holds its result
    expect(view.isUncalculated(4, 0)).toBe(false); // A5 holds 2
    const empty = new SheetView(
      sheet(
        'Tổng hợp',
        [
          ['STT', 'Nội dung'],
          [1, null],
        ],
        { formulas: { B2: "='Năm 2024'!B2" } },
      ),
    );
    expect(empty.isUncalculated(1, 1)).toBe(true);
    expect(empty.text(1, 1)).toBe('');
    // An empty cell without a formula is just empty.
    expect(empty.isUncalculated(0, 2)).toBe(false);
    expect(empty.isUncalculated(1, 0)).toBe(false);
  });
});

describe('hidden rows', () => {
  test('only the rows listed as hidden are hidden', () => {
    const grid = { ...sheet('Kế hoạch', ROWS), hiddenRows: [1, 3] };
    const view = new SheetView(grid);
    expect([0, 1, 2, 3, 4].map((r) => view.isHiddenRow(r))).toEqual([false, true, false, true, false]);
    expect(new SheetView(sheet('Kế hoạch', ROWS)).isHiddenRow(1)).toBe(false);
  });
});

describe('legacy TCVN3 / VNI text reads as Unicode', () => {
  test('text in a .VnTime font is decoded, the first such cell and the count reported', () => {
    const rows: CellValue[][] = [
      ['STT', 'Néi dung'],
      [1, 'Ghi chó'],
      [2, 'Céng hoµ x· héi'],
    ];
    const view = new SheetView(sheet('Kế hoạch', rows, { fonts: { B1: '.VnTime', B2: '.VnTime', B3: '.VnTime' } }));
    expect(view.value(0, 1)).toBe('Nội dung');
    expect(view.text(1, 1)).toBe('Ghi chú');
    expect(view.own(2, 1)).toBe('Cộng hoà xã hội');
    expect(view.ownText(2, 1)).toBe('Cộng hoà xã hội');
    // The cells around keep their values.
    expect(view.value(1, 0)).toBe(1);
    expect(view.value(0, 0)).toBe('STT');
    expect(view.value(2, 0)).toBe(2);
    expect(view.legacy).toEqual({ encoding: 'tcvn3', firstCell: 'B1', cells: 3 });
  });

  test('text with no font is decoded when its letters are clearly legacy', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung'],
      [1, 'Coäng hoøa xaõ hoäi'],
      [2, 'Coäng hoøa xaõ hoäi'],
    ];
    const view = new SheetView(sheet('Kế hoạch', rows));
    expect(view.value(1, 1)).toBe('Cộng hòa xã hội');
    expect(view.value(2, 1)).toBe('Cộng hòa xã hội');
    expect(view.value(0, 1)).toBe('Nội dung');
    expect(view.legacy).toEqual({ encoding: 'vni', firstCell: 'B2', cells: 2 });
  });

  test('the font decides: the same letters in .VnTime are TCVN3, in Arial Unicode', () => {
    // "Ghi chó" is good Unicode Vietnamese as well as TCVN3 for "Ghi chú".
    const rows: CellValue[][] = [
      ['Ghi chó', 'Ghi chó'],
      ['Ghi chó', 'Ghi chó'],
    ];
    const view = new SheetView(
      sheet('Kế hoạch', rows, { fonts: { A1: '.VnTime', B1: 'Arial', A2: 'Arial', B2: '.VnTime' } }),
    );
    expect([view.text(0, 0), view.text(0, 1), view.text(1, 0), view.text(1, 1)]).toEqual([
      'Ghi chú',
      'Ghi chó',
      'Ghi chó',
      'Ghi chú',
    ]);
    expect(view.legacy).toEqual({ encoding: 'tcvn3', firstCell: 'A1', cells: 2 });
  });

  test('each text in a legacy font is judged for itself: Unicode typed in a .VnTime cell stays as it is', () => {
    const rows: CellValue[][] = [['Ghi chó'], ['Cộng hòa'], ['Ghi chó']];
    const view = new SheetView(sheet('Kế hoạch', rows, { fonts: { A1: '.VnTime', A2: '.VnTime', A3: '.VnTime' } }));
    expect(view.text(0, 0)).toBe('Ghi chú');
    expect(view.text(1, 0)).toBe('Cộng hòa');
    expect(view.text(2, 0)).toBe('Ghi chú');
    expect(view.legacy).toEqual({ encoding: 'tcvn3', firstCell: 'A1', cells: 2 });
  });

  test('a capitals font (.VnTimeH) decodes to capitals', () => {
    const view = new SheetView(sheet('Kế hoạch', [['CéNG HOµ X· HéI']], { fonts: { A1: '.VnTimeH' } }));
    expect(view.text(0, 0)).toBe('CỘNG HOÀ XÃ HỘI');
  });

  test('a legacy value shows in every cell of its merge', () => {
    const view = new SheetView(
      sheet('Kế hoạch', [[null, 'Ghi chó', null]], { merges: ['B1:C1'], fonts: { B1: '.VnTime' } }),
    );
    expect(view.value(0, 2)).toBe('Ghi chú');
    expect(view.own(0, 2)).toBeNull();
    expect(view.legacy).toEqual({ encoding: 'tcvn3', firstCell: 'B1', cells: 1 });
  });

  test('a sheet of Unicode text, numbers and empty cells has no legacy text', () => {
    const rows: CellValue[][] = [['STT', 'Nội dung', ''], [1, 'Ghi chú', true], []];
    const view = new SheetView(sheet('Kế hoạch', rows, { fonts: { B2: 'Times New Roman', A2: '.VnTime' } }));
    expect(view.legacy).toBeNull();
    expect(view.value(1, 1)).toBe('Ghi chú');
    expect(view.value(1, 0)).toBe(1);
    expect(view.value(0, 2)).toBe('');
  });

  test('missing rows are skipped: the legacy text below them is still found', () => {
    const values: CellValue[][] = [];
    values[0] = ['STT', 'Nội dung'];
    values[3] = [1, 'Coäng hoøa xaõ hoäi'];
    const view = new SheetView({ name: 'Kế hoạch', values });
    expect(view.rows).toBe(4);
    expect(view.value(1, 1)).toBeNull();
    expect(view.value(3, 1)).toBe('Cộng hòa xã hội');
    expect(view.legacy).toEqual({ encoding: 'vni', firstCell: 'B4', cells: 1 });
  });
});
