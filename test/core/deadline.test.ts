import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { isValidIso } from '../../src/core/dates';
import { DeadlineParse, parseDeadline, parsePeriodStart } from '../../src/core/deadline';
import { checkWorkbook } from '../../src/core/check';
import { lunarToSolar } from '../../src/core/lunar';
import { sheet } from '../helpers/grid';

const PLAN = 2023;
const OTHER_PLAN = 2025;

// An oracle independent of src/core/dates.ts: JavaScript's own proleptic Gregorian calendar (Date.UTC).
const utcIso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** The ISO day of y-m-d when that day exists, else null. */
function utcDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? utcIso(t.getTime()) : null;
}

const date = (iso: string, start: string | null = null): DeadlineParse => ({ kind: 'date', iso, start });
/** A deadline whose text carries its own extension: `iso` is the extension, `original` the one first registered. */
const extended = (iso: string, original: string, start: string | null = null): DeadlineParse => ({
  kind: 'date',
  iso,
  start,
  original,
});
const RECURRING: DeadlineParse = { kind: 'recurring' };
const EMPTY: DeadlineParse = { kind: 'empty' };

/** The same text as a clerk might type it: any case, no diacritics, NFD (Mac), extra spaces and line breaks. */
function variants(text: string): [string, string][] {
  const noMarks = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
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
  ['Đến 15/4/2023', date('2023-04-15')],
  ['Dịp 30/4/2023', date('2023-04-30')],
  ['Dịp 2/9/2023', date('2023-09-02')],
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
  ['Từ 01/3 đến 30/6/2023', date('2023-06-30', '2023-03-01')],
  // lists: the end of the last period, start = first day of the first; the year is written once, at the end
  ['Tháng 7, 8/2024', date('2024-08-31', '2024-07-01')],
  ['Tháng 3, 4, 5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3,4,5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3, 4 và 5/2023', date('2023-05-31', '2023-03-01')],
  ['Tháng 3, 6, 9 năm 2023', date('2023-09-30', '2023-03-01')],
  ['T7, 8/2024', date('2024-08-31', '2024-07-01')],
  ['Quý I, II/2023', date('2023-06-30', '2023-01-01')],
  // an extension written in the cell: the deadline in force, and the one first registered
  ['31/12/2024 (gia hạn đến 31/3/2025)', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 (gia hạn: 31/3/2025)', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 (Gia hạn đến ngày 31/3/2025)', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 - gia hạn đến 31/3/2025', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024, gia hạn đến 31/3/2025', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 gia hạn đến 31/3/2025', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 (điều chỉnh đến 31/3/2025)', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 (đã gia hạn đến 31/3/2025)', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 (được gia hạn đến Quý I/2025)', extended('2025-03-31', '2024-12-31')],
  ['31/12/2024 (gia hạn đến hết tháng 2/2025).', extended('2025-02-28', '2024-12-31')],
  ['Tháng 6/2023 (gia hạn đến tháng 9)', extended('2023-09-30', '2023-06-30')],
  ['Quý II/2023 (gia hạn đến 6 tháng cuối năm)', extended('2023-12-31', '2023-06-30')],
  ['Tháng 3-5/2023 (gia hạn đến 30/6/2023)', extended('2023-06-30', '2023-05-31', '2023-03-01')],
  ['30/9/2023 (gia hạn đến Trước Tết Nguyên đán 2024)', extended('2024-02-09', '2023-09-30')],
  ['30/6/2023 (gia hạn đến 30/6/2023)', extended('2023-06-30', '2023-06-30')],
  // an adjustment may bring the deadline forward; an extension may not (below)
  ['30/6/2023 (điều chỉnh đến 15/6/2023)', extended('2023-06-15', '2023-06-30')],
  // lunar occasions, the lunar calendar at UTC+7
  ['Trước Tết Nguyên đán 2024', date('2024-02-09')],
  ['Trước Tết Giáp Thìn', date('2024-02-09')],
  ['Tết Giáp Thìn', date('2024-02-12')],
  ['Tết Nguyên đán Giáp Thìn', date('2024-02-12')],
  ['Tết Nguyên đán Giáp Thìn 2024', date('2024-02-12')],
  ['Tết Nguyên đán năm Giáp Thìn', date('2024-02-12')],
  ['Tết 2024', date('2024-02-12')],
  ['Tết Nguyên đán năm 2024', date('2024-02-12')],
  ['Tết Quý Mão', date('2023-01-24')],
  ['Tết Ất Tỵ', date('2025-01-31')],
  // "Tý" and "Tỵ" both fold to "ty": the stem tells them apart (Giáp Tý, Ất Tỵ).
  ['Tết Giáp Tý', date('2044-02-01')],
  ['Giỗ Tổ Hùng Vương 2024', date('2024-04-18')],
  ['Dịp Giỗ Tổ Hùng Vương năm 2024', date('2024-04-18')],
  ['Tết Trung thu 2024', date('2024-09-17')],
  ['Trung thu 2023', date('2023-09-29')],
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
  ['Dịp 30/4', date('2025-04-30')],
  ['Dịp 2/9', date('2025-09-02')],
  ['Tháng 7, 8', date('2025-08-31', '2025-07-01')],
  // Tết 2025 is 29/1/2025 (1/1 Ất Tỵ); its eve 28/1, its third day 31/1.
  ['Trước Tết Nguyên đán', date('2025-01-28')],
  ['Trước Tết', date('2025-01-28')],
  ['Hoàn thành trước Tết Nguyên đán', date('2025-01-28')],
  ['Trước dịp Tết', date('2025-01-28')],
  ['Dịp Tết Nguyên đán', date('2025-01-31')],
  ['Tết Nguyên đán', date('2025-01-31')],
  ['Trong dịp Tết Nguyên đán', date('2025-01-31')],
  ['Dịp Tết', date('2025-01-31')],
  ['Dịp Giỗ Tổ Hùng Vương', date('2025-04-07')],
  ['Giỗ Tổ Hùng Vương', date('2025-04-07')],
  ['Giỗ Tổ', date('2025-04-07')],
  ['Trước Giỗ Tổ Hùng Vương', date('2025-04-07')],
  ['Tết Trung thu', date('2025-10-06')],
  ['Trung thu', date('2025-10-06')],
  ['Dịp Tết Trung thu', date('2025-10-06')],
  ['30/6 (gia hạn đến 30/9)', extended('2025-09-30', '2025-06-30')],
];

