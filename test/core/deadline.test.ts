import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { isValidIso } from '../../src/core/dates';
import { DeadlineParse, parseDeadline } from '../../src/core/deadline';

const PLAN = 2023;
const OTHER_PLAN = 2025;

const date = (iso: string, start: string | null = null): DeadlineParse => ({ kind: 'date', iso, start });
const RECURRING: DeadlineParse = { kind: 'recurring' };
const EMPTY: DeadlineParse = { kind: 'empty' };

/** The same text as a clerk might type it: any case, no diacritics, NFD (Mac), extra spaces and line breaks. */
function variants(text: string): [string, string][] {
  const noMarks = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return [
    ['as written', text],
    ['upper case', text.toUpperCase()],
    ['lower case', text.toLowerCase()],
    ['no diacritics', noMarks],
    ['NFD', text.normalize('NFD')],
    ['spaced', `  ${text.replace(/ /g, ' \n  ')}\u00a0`],
  ];
}

/** Rows of [label, how, text, expected]; the label is JSON so that line breaks stay on one line. */
function expand(rows: [string, DeadlineParse][]): [string, string, string, DeadlineParse][] {
  return rows.flatMap(([text, out]) =>
    variants(text).map(([how, v]): [string, string, string, DeadlineParse] => [JSON.stringify(v), how, v, out]),
  );
}

