import type { AdminDocument } from '../../src/core/document';
import {
  DOTS,
  MOTTO,
  NATIONAL_NAME,
  SHORT_DOTS,
  dateWords,
  documentHeading,
  documentNumber,
  documentText,
  para,
  viDate,
  viInteger,
  viPercent,
  viProgress,
} from '../../src/core/document';

describe('numbers as a Vietnamese document writes them', () => {
  test('thousands grouped by dots, negatives with their sign, rounded to a whole', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [7, '7'],
      [999, '999'],
      [1000, '1.000'],
      [1800, '1.800'],
      [1234567, '1.234.567'],
      [-1800, '-1.800'],
      [12.6, '13'],
    ];
    for (const [n, text] of cases) expect([n, viInteger(n)]).toEqual([n, text]);
  });

  test('a rate as a percentage with a decimal comma and a space before the sign', () => {
    expect(viPercent(0.757)).toBe('75,7 %');
    expect(viPercent(0.75)).toBe('75 %');
    expect(viPercent(1)).toBe('100 %');
    expect(viPercent(12.345)).toBe('1.234,5 %');
    expect(viPercent(0.12345, 2)).toBe('12,35 %');
    expect(viPercent(0)).toBe('0 %');
  });

  test('no rate, or one that is not a number, is a dash', () => {
    for (const rate of [null, Number.NaN, Number.POSITIVE_INFINITY]) expect(viPercent(rate)).toBe('—');
  });

  test('a progress is a percentage already; none is blank', () => {
    expect(viProgress(62.5)).toBe('62,5 %');
    expect(viProgress(100)).toBe('100 %');
    expect(viProgress(0)).toBe('0 %');
    expect(viProgress(null)).toBe('');
  });
});

describe('dates as a Vietnamese document writes them', () => {
  test('in the body: day/month/year without leading zeros; none is blank', () => {
    expect(viDate('2023-06-30')).toBe('30/6/2023');
    expect(viDate('2024-01-05')).toBe('5/1/2024');
    expect(viDate(null)).toBe('');
    expect(viDate('')).toBe('');
  });

  test('in the date line: a leading zero for days below 10 and for January and February only', () => {
    expect(dateWords('2024-01-05', 2024)).toBe('ngày 05 tháng 01 năm 2024');
    expect(dateWords('2024-02-09', 2024)).toBe('ngày 09 tháng 02 năm 2024');
    expect(dateWords('2024-03-10', 2024)).toBe('ngày 10 tháng 3 năm 2024');
    expect(dateWords('2023-12-31', 2024)).toBe('ngày 31 tháng 12 năm 2023');
  });

  test('no date: dots to fill in, in the year given', () => {
    expect(dateWords(null, 2024)).toBe(`ngày ${SHORT_DOTS} tháng ${SHORT_DOTS} năm 2024`);
  });
});

describe('the heading of an administrative document', () => {
  test('from the letterhead, dotted where it says nothing', () => {
    const letterhead = { parent: 'UBND TỈNH BẾN TRE', agency: 'SỞ VĂN HÓA', place: 'Bến Tre', symbol: 'SVHTTDL' };
    expect(documentHeading(letterhead, 'Số: 1', '2023-06-30', 2023)).toEqual({
      parent: 'UBND TỈNH BẾN TRE',
      agency: 'SỞ VĂN HÓA',
      number: 'Số: 1',
      placeDate: 'Bến Tre, ngày 30 tháng 6 năm 2023',
    });
    expect(documentHeading(undefined, null, null, 2023)).toEqual({
      parent: DOTS,
      agency: DOTS,
      number: null,
      placeDate: `${SHORT_DOTS}, ngày ${SHORT_DOTS} tháng ${SHORT_DOTS} năm 2023`,
    });
  });

  test("the number is left for the office, the symbol the department's", () => {
    expect(documentNumber('BC', { symbol: 'SVHTTDL' })).toBe(`Số: ${SHORT_DOTS}/BC-SVHTTDL`);
    expect(documentNumber('BC', undefined)).toBe(`Số: ${SHORT_DOTS}/BC-${SHORT_DOTS}`);
  });
});

describe('para', () => {
  test('running text is indented unless told otherwise', () => {
    expect(para('Văn bản')).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Văn bản', bold: undefined, italic: undefined }],
      indent: true,
      align: undefined,
    });
    expect(para('Ghi chú', { bold: true, italic: true, indent: false, align: 'center' })).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Ghi chú', bold: true, italic: true }],
      indent: false,
      align: 'center',
    });
  });
});

describe('documentText', () => {
  const doc = (over: Partial<AdminDocument> = {}): AdminDocument => ({
    heading: {
      parent: 'UBND TỈNH',
      agency: 'SỞ',
      number: 'Số: …/BC-S',
      placeDate: 'Bến Tre, ngày 30 tháng 6 năm 2023',
    },
    title: ['BÁO CÁO', 'Kết quả tháng 6'],
    body: [
      { kind: 'heading', text: 'I. KẾT QUẢ' },
      { kind: 'subheading', text: '1. Theo khối' },
      { kind: 'paragraph', runs: [{ text: 'Tổng số ' }, { text: '12', bold: true }, { text: ' đầu việc.' }] },
      { kind: 'fill', lines: 3 },
      {
        kind: 'table',
        columns: [
          { header: 'Khối', width: 60 },
          { header: 'Số', width: 40 },
        ],
        rows: [{ cells: ['QLNN', '5'] }, { cells: ['SN', '7'] }],
      },
      { kind: 'table', columns: [{ header: 'Đơn vị', width: 100 }], rows: [], empty: 'Không có đơn vị nào.' },
      { kind: 'table', columns: [{ header: 'Trống', width: 100 }], rows: [] },
    ],
    recipients: ['- Như trên;', '- Lưu: VT.'],
    signatures: [
      { titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
      { titles: ['NGƯỜI LẬP'], note: '(Ký, ghi rõ họ tên)', name: DOTS },
    ],
    ...over,
  });

  test('every piece of text in reading order, as a reader of the page sees it', () => {
    expect(documentText(doc())).toEqual([
      'UBND TỈNH',
      'SỞ',
      NATIONAL_NAME,
      MOTTO,
      'Số: …/BC-S',
      'Bến Tre, ngày 30 tháng 6 năm 2023',
      'BÁO CÁO',
      'Kết quả tháng 6',
      'I. KẾT QUẢ',
      '1. Theo khối',
      'Tổng số 12 đầu việc.',
      'Khối | Số',
      'QLNN | 5',
      'SN | 7',
      'Đơn vị',
      'Không có đơn vị nào.',
      'Trống',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn A',
      'NGƯỜI LẬP',
      '(Ký, ghi rõ họ tên)',
      DOTS,
    ]);
  });

  test('a document without a number or recipients (a form) has neither line', () => {
    const text = documentText(doc({ heading: { ...doc().heading, number: null }, recipients: null, body: [] }));
    expect(text.slice(0, 6)).toEqual([
      'UBND TỈNH',
      'SỞ',
      NATIONAL_NAME,
      MOTTO,
      'Bến Tre, ngày 30 tháng 6 năm 2023',
      'BÁO CÁO',
    ]);
    expect(text).not.toContain('Nơi nhận:');
  });

  test('an empty table says its "empty" text only when it has no row', () => {
    const text = documentText(
      doc({
        body: [{ kind: 'table', columns: [{ header: 'A', width: 100 }], rows: [{ cells: ['1'] }], empty: 'Không có.' }],
      }),
    );
    expect(text).toContain('1');
    expect(text).not.toContain('Không có.');
  });
});