describe('parseDeadline: a missing year is the plan year', () => {
  test.each(expand(NO_YEAR))('%s (%s)', (_label, _how, text, out) => {
    expect(parseDeadline(text, null, OTHER_PLAN)).toEqual(out);
  });

  test('29/2 depends on the plan year', () => {
    expect(parseDeadline('29/2', null, 2024)).toEqual(date('2024-02-29'));
    expect(parseDeadline('29/2', null, 2023)).toEqual({ kind: 'invalid', text: '29/2' });
  });

  test('a Tết named by its can-chi is the one nearest the plan year', () => {
    expect(parseDeadline('Tết Giáp Thìn', null, 2050)).toEqual(date('2024-02-12'));
    expect(parseDeadline('Tết Giáp Thìn', null, 2060)).toEqual(date(lunarToSolar(3, 1, 2084)!));
  });

  test("an extension's missing year is the year of the deadline it extends", () => {
    expect(parseDeadline('31/12/2024 (gia hạn đến tháng 12)', null, OTHER_PLAN)).toEqual(
      extended('2024-12-31', '2024-12-31'),
    );
    expect(parseDeadline('Quý IV/2024 (gia hạn đến Trước Tết Nguyên đán 2025)', null, OTHER_PLAN)).toEqual(
      extended('2025-01-28', '2024-12-31'),
    );
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
  '30/6/2023 (dự kiến)',
  '30/6/2023 (gia hạn)',
  '30/6/2023 (gia hạn đến 30/3/2023)',
  '31/12/2024 (gia hạn đến 31/3)',
  '31/12/2024 (xin gia hạn đến 31/3/2025)',
  '31/12/2024 (gia hạn đến 31/3/2025',
  '31/12/2024 gia hạn đến 31/3/2025)',
  '31/12/2024 (gia hạn đến 31/3/2025) (dự kiến)',
  '31/12/2024 (gia hạn đến 31/3/2025, dự kiến)',
  '30/6/2023 (gia hạn đến 30/9/2023) - gia hạn đến 31/12/2023',
  'Gia hạn đến 31/3/2025',
  '(gia hạn đến 31/3/2025)',
  '31/12/2024 (gia hạn đến Thường xuyên)',
  'Thường xuyên (gia hạn đến 31/3/2025)',
  'Tháng 5, 3/2023',
  'Tháng 3, 3/2023',
  'Tháng 3, 4/2023, 5/2023',
  'Tháng 3/2023, 4/2023',
  'Tháng 3, quý II/2023',
  'Dịp tháng 6/2023',
  'Đến Tết',
  'Cuối Tết',
  'Chậm nhất Tết',
  'Tết Dương lịch',
  'Trước Tết Dương lịch',
  'Tết Giáp Sửu',
  'Tết Giáp Thìn 2025',
  'Tết Nguyên đán 2024 2025',
  'Tết Giáp',
  'Giỗ',
  'Trung',
  'Cuối Trung thu',
  'Tết Trung thu Tết',
  'Từ Tết đến Trung thu',
  'Tết Nguyên đán 1850',
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
        return (
          isValidIso(out.iso) &&
          (out.start === null || (isValidIso(out.start) && out.start <= out.iso)) &&
          (out.original == null || isValidIso(out.original))
        );
      case 'invalid':
        return typeof out.text === 'string';
      default:
        return true;
    }
  }

  const fmt = fc.oneof(
    fc.constant(null),
    fc.constantFrom('General', 'dd/mm/yyyy', '0%', '@'),
    fc.string({ maxLength: 10 }),
  );

  test('never throws on any value; every date is valid and the start comes first', () => {
    const value = fc.oneof(fc.string({ maxLength: 60 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(value, fmt, fc.integer({ min: -5, max: 10005 }), (v, f, year) => check(parseDeadline(v, f, year))),
      { numRuns: 3000 },
    );
  });

  test('never throws on texts made of the grammar’s own pieces', () => {
    const piece = fc.constantFrom(
      'tháng',
      'quý',
      'Q',
      'T',
      'ngày',
      'năm',
      'từ',
      'đến',
      'hết',
      'tới',
      'trước',
      'chậm nhất',
      'cuối',
      'đầu',
      'nửa',
      'trong',
      'cả',
      'thường xuyên',
      'hằng',
      'II',
      'IV',
      'V',
      '/',
      '-',
      '.',
      ',',
      ':',
      '(',
      ')',
      '0',
      '1',
      '2',
      '3',
      '6',
      '9',
      '12',
      '13',
      '15',
      '29',
      '30',
      '31',
      '23',
      '2023',
      '2024',
      '0000',
      '9999',
      'và',
      'dịp',
      'Tết',
      'Nguyên đán',
      'Giỗ Tổ',
      'Hùng Vương',
      'Trung thu',
      'Giáp',
      'Thìn',
      'Tý',
      'gia hạn',
      'điều chỉnh',
      'được',
      '1850',
    );
    const text = fc
      .tuple(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', ''))
      .map(([ps, sep]) => ps.join(sep));
    fc.assert(
      fc.property(text, fc.integer({ min: 1990, max: 2100 }), (t, year) => check(parseDeadline(t, null, year))),
      { numRuns: 5000 },
    );
  });

  test('every day of a year written d/m/yyyy reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const out = parseDeadline(`${d}/${m}/${y}`, null, PLAN);
          const iso = utcDay(y, m, d);
          return iso === null ? out.kind === 'invalid' : out.kind === 'date' && out.iso === iso;
        },
      ),
    );
  });

  test('deadline-shaped text in the forms of docs/product.md reads as Date.UTC says, 1900 to 2200 (property)', () => {
    const spec = fc.record({
      form: fc.constantFrom(
        'day',
        'day dashed',
        'day dotted',
        'day worded',
        'day with a lead',
        'day, plan year',
        'day, two-digit year',
        'month',
        'quarter',
        'part of the year',
        'year',
        'month range',
        'quarter range',
        'day range',
        'serial',
        'year number',
        'recurring',
      ),
      y: fc.integer({ min: 1900, max: 2200 }),
      plan: fc.integer({ min: 1900, max: 2200 }),
      // Month ends and out-of-range numbers, so that days that never were come up often.
      m: fc.oneof(
        { weight: 10, arbitrary: fc.integer({ min: 1, max: 12 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, 13) },
      ),
      d: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1, max: 31 }) },
        { weight: 2, arbitrary: fc.constantFrom(28, 29, 30, 31) },
        { weight: 1, arbitrary: fc.constantFrom(0, 32) },
      ),
      a: fc.integer({ min: 1, max: 12 }),
      b: fc.integer({ min: 1, max: 12 }),
      q: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(5) }),
      pick: fc.nat(),
      how: fc.nat(5),
    });
    const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'];
    const pad2 = (n: number) => String(n).padStart(2, '0');
    const monthEnd = (y: number, m: number) => (m >= 1 && m <= 12 ? utcIso(Date.UTC(y, m, 0)) : null);
    const on = (iso: string | null, start: string | null = null): DeadlineParse | null =>
      iso === null ? null : date(iso, start);
    /** A written form and what it must read as (null: invalid). */
    function written(
      s: typeof spec extends fc.Arbitrary<infer V> ? V : never,
    ): [CellValue, string | null, DeadlineParse | null] {
      const { y, plan, m, d, a, b, q } = s;
      const at = <T>(list: readonly T[]) => list[s.pick % list.length];
      const day = utcDay(y, m, d);
      switch (s.form) {
        case 'day':
          return [`${d}/${m}/${y}`, null, on(day)];
        case 'day dashed':
          return [`${pad2(d)}-${pad2(m)}-${y}`, null, on(day)];
        case 'day dotted':
          return [`${pad2(d)}.${pad2(m)}.${y}`, null, on(day)];
        case 'day worded':
          return [at([`ngày ${d} tháng ${m} năm ${y}`, `ngày ${d}/${m}/${y}`]), null, on(day)];
        case 'day with a lead':
          return [
            `${at(['Trước ngày', 'Trước', 'Chậm nhất', 'Đến', 'Hạn chót', 'Dịp'])} ${d}/${m}/${y}`,
            null,
            on(day),
          ];
        case 'day, plan year':
          return [`${d}/${m}`, null, on(utcDay(plan, m, d))];
        case 'day, two-digit year':
          return [`${d}/${m}/${pad2(y % 100)}`, null, on(utcDay(2000 + (y % 100), m, d))];
        case 'month':
          return [
            at([`Tháng ${m}/${y}`, `tháng ${m} năm ${y}`, `T${m}/${y}`, `${pad2(m)}/${y}`, `Trong tháng ${m}/${y}`]),
            null,
            on(monthEnd(y, m)),
          ];
        case 'quarter': {
          const text = at([
            `Quý ${ROMAN[q]}/${y}`,
            `Quý ${q} năm ${y}`,
            `quý ${ROMAN[q]}-${y}`,
            `Q${ROMAN[q]}/${y}`,
            `Q${q}/${y}`,
          ]);
          return [text, null, on(q <= 4 ? monthEnd(y, 3 * q) : null)];
        }
        case 'part of the year': {
          const [text, iso] = at<[string, string]>([
            ['6 tháng đầu năm', `${plan}-06-30`],
            [`6 tháng đầu năm ${y}`, `${y}-06-30`],
            ['6 tháng cuối năm', `${plan}-12-31`],
            ['9 tháng', `${plan}-09-30`],
            [`9 tháng năm ${y}`, `${y}-09-30`],
            ['Cả năm', `${plan}-12-31`],
            ['Trong năm', `${plan}-12-31`],
          ]);
          return [text, null, on(iso)];
        }
        case 'year':
          return [at([`Năm ${y}`, String(y)]), null, on(`${y}-12-31`)];
        case 'month range': {
          // The end of the last period; a range that runs backwards is no deadline.
          const text = at([`Từ tháng ${a} đến tháng ${b}/${y}`, `Tháng ${a}-${b}/${y}`]);
          return [text, null, a <= b ? on(monthEnd(y, b), `${y}-${pad2(a)}-01`) : null];
        }
        case 'quarter range': {
          const [qa, qb] = [1 + (a % 4), 1 + (b % 4)];
          return [
            `Quý ${ROMAN[qa]}-${ROMAN[qb]}/${y}`,
            null,
            qa <= qb ? on(monthEnd(y, 3 * qb), `${y}-${pad2(3 * qa - 2)}-01`) : null,
          ];
        }
        case 'day range': {
          // "Từ 01/3 đến 30/6/2023": the first day takes the year of the last.
          const first = utcDay(y, a, 1 + (b % 28));
          const ok = first !== null && day !== null && first <= day;
          return [`Từ ${pad2(1 + (b % 28))}/${a} đến ${d}/${m}/${y}`, null, ok ? on(day, first) : null];
        }
        case 'serial': {
          // Excel counts the fake 29/2/1900: from 1900-03-01 on its serials count from 1899-12-30.
          const t = Date.UTC(y, 0, 1 + ((d * 37 + m * 400) % 365));
          const epoch = t >= Date.UTC(1900, 2, 1) ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
          return [(t - epoch) / 86_400_000, at(['dd/mm/yyyy', 'd/m/yyyy', 'dd-mm-yy']), on(utcIso(t))];
        }
        case 'year number':
          // A whole number 1900–2199 in a cell without a date format is that year.
          return y <= 2199 ? [y, at([null, 'General']), on(`${y}-12-31`)] : [`Năm ${y}`, null, on(`${y}-12-31`)];
        default:
          return [at(['Thường xuyên', 'Liên tục', 'Hằng tháng', 'Hằng quý']), null, RECURRING];
      }
    }
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(spec, (s) => {
        const [value, fmt, expected] = written(s);
        const typed = typeof value === 'string' ? variants(value)[s.how][1] : value;
        const out = parseDeadline(typed, fmt, s.plan);
        runs++;
        if (out.kind === 'date' || out.kind === 'recurring') read++;
        const shown = typeof typed === 'string' ? typed.normalize('NFC').replace(/\s+/g, ' ').trim() : String(typed);
        expect(out).toEqual(expected ?? { kind: 'invalid', text: shown });
      }),
      { numRuns: 3000 },
    );
    console.log(`parseDeadline: ${read} of ${runs} deadline-shaped values read as a deadline`);
    // Most are real periods (about four in five by the weights above); the rest name days that never were.
    expect(read / runs).toBeGreaterThanOrEqual(0.65);
  });

  test('a very long text is invalid, quickly', () => {
    const long = 'tháng 6 '.repeat(500);
    expect(parseDeadline(long, null, PLAN)).toEqual({ kind: 'invalid', text: long.trim() });
  });
});

