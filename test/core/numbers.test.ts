import fc from 'fast-check';
import { parseNumberText, parseProgress } from '../../src/core/numbers';

describe('parseNumberText', () => {
  test.each([
    ['12', 12],
    ['0', 0],
    ['-3', -3],
    ['+3', 3],
    ['\u22123', -3],
    ['-0', 0],
    [' 75 ', 75],
    ['\u00a075\n', 75],
    ['007', 7],
    // Vietnamese: comma decimal, dot thousands
    ['80,5', 80.5],
    ['0,75', 0.75],
    ['1.800', 1800],
    ['12.500', 12500],
    ['100.000', 100000],
    ['1.800.000', 1800000],
    ['1.800,5', 1800.5],
    ['1.800.000,25', 1800000.25],
    ['-1.800,5', -1800.5],
    // English: dot decimal, comma thousands
    ['0.75', 0.75],
    ['1.5', 1.5],
    ['80.55', 80.55],
    ['1.8000', 1.8],
    ['1234.567', 1234.567],
    ['0.750', 0.75],
    ['1,800.5', 1800.5],
    ['1,800,000', 1800000],
    ['1,800,000.75', 1800000.75],
    // a single comma is always the decimal mark
    ['1,800', 1.8],
    ['12,500', 12.5],
  ])('parseNumberText(%p) = %p', (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });

  test.each([
    '',
    '   ',
    'khoảng 50',
    '50 - 60',
    '50-60',
    '1 800',
    '75%',
    'abc',
    '1.2.3',
    '1.80.000',
    '1,80,000',
    '12.34.567',
    '1,800.000,5',
    '1.800.5',
    '1,800,5',
    '1.800,000.5',
    '0.800.000',
    '80,',
    '80.',
    // both marks, and no digit after the last one: no decimal part, no number
    '1.800,',
    '1,800.',
    ',5',
    '.5',
    '1e3',
    '0x10',
    'Infinity',
    'NaN',
    '--3',
    '- 3',
    '3-',
    '9'.repeat(400),
  ])('parseNumberText(%p) is null', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test('never throws; a result is always a finite number (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[-+]?[0-9.,]{1,12}$/)), (text) => {
        const n = parseNumberText(text);
        return n === null || Number.isFinite(n);
      }),
      { numRuns: 2000 },
    );
  });

  test('an integer written with dot thousands reads back as itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+$)/g, '.');
        return parseNumberText(grouped) === n;
      }),
    );
  });
});