// Every row of PRODUCT.md's "Deadlines written as text", year written (plan year 2023).
const WRITTEN: [string, DeadlineParse][] = [
  // that day
  ['30/6/2023', date('2023-06-30')],
  ['30/06/2023', date('2023-06-30')],
  ['30-06-2023', date('2023-06-30')],
  ['30.06.2023', date('2023-06-30')],
  ['30/6/23', date('2023-06-30')],
  ['ngày 30 tháng 6 năm 2023', date('2023-06-30')],
  ['ngày 30/6/2023', date('2023-06-30')],
  ['Ngày 30 tháng 6/2023', date('2023-06-30')],
  ['29/2/2024', date('2024-02-29')],
  ['Trước ngày 15/4/2023', date('2023-04-15')],
  ['Trước 15/4/2023', date('2023-04-15')],
  ['Chậm nhất 15/4/2023', date('2023-04-15')],
  ['Chậm nhất ngày 15/4/2023', date('2023-04-15')],
  ['Đến ngày 30/6/2023', date('2023-06-30')],
  ['Hạn chót 30/6/2023', date('2023-06-30')],
  ['Hạn chót: 30/6/2023', date('2023-06-30')],
  ['Hoàn thành trước ngày 30/6/2023', date('2023-06-30')],
  ['30/6/2023.', date('2023-06-30')],
  // a month
  ['Tháng 6/2023', date('2023-06-30')],
  ['tháng 6 năm 2023', date('2023-06-30')],
  ['Tháng 06/2023', date('2023-06-30')],
  ['Tháng 6-2023', date('2023-06-30')],
  ['T6/2023', date('2023-06-30')],
  ['T06/2023', date('2023-06-30')],
  ['06/2023', date('2023-06-30')],
  ['6/2023', date('2023-06-30')],
  ['02/2024', date('2024-02-29')],
  ['Tháng 2/2023', date('2023-02-28')],
  ['Trong tháng 6/2023', date('2023-06-30')],
  ['Cuối tháng 6/2023', date('2023-06-30')],
  ['Chậm nhất tháng 6/2023', date('2023-06-30')],
  ['Đến hết tháng 6/2023', date('2023-06-30')],
  ['Hoàn thành trong tháng 12/2023', date('2023-12-31')],
  // a quarter
  ['Quý II/2023', date('2023-06-30')],
  ['Quý 2 năm 2023', date('2023-06-30')],
  ['Quý II năm 2023', date('2023-06-30')],
  ['quý II-2023', date('2023-06-30')],
  ['QII/2023', date('2023-06-30')],
  ['Q2/2023', date('2023-06-30')],
  ['Quý I/2023', date('2023-03-31')],
  ['Quý III/2023', date('2023-09-30')],
  ['Quý IV/2023', date('2023-12-31')],
  ['Q4-2023', date('2023-12-31')],
  ['Trong quý III/2023', date('2023-09-30')],
  ['Cuối quý I/2023', date('2023-03-31')],
  // parts of a year
  ['6 tháng đầu năm 2023', date('2023-06-30')],
  ['6 tháng cuối năm 2023', date('2023-12-31')],
  ['9 tháng năm 2023', date('2023-09-30')],
  ['9 tháng đầu năm 2023', date('2023-09-30')],
  ['9 tháng/2023', date('2023-09-30')],
  ['3 tháng đầu năm 2023', date('2023-03-31')],
  ['Nửa đầu năm 2023', date('2023-06-30')],
  // the year
  ['Năm 2023', date('2023-12-31')],
  ['Trong năm 2023', date('2023-12-31')],
  ['Cả năm 2023', date('2023-12-31')],
  ['Cuối năm 2023', date('2023-12-31')],
  ['Đến hết năm 2023', date('2023-12-31')],
  ['2023', date('2023-12-31')],
  // ranges: the end of the last period, start = first day of the first
  ['Từ tháng 3 đến tháng 5/2023', date('2023-05-31', '2023-03-01')],
  ['Từ tháng 3 đến hết tháng 5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3-5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3 - 5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3 – 5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3 - tháng 5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3-12/2023', date('2023-12-31', '2023-03-01')],
  ['Từ tháng 11/2023 đến tháng 2/2024', date('2024-02-29', '2023-11-01')],
  ['Tháng 3/2023 - tháng 5', date('2023-05-31', '2023-03-01')],
  ['Quý II-III/2023', date('2023-09-30', '2023-04-01')],
  ['Quý II - Quý III/2023', date('2023-09-30', '2023-04-01')],
  ['Từ quý I đến quý II năm 2023', date('2023-06-30', '2023-01-01')],
  ['Q1-Q2/2023', date('2023-06-30', '2023-01-01')],
  ['Từ 01/3/2023 đến 30/5/2023', date('2023-05-30', '2023-03-01')],
  ['Từ ngày 01/3/2023 đến ngày 30/5/2023', date('2023-05-30', '2023-03-01')],
  ['01/3 - 30/5/2023', date('2023-05-30', '2023-03-01')],
  ['01/3/2023 - 30/5/2023', date('2023-05-30', '2023-03-01')],
  ['Từ 15/3 đến tháng 5/2023', date('2023-05-31', '2023-03-15')],
  ['Tháng 6 - 30/9/2023', date('2023-09-30', '2023-06-01')],
  ['Từ tháng 6/2023 tới quý IV/2023', date('2023-12-31', '2023-06-01')],
  ['Tháng 6/2023 - năm 2024', date('2024-12-31', '2023-06-01')],
  // recurring
  ['Thường xuyên', RECURRING],
  ['Liên tục', RECURRING],
  ['Hằng tháng', RECURRING],
  ['Hàng tháng', RECURRING],
  ['Hằng quý', RECURRING],
  ['Hàng quý', RECURRING],
  ['Định kỳ', RECURRING],
  ['Định kì', RECURRING],
  ['Hằng năm', RECURRING],
  ['Hàng năm', RECURRING],
  ['Hằng tuần', RECURRING],
  ['Thường xuyên, liên tục', RECURRING],
  ['Thường xuyên trong năm', RECURRING],
  ['Thường xuyên trong năm 2023', RECURRING],
  ['Định kỳ hằng quý', RECURRING],
  ['Hằng tháng và hằng quý', RECURRING],
];

describe('parseDeadline: every written form, in every way it may be typed', () => {
  test.each(expand(WRITTEN))('%s (%s)', (_label, _how, text, out) => {
    expect(parseDeadline(text, null, PLAN)).toEqual(out);
  });
});