describe('parsePeriodStart: the first day of the period written', () => {
  test.each<[string, string | null]>([
    ['Tháng 7, 8/2024', '2024-07-01'],
    ['Tết Nguyên đán 2024', '2024-02-10'],
    ['Trước Tết Nguyên đán 2024', '2024-02-09'],
    ['Tháng 3-5/2023 (gia hạn đến 30/6/2023)', '2023-03-01'],
    ['Quý II/2023 (gia hạn đến Quý III/2023)', '2023-04-01'],
  ])('%s → %p', (text, iso) => {
    expect(parsePeriodStart(text, null, PLAN)).toBe(iso);
  });
});

describe('parseDeadline: extension properties', () => {
  const day = fc.integer({ min: 0, max: 2000 }).map((n) => {
    const d = new Date(Date.UTC(2020, 0, 1 + n));
    return {
      text: `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`,
      iso: d.toISOString().slice(0, 10),
    };
  });

  test('an extension to a later day is in force, the deadline written before it is the original', () => {
    fc.assert(
      fc.property(
        day,
        day,
        fc.constantFrom(' (gia hạn đến X)', ' (gia hạn: X)', ' - gia hạn đến X', ' (điều chỉnh đến X)'),
        (a, b, form) => {
          const [first, last] = a.iso <= b.iso ? [a, b] : [b, a];
          const out = parseDeadline(first.text + form.replace('X', last.text), null, PLAN);
          return out.kind === 'date' && out.iso === last.iso && out.original === first.iso && out.start === null;
        },
      ),
    );
  });

  test('an extension to an earlier day is invalid; an adjustment to one is in force', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        fc.pre(a.iso !== b.iso);
        const [first, last] = a.iso <= b.iso ? [a, b] : [b, a];
        const extended = parseDeadline(`${last.text} (gia hạn đến ${first.text})`, null, PLAN);
        const adjusted = parseDeadline(`${last.text} (điều chỉnh đến ${first.text})`, null, PLAN);
        return (
          extended.kind === 'invalid' &&
          adjusted.kind === 'date' &&
          adjusted.iso === first.iso &&
          adjusted.original === last.iso
        );
      }),
    );
  });

  test('a deadline without an extension carries no original', () => {
    expect(parseDeadline('31/12/2024', null, PLAN)).not.toHaveProperty('original');
    expect(parseDeadline('Trước Tết', null, PLAN)).not.toHaveProperty('original');
  });
});