describe('parseProgress', () => {
  test.each([
    // empty
    [null, null, { kind: 'empty' }],
    ['', null, { kind: 'empty' }],
    [' \n ', '0%', { kind: 'empty' }],
    // a number in a percent-formatted cell is a fraction
    [0.75, '0%', { kind: 'number', value: 75 }],
    [0.805, '0.0%', { kind: 'number', value: 80.5 }],
    [1, '0%', { kind: 'number', value: 100 }],
    [0, '0%', { kind: 'number', value: 0 }],
    [0.07, '0%', { kind: 'number', value: 7 }],
    [0.123456, '0.00%', { kind: 'number', value: 12.35 }],
    [1.5, '[Red]0%', { kind: 'number', value: 150 }],
    // a plain number is taken as is
    [75, null, { kind: 'number', value: 75 }],
    [75, 'General', { kind: 'number', value: 75 }],
    [80.5, '0.0', { kind: 'number', value: 80.5 }],
    [0.75, null, { kind: 'number', value: 0.75 }],
    [120, null, { kind: 'number', value: 120 }],
    [-5, null, { kind: 'number', value: -5 }],
    [75, '0.00"%"', { kind: 'number', value: 75 }],
    // text is read as written, never scaled
    ['75%', null, { kind: 'number', value: 75 }],
    ['75 %', null, { kind: 'number', value: 75 }],
    ['80,5%', null, { kind: 'number', value: 80.5 }],
    ['80,5 %', null, { kind: 'number', value: 80.5 }],
    ['100%', null, { kind: 'number', value: 100 }],
    ['75', null, { kind: 'number', value: 75 }],
    ['80,5', null, { kind: 'number', value: 80.5 }],
    ['80.5', null, { kind: 'number', value: 80.5 }],
    [' 75% ', null, { kind: 'number', value: 75 }],
    ['75%', '0%', { kind: 'number', value: 75 }],
    ['0,75', '0%', { kind: 'number', value: 0.75 }],
    // not a number
    ['khoảng một nửa', null, { kind: 'invalid', text: 'khoảng một nửa' }],
    ['Hoàn thành', null, { kind: 'invalid', text: 'Hoàn thành' }],
    ['  Đang   thực hiện ', null, { kind: 'invalid', text: 'Đang thực hiện' }],
    ['%', null, { kind: 'invalid', text: '%' }],
    ['75%%', null, { kind: 'invalid', text: '75%%' }],
    ['%75', null, { kind: 'invalid', text: '%75' }],
    ['50 - 60%', null, { kind: 'invalid', text: '50 - 60%' }],
    ['-', null, { kind: 'invalid', text: '-' }],
    [true, null, { kind: 'invalid', text: 'TRUE' }],
    [NaN, null, { kind: 'invalid', text: 'NaN' }],
    [Infinity, '0%', { kind: 'invalid', text: 'Infinity' }],
    [1e307, '0%', { kind: 'invalid', text: '1e+307' }],
    // "Đạt …": the word before the figure
    ['Đạt 75%', null, { kind: 'number', value: 75 }],
    ['đạt 80 %', null, { kind: 'number', value: 80 }],
    ['Đạt 80,5%', null, { kind: 'number', value: 80.5 }],
    ['Đạt yêu cầu', null, { kind: 'invalid', text: 'Đạt yêu cầu' }],
    ['ĐẠT 75%', null, { kind: 'number', value: 75 }],
    ['Đạt 75%'.normalize('NFD'), null, { kind: 'number', value: 75 }],
    ['75\u00a0%', null, { kind: 'number', value: 75 }],
    ['100 %', null, { kind: 'number', value: 100 }],
    ['Đạt', null, { kind: 'invalid', text: 'Đạt' }],
    // the text of a figure, whatever the cell's format: never scaled
    ['80,5', '0%', { kind: 'number', value: 80.5 }],
    // a count with no target to count against is no percentage
    ['8/10', null, { kind: 'invalid', text: '8/10' }],
  ])('parseProgress(%p, %p)', (value, fmt, out) => {
    expect(parseProgress(value, fmt)).toEqual(out);
  });

  test.each([
    ['8/10', '10 buổi', { kind: 'number', value: 80 }],
    ['8 / 10', 'Tổ chức 10 buổi chiếu phim', { kind: 'number', value: 80 }],
    ['3/12', '12 số bản tin', { kind: 'number', value: 25 }],
    ['900/1.800', '1.800 lượt', { kind: 'number', value: 50 }],
    ['10/10', '10 buổi', { kind: 'number', value: 100 }],
    ['8/10', '12 buổi', { kind: 'invalid', text: '8/10' }],
    ['8/0', '0 buổi', { kind: 'invalid', text: '8/0' }],
    ['8/10', 'Báo cáo', { kind: 'invalid', text: '8/10' }],
    ['8/10', null, { kind: 'invalid', text: '8/10' }],
    ['8/10', '', { kind: 'invalid', text: '8/10' }],
    ['Đạt 8/10', '10 buổi', { kind: 'number', value: 80 }],
    ['8,5/10', '10 buổi', { kind: 'number', value: 85 }],
    ['12/10', '10 buổi', { kind: 'number', value: 120 }],
    // the unit may follow the count when the target names the same count of the same thing
    ['8/10 buổi', 'Tổ chức 10 buổi chiếu phim', { kind: 'number', value: 80 }],
    ['8/10 Buổi', '10 buổi', { kind: 'number', value: 80 }],
    ['8/10 lượt', '10 buổi', { kind: 'invalid', text: '8/10 lượt' }],
    ['8/10 buổi', 'Báo cáo', { kind: 'invalid', text: '8/10 buổi' }],
    // a day and month in the target is no count: "30/6" names no 6 of anything
    ['5/6', 'Trước 30/6 tổ chức 5 buổi', { kind: 'invalid', text: '5/6' }],
    ['3/5', 'Tổ chức 5 buổi trước 30/6/2024', { kind: 'number', value: 60 }],
    ['8/10/2024', '10 buổi', { kind: 'invalid', text: '8/10/2024' }],
    // nor does the day of a date: "10/12" (10 December) names no 10 of anything
    ['8/10', 'Báo cáo trước 10/12', { kind: 'invalid', text: '8/10' }],
    ['8/10', 'Trước 10/12/2024', { kind: 'invalid', text: '8/10' }],
    ['8/10', '10 buổi'.normalize('NFD'), { kind: 'number', value: 80 }],
  ])("parseProgress(%p) with the target %p: a count of the target's count", (value, target, out) => {
    expect(parseProgress(value, null, target)).toEqual(out);
  });

  test('NFD text is read like NFC', () => {
    expect(parseProgress('khoảng một nửa'.normalize('NFD'), null)).toEqual({ kind: 'invalid', text: 'khoảng một nửa' });
  });

  test('never throws; a number is always finite (property)', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.stringMatching(/^[0-9.,]{1,8} ?%?$/),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const fmt = fc.oneof(
      fc.constant(null),
      fc.constantFrom('General', '0%', '0.00%', '0.0', '@'),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(value, fmt, (v, f) => {
        const out = parseProgress(v, f);
        return out.kind !== 'number' || Number.isFinite(out.value);
      }),
      { numRuns: 2000 },
    );
  });
});