// A missing year is the plan year: 2025 here, so it cannot be mistaken for a written 2023.
const NO_YEAR: [string, DeadlineParse][] = [
  ['30/6', date('2025-06-30')],
  ['30-6', date('2025-06-30')],
  ['ngày 30 tháng 6', date('2025-06-30')],
  ['Chậm nhất ngày 15/4', date('2025-04-15')],
  ['Trước 15/4', date('2025-04-15')],
  ['Tháng 6', date('2025-06-30')],
  ['T6', date('2025-06-30')],
  ['Tháng 2', date('2025-02-28')],
  ['Quý IV', date('2025-12-31')],
  ['Quý 1', date('2025-03-31')],
  ['QII', date('2025-06-30')],
  ['6 tháng đầu năm', date('2025-06-30')],
  ['6 tháng cuối năm', date('2025-12-31')],
  ['6 tháng', date('2025-06-30')],
  ['9 tháng', date('2025-09-30')],
  ['9 tháng đầu năm', date('2025-09-30')],
  ['Nửa cuối năm', date('2025-12-31')],
  ['Cả năm', date('2025-12-31')],
  ['Trong năm', date('2025-12-31')],
  ['Cuối năm', date('2025-12-31')],
  ['Hết năm', date('2025-12-31')],
  ['Từ tháng 3 đến tháng 5', date('2025-05-31', '2025-03-01')],
  ['Tháng 3-5', date('2025-05-31', '2025-03-01')],
  ['Quý II-III', date('2025-09-30', '2025-04-01')],
  ['01/3 - 30/5', date('2025-05-30', '2025-03-01')],
];

describe('parseDeadline: a missing year is the plan year', () => {
  test.each(expand(NO_YEAR))('%s (%s)', (_label, _how, text, out) => {
    expect(parseDeadline(text, null, OTHER_PLAN)).toEqual(out);
  });

  test('29/2 depends on the plan year', () => {
    expect(parseDeadline('29/2', null, 2024)).toEqual(date('2024-02-29'));
    expect(parseDeadline('29/2', null, 2023)).toEqual({ kind: 'invalid', text: '29/2' });
  });

  test('in a range, a missing year comes from the other end first', () => {
    expect(parseDeadline('01/3 - 30/5/2023', null, OTHER_PLAN)).toEqual(date('2023-05-30', '2023-03-01'));
    expect(parseDeadline('Tháng 3/2023 - tháng 5', null, OTHER_PLAN)).toEqual(date('2023-05-31', '2023-03-01'));
  });
});

const INVALID: string[] = [
  'Sau Tết',
  'Tháng 13/2023',
  'Tháng 0/2023',
  '31/6/2023',
  '29/2/2023',
  '32/1/2023',
  '30/13/2023',
  'Quý V/2023',
  'Quý 0/2023',
  'Quý 5',
  'QV/2023',
  'random text',
  'Hoàn thành',
  'Đang thực hiện',
  'Năm',
  'Tháng',
  'Quý',
  'Đầu năm',
  'Giữa năm 2023',
  '3 tháng',
  '13 tháng đầu năm',
  'Trước tháng 6/2023',
  'Cuối ngày 30/6/2023',
  'Từ ngày 01/3/2023',
  'Từ tháng 5 đến tháng 3/2023',
  'Tháng 5-3/2023',
  'Quý III-II/2023',
  '30/5 - 01/3/2023',
  '31/6 - 30/9/2023',
  'Tháng 6/2023 (gia hạn đến tháng 9)',
  '30/6/2023 (dự kiến)',
  'Tháng 6/2023, tháng 9/2023',
  'Tháng 6/2023; Quý III/2023',
  '30.6',
  '30/6-2023',
  '30/06.2023',
  '2023-06-30',
  '06/23',
  'Tháng 6/23',
  '30/6/202',
  '45107',
  '1/2023/5',
  '-',
  '...',
  'x',
  'Thường xuyên báo cáo',
  'Hàng tháng (báo cáo)',
  'Sau khi có kinh phí',
  '999',
  '12345',
];

describe('parseDeadline: anything else is invalid, with the text as written', () => {
  test.each(INVALID)('%p', (text) => {
    expect(parseDeadline(text, null, PLAN)).toEqual({ kind: 'invalid', text });
  });

  test('the invalid text is the cleaned text as written, not the folded one', () => {
    expect(parseDeadline('  Sau   Tết\n'.normalize('NFD'), null, PLAN)).toEqual({ kind: 'invalid', text: 'Sau Tết' });
  });
});