describe('checkWorkbook: the deadline in force and the one first registered', () => {
  const asOf = '2024-01-15';
  function rows(header: string[], data: (string | number | null)[][]) {
    const s = sheet('Năm 2023', [
      ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2023'],
      ['STT', ...header],
      ...data.map((r, i) => [i + 1, ...r]),
    ]);
    return checkWorkbook({ file: 'u.xlsx', sheets: [s] }, { asOf });
  }
  const pick = (r: ReturnType<typeof checkWorkbook>) =>
    r.commitments.map((c) => [c.title, c.deadline, c.originalDeadline, c.extendedDeadline, c.status]);

  test('an extension written in the deadline cell', () => {
    const r = rows(
      ['Nội dung đầu việc', 'Thời hạn', 'Tiến độ (%)'],
      [
        ['Kiểm kê di tích', '31/12/2023 (gia hạn đến 31/3/2024)', 50],
        ['Tu bổ đình', '30/6/2023 (gia hạn đến 30/6/2023)', 50],
        ['Lễ hội', 'Trước Tết Nguyên đán', 50],
        ['Sưu tầm', '31/12/2023 (gia hạn đến 30/6/2023)', 50],
      ],
    );
    expect(pick(r)).toEqual([
      ['Kiểm kê di tích', '2024-03-31', '2023-12-31', '2024-03-31', 'in_progress'],
      // The same day again: no deadline was replaced.
      ['Tu bổ đình', '2023-06-30', null, '2023-06-30', 'overdue'],
      ['Lễ hội', '2023-01-21', null, null, 'overdue'],
      ['Sưu tầm', null, null, null, null],
    ]);
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['bad-deadline', 'C6']]);
    expect(r.commitments[0].deadlineText).toBe('31/12/2023 (gia hạn đến 31/3/2024)');
  });

  test('an extension column wins over an extension in the cell; the original is the one first registered', () => {
    const r = rows(
      ['Nội dung đầu việc', 'Thời hạn', 'Thời hạn điều chỉnh', 'Tiến độ (%)'],
      [
        ['Kiểm kê di tích', '31/12/2023 (gia hạn đến 31/3/2024)', '30/6/2024', 50],
        ['Tu bổ đình', '31/12/2023 (gia hạn đến 31/3/2024)', null, 50],
        ['Lễ hội', '30/6/2023', '30/9/2023', 50],
        ['Sưu tầm', '30/6/2023', null, 50],
      ],
    );
    expect(pick(r)).toEqual([
      ['Kiểm kê di tích', '2024-06-30', '2023-12-31', '2024-06-30', 'in_progress'],
      ['Tu bổ đình', '2024-03-31', '2023-12-31', '2024-03-31', 'in_progress'],
      ['Lễ hội', '2023-09-30', '2023-06-30', '2023-09-30', 'overdue'],
      ['Sưu tầm', '2023-06-30', null, null, 'overdue'],
    ]);
    expect(r.issues).toEqual([]);
  });
});
