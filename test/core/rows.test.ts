// Reading the rows under the header (src/core/rows.ts): commitments, section rows that set the field,
// footers (totals, averages, notes), blanks, the signature block that ends the table, and numbered
// group headings over their items.
import type { CellValue } from '../../src/core/grid';
import { classifyRow, isGroupHeading, sectionName, summarisesAbove } from '../../src/core/rows';
import { SheetView } from '../../src/core/sheet-view';
import { detectTable } from '../../src/core/table';
import { sheet } from '../helpers/grid';

const TITLE: CellValue[][] = [['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2024'], []];
const HEADER: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Người chịu trách nhiệm',
  'Thời hạn',
  'Tiến độ (%)',
  'Tình trạng',
];
const NO_NUMBER: CellValue[] = HEADER.slice(1);
const ROW: CellValue[] = [1, 'Tổ chức Lễ hội Dừa', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'];

type Options = Parameters<typeof sheet>[2];

/** The sheet's view and table, and the kind of its row `row` (0-based). */
function read(rows: CellValue[][], opts: Options = {}) {
  const view = new SheetView(sheet('Kế hoạch 2024', rows, opts));
  const table = detectTable(view)!;
  return {
    view,
    table,
    kind: (row: number) => classifyRow(view, table, row),
    heading: (row: number) => isGroupHeading(view, table, row),
  };
}

/** The kind of the one row `line` written under the header (with a first commitment above it). */
function kindOf(
  line: CellValue[],
  opts: { header?: CellValue[]; merges?: string[]; formulas?: Record<string, string> } = {},
) {
  const header = opts.header ?? HEADER;
  const first = header === HEADER ? ROW : ROW.slice(1);
  const rows = [...TITLE, header, first, line];
  return read(rows, { merges: opts.merges, formulas: opts.formulas }).kind(rows.length - 1);
}

describe('commitments', () => {
  test.each([['1'], [12], ['1.2'], ['3a'], ['7.'], ['1.2.3'], ['1000']])(
    'a number %s in the number column makes a commitment, whatever the title says',
    (n) => {
      // Even a title that reads like a total or a section.
      expect(kindOf([n, 'Tổng số lượt khách', null, null, null, null])).toEqual({ kind: 'commitment' });
      expect(kindOf([n, 'LĨNH VỰC DU LỊCH', null, null, null, null])).toEqual({ kind: 'commitment' });
    },
  );

  test.each([['12345'], ['1.2345'], ['1ab'], ['(1)'], ['I'], ['A']])('%s is no commitment number', (n) => {
    expect(kindOf([n, 'Tổng cộng', null, null, null, null])).toEqual({ kind: 'total' });
  });

  test("a number merged down from the row above is not this row's number", () => {
    // The number 2 merged over two rows; the second row's title is a total.
    const rows: CellValue[][] = [
      ...TITLE,
      HEADER,
      ROW,
      [2, 'Kiểm kê di tích', 'Lê Văn C', '30/9/2024', 50, null],
      [null, 'Tổng cộng', null, null, null, null],
    ];
    const { kind } = read(rows, { merges: ['A6:A7'] });
    expect(kind(5)).toEqual({ kind: 'commitment' });
    expect(kind(6)).toEqual({ kind: 'total' });
  });

  test('a row of data with no number is a commitment', () => {
    expect(kindOf([null, 'Kiểm kê di tích', 'Lê Văn C', '30/9/2024', 50, null])).toEqual({ kind: 'commitment' });
    expect(kindOf([null, null, 'Lê Văn C', '30/9/2024', null, null])).toEqual({ kind: 'commitment' });
  });
});

describe('blank rows', () => {
  test("a row with nothing in the table's columns is blank, whatever lies outside them", () => {
    expect(kindOf([])).toEqual({ kind: 'blank' });
    expect(kindOf([null, '', '  ', null, null, null, 'ghi chú ngoài bảng'])).toEqual({ kind: 'blank' });
  });

  test("values merged down from the row above are not the row's own: it is blank", () => {
    const rows: CellValue[][] = [...TITLE, HEADER, ROW, []];
    const { kind } = read(rows, { merges: ['B5:B6', 'C5:C6'] });
    expect(kind(5)).toEqual({ kind: 'blank' });
  });

  test('a merged area counts once in the row', () => {
    // "Tổng" merged over B:C is one label: the row is a total, and its only cell a wide one.
    expect(kindOf([null, 'Tổng', null, null, 90, null], { merges: ['B6:C6'] })).toEqual({ kind: 'total' });
    expect(kindOf([null, 'Văn hóa', null, null, null, null], { merges: ['B6:F6'] })).toEqual({
      kind: 'section',
      field: 'Văn hóa',
    });
  });
});

describe('the signature block ends the table', () => {
  test.each([
    ['NGƯỜI LẬP BIỂU'],
    ['Người lập'],
    ['THỦ TRƯỞNG ĐƠN VỊ'],
    ['(Ký, ghi rõ họ tên)'],
    ['(Ký tên, đóng dấu)'],
    ['Nơi nhận:'],
    ['Bến Tre, ngày 31 tháng 5 năm 2024'],
    ['Bến Tre, ngày    tháng    năm 2024'],
    ['Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2024'],
  ])('%s', (words) => {
    expect(kindOf([null, words, null, null, null, null])).toEqual({ kind: 'end' });
    // In any column of the table, next to other cells.
    expect(kindOf([null, 'Phạm Thị D', null, words, null, null])).toEqual({ kind: 'end' });
  });

  test('a signing title in capitals on a row of its own, or with others: GIÁM ĐỐC, KT. GIÁM ĐỐC', () => {
    expect(kindOf([null, 'GIÁM ĐỐC', null, null, null, null])).toEqual({ kind: 'end' });
    expect(kindOf([null, 'KT. GIÁM ĐỐC', null, 'TRƯỞNG PHÒNG', null, null])).toEqual({ kind: 'end' });
  });

  test('the same title not in capitals, or beside a name, is data (an owner, a role)', () => {
    expect(kindOf([null, 'Giám đốc', null, null, null, null])).not.toEqual({ kind: 'end' });
    expect(kindOf([null, 'Tổ chức Lễ hội Dừa', 'GIÁM ĐỐC', '30/9/2024', null, null])).toEqual({ kind: 'commitment' });
  });

  test('a long title that holds a signature word is a commitment', () => {
    const title = 'Người lập biểu thống kê số liệu của các đơn vị trực thuộc Sở định kỳ hằng quý';
    expect(title.length).toBeGreaterThan(60);
    expect(kindOf([null, title, 'Lê Văn C', '30/9/2024', null, null])).toEqual({ kind: 'commitment' });
  });

  test('a signature line is 60 characters at most', () => {
    const line = 'Ủy ban nhân dân thành phố Bến Tre, ngày 31 tháng 12 năm 2024';
    expect(line).toHaveLength(60);
    expect(kindOf([null, line, null, null, null, null])).toEqual({ kind: 'end' });
    expect(kindOf([null, `${line}.`, null, null, null, null])).toEqual({ kind: 'commitment' });
  });

  test('a date line with a place and a date only: a sentence with "ngày … tháng … năm" in it is no signature', () => {
    expect(kindOf([null, 'Bến Tre, ngày 31 tháng 5 năm 2024 tổ chức họp', 'Lê Văn C', null, null, null])).toEqual({
      kind: 'commitment',
    });
    expect(kindOf([null, 'Bến Tre, ngày 31 tháng 5', 'Lê Văn C', null, null, null])).toEqual({ kind: 'commitment' });
  });
});

describe('totals and averages', () => {
  test.each([
    ['Tổng cộng'],
    ['TỔNG CỘNG:'],
    ['Cộng'],
    ['Tổng'],
    ['Tổng số'],
    ['Cộng tổng'],
    ['Trung bình'],
    ['Bình quân'],
    ['Trung bình cộng'],
    ['Tổng cộng các đầu việc'],
    ['Tổng số: 9 đầu việc'],
    ['Tổng số 12 nhiệm vụ'],
    ['Tổng số nhiệm vụ 12'],
    ['Tổng số: 5'],
    ['Tiến độ bình quân'],
    ['Tỷ lệ hoàn thành trung bình'],
    ['Tỷ lệ thực hiện bình quân chung'],
    ['Mức độ hoàn thành trung bình'],
  ])('%s in the title column', (label) => {
    expect(kindOf([null, label, null, null, 80, null])).toEqual({ kind: 'total' });
  });

  test('the label in the number column, or in the first cell of the row', () => {
    expect(kindOf(['Cộng', null, null, null, 80, null])).toEqual({ kind: 'total' });
    // No number column: the first cell shown, in the owner's column.
    expect(
      kindOf(['Lê Văn C', 'Tổng cộng', null, 80, null], {
        header: ['Nội dung đầu việc', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'],
      }),
    ).toEqual({ kind: 'commitment' });
    expect(
      kindOf([null, 'Tổng cộng', null, 80, null], {
        header: ['Nội dung đầu việc', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'],
      }),
    ).toEqual({ kind: 'total' });
  });

  test.each([
    ['Tổng số lượt khách du lịch đạt 1,8 triệu lượt'],
    ['Tổng kết 10 năm phong trào'],
    ['Tổng số đầu việc phải rà soát'],
    ['Cộng tác viên dư luận xã hội'],
    ['Trung bình mỗi tháng tổ chức 2 buổi'],
  ])('a title that only begins like a total is a commitment: %s', (title) => {
    expect(kindOf([null, title, 'Lê Văn C', '30/9/2024', null, null])).toEqual({ kind: 'commitment' });
  });

  test('a total label of 60 characters or more is a title', () => {
    const label = 'Tổng cộng các đầu việc của phòng Quản lý di sản văn hóa 2024';
    expect(label).toHaveLength(60);
    expect(kindOf([null, label, 'Lê Văn C', '30/9/2024', null, null])).toEqual({ kind: 'commitment' });
    expect(kindOf([null, label.slice(0, 59), 'Lê Văn C', '30/9/2024', null, null])).toEqual({ kind: 'total' });
  });

  test('a row whose figures are formulas summing up the column above is a total, even with no label', () => {
    expect(kindOf([null, null, null, null, 75, null], { formulas: { E6: 'AVERAGE(E5:E5)' } })).toEqual({
      kind: 'total',
    });
    expect(
      kindOf([null, 'Kết quả chung', null, null, 75, null], { formulas: { E6: 'SUBTOTAL(101,[Tiến độ])' } }),
    ).toEqual({ kind: 'total' });
  });

  test('a formula that does not sum up the column above leaves the row as it is', () => {
    // A share worked out in the row, a sum of the rows below, a formula outside the table.
    expect(kindOf([null, 'Kiểm kê di tích', null, null, 50, null], { formulas: { E6: 'C6/D6*100' } })).toEqual({
      kind: 'commitment',
    });
    expect(kindOf([null, 'Kiểm kê di tích', null, null, 50, null], { formulas: { E6: 'SUM(E7:E9)' } })).toEqual({
      kind: 'commitment',
    });
    expect(kindOf([null, 'Kiểm kê di tích', null, null, 50, null, 9], { formulas: { G6: 'SUM(G1:G5)' } })).toEqual({
      kind: 'commitment',
    });
  });

  test("a summing formula merged down from the row above is not this row's", () => {
    const rows: CellValue[][] = [
      ...TITLE,
      HEADER,
      ROW,
      [2, 'Kiểm kê di tích', 'Lê Văn C', '30/9/2024', 50, null],
      [null, 'Số hóa tư liệu', 'Lê Văn C', null, null, null],
    ];
    const { kind } = read(rows, { merges: ['E6:E7'], formulas: { E6: 'AVERAGE(E5:E5)' } });
    expect(kind(6)).toEqual({ kind: 'commitment' });
  });

  test("a summing formula in the table's first or last column counts", () => {
    expect(kindOf([null, null, null, null, null, 3], { formulas: { F6: 'COUNTA(F5:F5)' } })).toEqual({ kind: 'total' });
    expect(kindOf([1, null, null, null, 50], { header: NO_NUMBER, formulas: { A6: 'COUNTA(A5:A5)' } })).toEqual({
      kind: 'total',
    });
  });
});

describe('summarisesAbove: a formula that sums up the column above its row', () => {
  test.each([
    ['SUM(E5:E16)', 16, true],
    ['SUM(E5:E16)', 15, false], // the range reaches its own row
    ['SUM(E5:E16)', 17, true],
    ['sum(e5:e16)', 16, true],
    ['_xlfn.AGGREGATE(9,6,E5:E16)', 16, true],
    ['_AVERAGE(E5:E16)', 16, true],
    ['AVERAGEIFS(E5:E16,F5:F16,"x")', 16, true],
    ['AVERAGEIFS(E5:E16,F5:F30,"x")', 16, false], // one range ends below
    ['SUM($E$5 : $E$16)', 16, true],
    ['MAX(E5:E16)', 16, true],
    ['MIN(E5:E16)', 16, true],
    ['COUNTIF(F5:F16,"x")', 16, true],
    ['SUMIFS(E5:E16,F5:F16,"x")', 16, true],
    ['SUM (E5:E16)', 16, true],
    ['SUBTOTAL(109,Bang1[Tiến độ])', 2, true], // a table column: always above its totals row
    ['SUM(E5,E6,E7)', 16, false], // no range
    ['ROUND(SUM(E5:E16),0)', 16, false], // not an aggregate at the start
    ['E5+E6', 16, false],
    ['VLOOKUP(A1,B5:C16,2,0)', 20, false],
  ])('%s at row %i: %s', (formula, row, expected) => {
    expect(summarisesAbove(formula, row)).toBe(expected);
  });
});

describe('notes under the table', () => {
  test.each([
    ['(*) Thời hạn theo Kế hoạch số 12/KH-SVHTTDL'],
    ['(**) Đầu việc chuyển tiếp'],
    ['* Đơn vị cập nhật hằng tháng'],
    ['** Lưu ý'],
    ['Ghi chú: đơn vị cập nhật tiến độ hằng tháng'],
    ['GHI CHÚ: số liệu đến ngày 30/6'],
    ['Ghi chu : số liệu tạm tính'],
    ['Lưu ý: gửi trước ngày 05 hằng tháng'],
    ['Luu y: gửi bản mềm'],
    ['Chú thích: HT là hoàn thành'],
    ['Chu thich: HT là hoàn thành'],
    ['Nguồn: Văn phòng Sở'],
    ['Nguon: Văn phòng Sở'],
    ['  (*) Thời hạn điều chỉnh'],
  ])('%s', (note) => {
    expect(kindOf([null, note, null, null, null, null])).toEqual({ kind: 'note' });
  });

  test('several cells of notes make a note row; a note beside data is a commitment', () => {
    expect(kindOf([null, '(*) Thời hạn theo kế hoạch', null, 'Ghi chú: tạm tính', null, null])).toEqual({
      kind: 'note',
    });
    expect(kindOf([null, '(*) Thời hạn theo kế hoạch', 'Lê Văn C', '30/9/2024', null, null])).toEqual({
      kind: 'commitment',
    });
  });

  test('a title that merely starts with a star or mentions a note is a commitment', () => {
    expect(kindOf([null, '*Tổ chức Lễ hội Dừa', 'Lê Văn C', '30/9/2024', null, null])).toEqual({ kind: 'commitment' });
    expect(kindOf([null, 'Rà soát ghi chú: hồ sơ di tích', 'Lê Văn C', '30/9/2024', null, null])).toEqual({
      kind: 'commitment',
    });
  });
});

describe('section rows set the field', () => {
  test.each([
    ['I', 'LĨNH VỰC VĂN HÓA', 'LĨNH VỰC VĂN HÓA'],
    ['II.', 'Lĩnh vực thể thao', 'Lĩnh vực thể thao'],
    ['IV', 'Du lịch:', 'Du lịch'],
    ['XIV', 'Công tác khác', 'Công tác khác'],
    ['A', 'KHỐI QUẢN LÝ NHÀ NƯỚC', 'KHỐI QUẢN LÝ NHÀ NƯỚC'],
    ['b.', 'Khối sự nghiệp', 'Khối sự nghiệp'],
    ['C)', 'Ban Giám đốc', 'Ban Giám đốc'],
    ['ix:', 'Nhiệm vụ khác', 'Nhiệm vụ khác'],
    ['II .', 'Lĩnh vực thể thao', 'Lĩnh vực thể thao'],
    ['B).', 'Khối sự nghiệp', 'Khối sự nghiệp'],
    ['III.)', 'Công tác khác', 'Công tác khác'],
  ])('a Roman numeral or a letter %s in the number column: the section "%s"', (n, title, field) => {
    expect(kindOf([n, title, null, null, null, null])).toEqual({ kind: 'section', field });
  });

  test('a numbered section with no title is named by its numeral', () => {
    expect(kindOf(['II', null, null, null, null, null])).toEqual({ kind: 'section', field: 'II' });
  });

  test('"a)" numbers an item under a heading, not a section', () => {
    expect(kindOf(['a)', 'Tuyên truyền Lễ hội Dừa', 'Lê Văn C', '30/9/2024', null, null])).toEqual({
      kind: 'commitment',
    });
  });

  test.each([['IIII'], ['VX'], ['AB'], ['IC']])('%s is no Roman numeral: the row is a commitment', (n) => {
    expect(kindOf([n, 'Văn hóa', 'Lê Văn C', null, null, null])).toEqual({ kind: 'commitment' });
  });

  test('a title alone in capitals, or merged across the row, or starting "Lĩnh vực", is a section', () => {
    expect(kindOf([null, 'VĂN HÓA - GIA ĐÌNH', null, null, null, null])).toEqual({
      kind: 'section',
      field: 'VĂN HÓA - GIA ĐÌNH',
    });
    expect(kindOf([null, 'Văn hóa - Gia đình', null, null, null, null], { merges: ['B6:F6'] })).toEqual({
      kind: 'section',
      field: 'Văn hóa - Gia đình',
    });
    expect(kindOf([null, 'Lĩnh vực gia đình', null, null, null, null])).toEqual({
      kind: 'section',
      field: 'Lĩnh vực gia đình',
    });
    expect(kindOf([null, 'Lĩnh vực gia đình:', null, null, null, null])).toEqual({
      kind: 'section',
      field: 'Lĩnh vực gia đình',
    });
  });

  test('a title alone in plain letters is a commitment with no other data yet', () => {
    expect(kindOf([null, 'Kiểm kê di tích', null, null, null, null])).toEqual({ kind: 'commitment' });
    // "Lĩnh vực" only as a whole word at the start.
    expect(kindOf([null, 'Lĩnh vựcgia đình', null, null, null, null])).toEqual({ kind: 'commitment' });
    expect(kindOf([null, 'Rà soát lĩnh vực gia đình', null, null, null, null])).toEqual({ kind: 'commitment' });
  });

  test('a section numbered in its text, "II. Thể thao": in another column, merged, or in capitals', () => {
    expect(kindOf(['II. Thể thao', null, null, null, null, null])).toEqual({ kind: 'section', field: 'Thể thao' });
    expect(kindOf([null, 'B. Khối sự nghiệp', null, null, null, null], { merges: ['B6:C6'] })).toEqual({
      kind: 'section',
      field: 'Khối sự nghiệp',
    });
    expect(kindOf([null, 'III- THỂ THAO', null, null, null, null])).toEqual({ kind: 'section', field: 'THỂ THAO' });
    // In the title column, plain and alone: a commitment's title that begins with a letter.
    expect(kindOf([null, 'A. Tổ chức giải chạy', null, null, null, null])).toEqual({ kind: 'commitment' });
  });

  test('a title that numbers itself is no section, even in capitals', () => {
    expect(kindOf([null, '2. CÔNG TÁC DI SẢN', null, null, null, null])).toEqual({ kind: 'commitment' });
  });

  test('a row of digits or signs only is no section in capitals', () => {
    expect(kindOf([null, '2024', null, null, null, null])).toEqual({ kind: 'commitment' });
    expect(kindOf([null, null, null, null, '---', null])).toEqual({ kind: 'commitment' });
  });

  test('a single cell among others is data, not a section', () => {
    expect(kindOf([null, 'VĂN HÓA', 'LÊ VĂN C', null, null, null])).toEqual({ kind: 'commitment' });
  });
});

describe('sectionName', () => {
  test.each([
    ['I. LĨNH VỰC VĂN HÓA', 'LĨNH VỰC VĂN HÓA'],
    ['II) Thể thao', 'Thể thao'],
    ['III - Du lịch', 'Du lịch'],
    ['IV/ Gia đình', 'Gia đình'],
    ['A: Khối quản lý nhà nước', 'Khối quản lý nhà nước'],
    ['  B. Khối sự nghiệp  ', 'Khối sự nghiệp'],
    ['Lĩnh vực văn hóa:', 'Lĩnh vực văn hóa'],
    ['Du lịch.', 'Du lịch'],
    ['Du lịch.:', 'Du lịch'],
    ['Văn hóa ', 'Văn hóa'],
    ['Việt Nam', 'Việt Nam'],
    ['I.', 'I'],
    ['ii. Thể thao', 'ii. Thể thao'], // a lower-case numeral is no section prefix
  ])('%s → %s', (text, name) => {
    expect(sectionName(text)).toBe(name);
  });
});

describe('numbered group headings over their items', () => {
  const heading = (rows: CellValue[][], opts: Options = {}) => {
    const all = [...TITLE, HEADER, ...rows];
    return read(all, opts).heading(TITLE.length + 1);
  };
  const item = (mark: CellValue, title = 'Tuyên truyền Lễ hội Dừa'): CellValue[] => [
    mark,
    title,
    'Lê Văn C',
    '30/9/2024',
    50,
    null,
  ];

  test.each([['1.1'], ['a)'], ['đ)'], ['-'], ['+'], ['•'], ['–'], ['*'], ['- ']])(
    'a heading "1." with items marked %s under it',
    (mark) => {
      expect(heading([[1, 'Công tác tuyên truyền'], item(mark)])).toBe(true);
      expect(heading([['1.', 'Công tác tuyên truyền'], item(mark)])).toBe(true);
    },
  );

  test('items 1.1 belong to heading 1 only, not to heading 2', () => {
    expect(heading([[2, 'Công tác di sản'], item('1.1')])).toBe(false);
    expect(heading([[2, 'Công tác di sản'], item('2.1')])).toBe(true);
    expect(heading([[12, 'Công tác di sản'], item('12.1')])).toBe(true);
    // "2.x" without a digit after the dot is no item number.
    expect(heading([[2, 'Công tác di sản'], item('2.a')])).toBe(false);
  });

  test('items numbered in the title when the number column is empty', () => {
    expect(heading([[1, 'Công tác tuyên truyền'], item(null, '- Tuyên truyền Lễ hội Dừa')])).toBe(true);
    expect(heading([[1, 'Công tác tuyên truyền'], item(null, 'a) Tuyên truyền Lễ hội Dừa')])).toBe(true);
    expect(heading([[1, 'Công tác tuyên truyền'], item(null, 'b. Quảng bá du lịch')])).toBe(true);
    expect(heading([[1, 'Công tác tuyên truyền'], item(null, 'Tuyên truyền Lễ hội Dừa')])).toBe(false);
    // A mark glued to the word is no mark.
    expect(heading([[1, 'Công tác tuyên truyền'], item(null, '-Tuyên truyền')])).toBe(false);
    expect(heading([[1, 'Công tác tuyên truyền'], item(null, 'ab) Tuyên truyền')])).toBe(false);
  });

  test("a number in the number column decides: the title's own is read only without one", () => {
    expect(heading([[null, '1. Công tác tuyên truyền'], item('a)')])).toBe(true);
    expect(heading([[null, '1) Công tác tuyên truyền'], item('1.1')])).toBe(true);
    expect(heading([['x', '1. Công tác tuyên truyền'], item('a)')])).toBe(false);
    expect(heading([[null, 'Công tác tuyên truyền'], item('a)')])).toBe(false);
  });

  test('the next commitment is a plain item, a section or a total: no heading', () => {
    expect(heading([[1, 'Công tác tuyên truyền'], item(2)])).toBe(false);
    expect(heading([[1, 'Công tác tuyên truyền'], ['II', 'LĨNH VỰC THỂ THAO'], item('a)')])).toBe(false);
    expect(
      heading([
        [1, 'Công tác tuyên truyền'],
        [null, 'Tổng cộng', null, null, 50, null],
      ]),
    ).toBe(false);
    // A note starting "* " under it: no item, though "*" marks items.
    expect(
      heading([
        [1, 'Công tác tuyên truyền'],
        [null, '* Thời hạn theo kế hoạch của Sở'],
      ]),
    ).toBe(false);
  });

  test('up to four rows below, blank rows between skipped', () => {
    expect(heading([[1, 'Công tác tuyên truyền'], [], [], [], item('-')])).toBe(true);
    expect(heading([[1, 'Công tác tuyên truyền'], [], [], [], [], item('-')])).toBe(false);
  });

  test('a heading on the last row, or with blanks only under it, is a commitment', () => {
    expect(heading([[1, 'Công tác tuyên truyền']])).toBe(false);
    expect(heading([[1, 'Công tác tuyên truyền'], [], []])).toBe(false);
  });

  test('a heading has only its title: a deadline, an owner or a figure of its own makes it a commitment', () => {
    expect(heading([[1, 'Công tác tuyên truyền', null, '30/9/2024', null, null], item('-')])).toBe(false);
    expect(heading([[1, 'Công tác tuyên truyền', 'Lê Văn C', null, null, null], item('-')])).toBe(false);
    expect(heading([[1, 'Công tác tuyên truyền', null, null, 75, null], item('-')])).toBe(false);
    expect(heading([[1, 'Công tác tuyên truyền', null, null, null, 'Đang thực hiện'], item('-')])).toBe(false);
  });

  test('a deadline of its own makes it a commitment, even one worked out from its items', () => {
    expect(
      heading([[1, 'Công tác tuyên truyền', null, 45565, null, null], item('-')], { formulas: { D5: 'MAX(D6:D6)' } }),
    ).toBe(false);
  });

  test('figures that sum up its items by a formula are not its own', () => {
    expect(
      heading([[1, 'Công tác tuyên truyền', null, null, 75, null], item('-')], { formulas: { E5: 'AVERAGE(E6:E6)' } }),
    ).toBe(true);
    expect(heading([[1, 'Công tác tuyên truyền', null, null, 75, null], item('-')], { formulas: { E5: 'E6*1' } })).toBe(
      false,
    );
  });

  test("a deadline merged down from the row above is not the heading's own", () => {
    const rows: CellValue[][] = [...TITLE, HEADER, ROW, [2, 'Công tác di sản'], item('a)')];
    expect(read(rows, { merges: ['D5:D6'] }).heading(5)).toBe(true);
  });

  test("a title merged across the row is the heading's only text", () => {
    expect(heading([[1, 'Công tác tuyên truyền'], item('-')], { merges: ['B5:F5'] })).toBe(true);
  });

  test('a value merged down into the heading from above is not its own', () => {
    const rows: CellValue[][] = [...TITLE, HEADER, ROW, [2, 'Công tác di sản'], item('a)')];
    expect(read(rows, { merges: ['C5:C6'] }).heading(5)).toBe(true);
  });

  test('a heading number has one to three digits', () => {
    expect(heading([[1234, 'Công tác tuyên truyền'], item('-')])).toBe(false);
    expect(heading([[123, 'Công tác tuyên truyền'], item('-')])).toBe(true);
    expect(heading([['1a', 'Công tác tuyên truyền'], item('-')])).toBe(false);
  });

  test('a number with no title is no heading', () => {
    expect(heading([[1, null], item('-')])).toBe(false);
  });

  test('with no number column, the title numbers the heading', () => {
    const rows: CellValue[][] = [
      ...TITLE,
      NO_NUMBER,
      [' 1. Công tác tuyên truyền'],
      ['- Tuyên truyền Lễ hội Dừa', 'Lê Văn C', '30/9/2024', 50, null],
    ];
    expect(read(rows).heading(4)).toBe(true);
  });
});