describe('parseDeadline: cell values that are not text', () => {
  test.each<[CellValue, string | null, DeadlineParse]>([
    [null, null, EMPTY],
    ['', null, EMPTY],
    ['   \n\t ', null, EMPTY],
    ['\u00a0', null, EMPTY],
    [45107, 'dd/mm/yyyy', date('2023-06-30')],
    [45107.5, 'dd/mm/yyyy hh:mm', date('2023-06-30')],
    [45107, '[$-42A]dd/mm/yyyy', date('2023-06-30')],
    [45107, null, date('2023-06-30')],
    [45107, 'General', date('2023-06-30')],
    [61, 'dd/mm/yyyy', date('1900-03-01')],
    [59, 'dd/mm/yyyy', date('1900-02-28')],
    [60, 'dd/mm/yyyy', { kind: 'invalid', text: '60' }],
    [0, 'dd/mm/yyyy', { kind: 'invalid', text: '0' }],
    [2958466, 'dd/mm/yyyy', { kind: 'invalid', text: '2958466' }],
    [19999, 'General', { kind: 'invalid', text: '19999' }],
    [80001, null, { kind: 'invalid', text: '80001' }],
    [30.6, null, { kind: 'invalid', text: '30.6' }],
    [6, null, { kind: 'invalid', text: '6' }],
    // a whole year typed as a number
    [2023, null, date('2023-12-31')],
    [2023, 'General', date('2023-12-31')],
    [2023, 'dd/mm/yyyy', date('1905-07-15')],
    [2023.5, null, { kind: 'invalid', text: '2023.5' }],
    [NaN, null, { kind: 'invalid', text: 'NaN' }],
    [Infinity, 'dd/mm/yyyy', { kind: 'invalid', text: 'Infinity' }],
    [true, null, { kind: 'invalid', text: 'TRUE' }],
    [false, 'dd/mm/yyyy', { kind: 'invalid', text: 'FALSE' }],
  ])('parseDeadline(%p, %p)', (value, fmt, out) => {
    expect(parseDeadline(value, fmt, PLAN)).toEqual(out);
  });
});

describe('parseDeadline: properties', () => {
  function check(out: DeadlineParse): boolean {
    switch (out.kind) {
      case 'date':
        return isValidIso(out.iso) && (out.start === null || (isValidIso(out.start) && out.start <= out.iso));
      case 'invalid':
        return typeof out.text === 'string';
      default:
        return true;
    }
  }

  const fmt = fc.oneof(fc.constant(null), fc.constantFrom('General', 'dd/mm/yyyy', '0%', '@'), fc.string({ maxLength: 10 }));

  test('never throws on any value; every date is valid and the start comes first', () => {
    const value = fc.oneof(fc.string({ maxLength: 60 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(value, fmt, fc.integer({ min: -5, max: 10005 }), (v, f, year) => check(parseDeadline(v, f, year))),
      { numRuns: 3000 },
    );
  });

  test('never throws on texts made of the grammar’s own pieces', () => {
    const piece = fc.constantFrom(
      'tháng', 'quý', 'Q', 'T', 'ngày', 'năm', 'từ', 'đến', 'hết', 'tới', 'trước', 'chậm nhất', 'cuối', 'đầu', 'nửa',
      'trong', 'cả', 'thường xuyên', 'hằng', 'II', 'IV', 'V', '/', '-', '.', ',', ':', '(', ')', '0', '1', '2', '3',
      '6', '9', '12', '13', '15', '29', '30', '31', '23', '2023', '2024', '0000', '9999',
    );
    const text = fc.tuple(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', '')).map(([ps, sep]) => ps.join(sep));
    fc.assert(
      fc.property(text, fc.integer({ min: 1990, max: 2100 }), (t, year) => check(parseDeadline(t, null, year))),
      { numRuns: 5000 },
    );
  });

  test('every day of a year written d/m/yyyy reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const out = parseDeadline(`${d}/${m}/${y}`, null, PLAN);
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return out.kind === 'date' ? out.iso === iso : !isValidIso(iso);
      }),
    );
  });

  test('a very long text is invalid, quickly', () => {
    const long = 'tháng 6 '.repeat(500);
    expect(parseDeadline(long, null, PLAN)).toEqual({ kind: 'invalid', text: long.trim() });
  });
});
