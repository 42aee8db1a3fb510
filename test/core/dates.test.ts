import fc from 'fast-check';
import {
  addDaysIso,
  isDateFormat,
  isLeapYear,
  isoToSerial,
  isPercentFormat,
  isValidIso,
  lastDayOfMonth,
  makeIso,
  parseDateText,
  parseIso,
  readDateCell,
  serialToIso,
} from '../../src/core/dates';

const PLAN = 2023;

// An oracle independent of src/core/dates.ts: JavaScript's own proleptic Gregorian calendar (Date.UTC).
const DAY_MS = 86_400_000;
const T1900 = Date.UTC(1900, 0, 1);
const T2200 = Date.UTC(2200, 11, 31);
const utcIso = (t: number) => new Date(t).toISOString().slice(0, 10);
const pad2 = (n: number) => String(n).padStart(2, '0');
/** The ISO day of y-m-d when that day exists (years 100–9999), else null. */
function utcDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? utcIso(t.getTime()) : null;
}
/** A text as a clerk may type it: as written, upper or lower case, no diacritics, NFD (Mac), extra spaces. */
function variant(text: string, how: number): string {
  switch (how) {
    case 1:
      return text.toUpperCase();
    case 2:
      return text.toLowerCase();
    case 3:
      return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
    case 4:
      return text.normalize('NFD');
    case 5:
      return `  ${text.replace(/ /g, '  \n ')}\u00a0`;
    default:
      return text;
  }
}

describe('isLeapYear / lastDayOfMonth', () => {
  test.each([
    [2023, false],
    [2024, true],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('isLeapYear(%i) = %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });

  test.each([
    [2023, 1, 31],
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 6, 30],
    [2023, 9, 30],
    [2023, 11, 30],
    [2023, 12, 31],
  ])('lastDayOfMonth(%i, %i) = %i', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });

  test.each([0, 13, -1, 1.5, NaN])('lastDayOfMonth(2023, %p) is NaN', (m) => {
    expect(lastDayOfMonth(2023, m)).toBeNaN();
  });
});

describe('makeIso', () => {
  test.each([
    [2023, 6, 30, '2023-06-30'],
    [2023, 1, 1, '2023-01-01'],
    [2024, 2, 29, '2024-02-29'],
    [9999, 12, 31, '9999-12-31'],
    [1, 1, 1, '0001-01-01'],
    [999, 5, 7, '0999-05-07'],
  ])('makeIso(%i, %i, %i) = %s', (y, m, d, iso) => {
    expect(makeIso(y, m, d)).toBe(iso);
  });

  test.each([
    [2023, 6, 31],
    [2023, 2, 29],
    [1900, 2, 29],
    [2023, 13, 1],
    [2023, 0, 1],
    [2023, 1, 0],
    [2023, 1, 32],
    [0, 1, 1],
    [10000, 1, 1],
    [2023.5, 1, 1],
    [2023, 1, 1.5],
    [NaN, 1, 1],
  ])('makeIso(%p, %p, %p) is null', (y, m, d) => {
    expect(makeIso(y, m, d)).toBeNull();
  });
});

describe('parseIso / isValidIso', () => {
  test.each([
    ['2023-06-30', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-6-30', false],
    ['2023-06-30T00:00', false],
    ['', false],
    [' 2023-06-30', false],
  ])('isValidIso(%p) = %s', (iso, ok) => {
    expect(isValidIso(iso)).toBe(ok);
  });

  test('non-strings are not ISO dates', () => {
    expect(isValidIso(45107)).toBe(false);
    expect(isValidIso(null)).toBe(false);
  });

  test('parseIso splits the parts', () => {
    expect(parseIso('2023-06-30')).toEqual({ y: 2023, m: 6, d: 30 });
  });
});

describe('addDaysIso', () => {
  test.each([
    ['2023-06-30', 1, '2023-07-01'],
    ['2023-06-30', 0, '2023-06-30'],
    ['2023-06-30', -30, '2023-05-31'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-06-30', 7, '2023-07-07'],
    ['0001-01-01', 0, '0001-01-01'],
    ['9999-12-30', 1, '9999-12-31'],
  ])('addDaysIso(%s, %i) = %s', (iso, n, out) => {
    expect(addDaysIso(iso, n)).toBe(out);
  });

  test.each([
    ['2023-02-29', 1],
    ['30/6/2023', 1],
    ['2023-06-30', 0.5],
    ['9999-12-31', 1],
    ['0001-01-01', -1],
    ['2023-06-30', 1e300],
  ])('addDaysIso(%p, %p) throws RangeError', (iso, n) => {
    expect(() => addDaysIso(iso, n)).toThrow(RangeError);
  });

  test('agrees with Date.UTC from 1900 to 2200, and throws RangeError exactly when leaving 0001–9999 (property)', () => {
    let inRange = 0;
    let outOfRange = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: (T2200 - T1900) / DAY_MS }),
        // Near moves, and moves far enough to leave 0001–9999 either way.
        fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -3_000_000, max: 3_000_000 })),
        (k, n) => {
          const t = T1900 + k * DAY_MS;
          const moved = new Date(t + n * DAY_MS);
          const year = moved.getUTCFullYear();
          if (year < 1 || year > 9999) {
            outOfRange++;
            expect(() => addDaysIso(utcIso(t), n)).toThrow(new RangeError(`Date out of range: ${utcIso(t)} + ${n}`));
          } else {
            inRange++;
            expect(addDaysIso(utcIso(t), n)).toBe(utcIso(moved.getTime()));
          }
        },
      ),
      { numRuns: 2000 },
    );
    // Both branches are exercised; most moves stay in range.
    expect(outOfRange).toBeGreaterThan(0);
    expect(inRange).toBeGreaterThan(outOfRange);
  });
});

describe('Excel serials (1900 system)', () => {
  test.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [36526, '2000-01-01'],
    [44927, '2023-01-01'],
    [45107, '2023-06-30'],
    [45107.75, '2023-06-30'],
    [45291, '2023-12-31'],
    [45351, '2024-02-29'],
    [2958465, '9999-12-31'],
    [2958465.999, '9999-12-31'],
  ])('serialToIso(%p) = %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  test.each([0, 0.5, -1, 60, 60.5, 2958466, NaN, Infinity, -Infinity])('serialToIso(%p) is null', (serial) => {
    expect(serialToIso(serial)).toBeNull();
  });

  test.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2023-06-30', 45107],
    ['2024-02-29', 45351],
    ['9999-12-31', 2958465],
    ['1899-12-31', 0],
  ])('isoToSerial(%s) = %i', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });

  test('isoToSerial throws on a malformed date', () => {
    expect(() => isoToSerial('2023-02-29')).toThrow(RangeError);
  });

  test('serialToIso and isoToSerial agree with Date.UTC on every serial, 1900 to 2200 and up to 9999 (property)', () => {
    // Excel's day 1 is 1900-01-01; from day 61 on it counts the fake 29/2/1900, so it counts from 1899-12-30.
    const oracle = (serial: number) =>
      serial === 60 ? null : utcIso(Date.UTC(1899, 11, serial < 60 ? 31 : 30) + serial * DAY_MS);
    const serial2200 = (T2200 - Date.UTC(1899, 11, 30)) / DAY_MS;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 1, max: serial2200 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 2958465 }) },
        ),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (serial, time) => {
          const iso = oracle(serial);
          expect(serialToIso(serial)).toBe(iso);
          // The time of day is ignored.
          expect(serialToIso(serial + time)).toBe(iso);
          if (iso !== null) expect(isoToSerial(iso)).toBe(serial);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('isoToSerial of every day from 1900 to 2200 is its distance from the epoch (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (T2200 - T1900) / DAY_MS }), (k) => {
        const t = T1900 + k * DAY_MS;
        const epoch = t >= Date.UTC(1900, 2, 1) ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
        expect(isoToSerial(utcIso(t))).toBe((t - epoch) / DAY_MS);
      }),
      { numRuns: 1000 },
    );
  });

  test('consecutive serials are consecutive days, across the fake 29/2/1900', () => {
    for (let s = 1; s < 400; s++) {
      if (s === 59 || s === 60) continue;
      expect(addDaysIso(serialToIso(s) as string, 1)).toBe(serialToIso(s + 1));
    }
    expect(addDaysIso(serialToIso(59) as string, 1)).toBe(serialToIso(61));
  });
});

describe('isDateFormat', () => {
  test.each([
    'dd/mm/yyyy',
    'd/m/yyyy',
    'm/d/yy',
    'mm-dd-yy',
    '[$-42A]dd/mm/yyyy',
    '[$-409]d-mmm-yy',
    'dd"/"mm"/"yyyy',
    'dd\\/mm\\/yyyy',
    'yyyy-mm-dd',
    'd-mmm-yy',
    'mmmm yyyy',
    'mmm-yy',
    'mmm',
    'DD/MM/YYYY',
    'm/d/yy h:mm',
    'dd/mm/yyyy hh:mm:ss',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[Red]dd/mm/yyyy',
    'dd/mm/yyyy;@',
    '"Ngày "dd" tháng "mm" năm "yyyy',
    'mm',
  ])('%p is a date format', (fmt) => {
    expect(isDateFormat(fmt)).toBe(true);
  });

  test.each([
    'General',
    'general',
    '0%',
    '0.00%',
    '0.00',
    '0',
    '#,##0',
    '#,##0.00 "đ"',
    '"ngày"0',
    '@',
    '[Red]0.00',
    '0.00E+00',
    '#,##0;[Red]-#,##0',
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
    'h:mm',
    'h:mm:ss',
    'hh:mm AM/PM',
    'mm:ss',
    '[h]:mm:ss',
    '[mm]:ss',
    '',
    null,
    undefined,
  ])('%p is not a date format', (fmt) => {
    expect(isDateFormat(fmt)).toBe(false);
  });
});

describe('isPercentFormat', () => {
  test.each([
    ['0%', true],
    ['0.00%', true],
    ['0.0 %', true],
    ['[Red]0%', true],
    ['0%;[Red]-0%', true],
    ['0.00', false],
    ['General', false],
    ['0.00"%"', false],
    ['0\\%', false],
    ['dd/mm/yyyy', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('isPercentFormat(%p) = %s', (fmt, pct) => {
    expect(isPercentFormat(fmt)).toBe(pct);
  });
});

describe('parseDateText', () => {
  test.each([
    ['30/6/2023', '2023-06-30'],
    ['30/06/2023', '2023-06-30'],
    ['30-06-2023', '2023-06-30'],
    ['30.06.2023', '2023-06-30'],
    ['30/6/23', '2023-06-30'],
    ['1/1/99', '2099-01-01'],
    ['30/6', '2023-06-30'],
    ['30-6', '2023-06-30'],
    ['30 / 6 / 2023', '2023-06-30'],
    ['  30/6/2023\n', '2023-06-30'],
    ['ngày 30 tháng 6 năm 2023', '2023-06-30'],
    ['Ngày 30 Tháng 6 Năm 2023', '2023-06-30'],
    ['NGÀY 30 THÁNG 06 NĂM 2023', '2023-06-30'],
    ['ngay 30 thang 6 nam 2023', '2023-06-30'],
    ['ngày 30 tháng 6 năm 2023'.normalize('NFD'), '2023-06-30'],
    ['ngày  30\ntháng 6  năm 2023', '2023-06-30'],
    ['30 tháng 6 năm 2023', '2023-06-30'],
    ['ngày 30 tháng 6', '2023-06-30'],
    ['ngày 30/6/2023', '2023-06-30'],
    ['Ngày 30/6', '2023-06-30'],
    ['29/2/2024', '2024-02-29'],
    ['01/01/2024', '2024-01-01'],
  ])('parseDateText(%p) = %s', (text, iso) => {
    expect(parseDateText(text, PLAN)).toBe(iso);
  });

  test.each([
    '31/6/2023',
    '29/2/2023',
    '29/2',
    '32/1/2023',
    '0/1/2023',
    '30/13/2023',
    '30/6/202',
    '30/6/20233',
    '30.6',
    '30/6-2023',
    '30/06.2023',
    '2023-06-30',
    '6/2023',
    'Tháng 6/2023',
    'trước 30/6/2023',
    '30/6/2023 (dự kiến)',
    '45107',
    'khoảng 30/6',
    '',
    '   ',
    'ngày',
  ])('parseDateText(%p) is null', (text) => {
    expect(parseDateText(text, PLAN)).toBeNull();
  });

  test('the plan year decides 29/2 without a year', () => {
    expect(parseDateText('29/2', 2024)).toBe('2024-02-29');
  });

  test('never throws, and any date is valid (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: -1, max: 10001 }), (text, year) => {
        const iso = parseDateText(text, year);
        return iso === null || isValidIso(iso);
      }),
      { numRuns: 2000 },
    );
  });

  test('date-shaped text reads as the day Date.UTC says, or null for a day that never was (property)', () => {
    const forms = [
      'd/m/yyyy',
      'dd/mm/yyyy',
      'd-m-yyyy',
      'dd-mm-yyyy',
      'dd.mm.yyyy',
      'd/m/yy',
      'd/m',
      'd-m',
      'worded',
      'worded, no ngày',
      'worded, no year',
      'ngày d/m/yyyy',
      'spaced',
    ] as const;
    // Day first always; both separators the same; '30.6' without a year is a decimal number, not a day.
    const refused = ['d/m-yyyy', 'd.m'] as const;
    const text = fc.record({
      form: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...forms) },
        { weight: 1, arbitrary: fc.constantFrom(...refused) },
      ),
      y: fc.integer({ min: 1900, max: 2200 }),
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
      plan: fc.integer({ min: 1900, max: 2200 }),
      how: fc.nat(5),
    });
    let parsed = 0;
    let runs = 0;
    fc.assert(
      fc.property(text, ({ form, y, m, d, plan, how }) => {
        const yy = String(y % 100).padStart(2, '0');
        const written: Record<(typeof forms)[number] | (typeof refused)[number], [string, number | null]> = {
          'd/m/yyyy': [`${d}/${m}/${y}`, y],
          'dd/mm/yyyy': [`${pad2(d)}/${pad2(m)}/${y}`, y],
          'd-m-yyyy': [`${d}-${m}-${y}`, y],
          'dd-mm-yyyy': [`${pad2(d)}-${pad2(m)}-${y}`, y],
          'dd.mm.yyyy': [`${pad2(d)}.${pad2(m)}.${y}`, y],
          // Two-digit years mean 20yy.
          'd/m/yy': [`${d}/${m}/${yy}`, 2000 + (y % 100)],
          'd/m': [`${d}/${m}`, plan],
          'd-m': [`${d}-${m}`, plan],
          worded: [`ngày ${d} tháng ${m} năm ${y}`, y],
          'worded, no ngày': [`${d} tháng ${m} năm ${y}`, y],
          'worded, no year': [`ngày ${d} tháng ${m}`, plan],
          'ngày d/m/yyyy': [`ngày ${d}/${m}/${y}`, y],
          spaced: [` ${d} / ${m} / ${y}\n`, y],
          'd/m-yyyy': [`${d}/${m}-${y}`, null],
          'd.m': [`${d}.${m}`, null],
        };
        const [typed, year] = written[form];
        const expected = year === null ? null : utcDay(year, m, d);
        const out = parseDateText(variant(typed, how), plan);
        runs++;
        if (out !== null) parsed++;
        expect(out).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    console.log(`parseDateText: ${parsed} of ${runs} date-shaped texts read as a day`);
    // Most are real days (about three in four by the weights above); the rest never were, or are refused.
    expect(parsed / runs).toBeGreaterThanOrEqual(0.6);
  });
});

describe('readDateCell', () => {
  test.each([
    [null, null, { kind: 'empty' }],
    ['', null, { kind: 'empty' }],
    ['  \n ', null, { kind: 'empty' }],
    [45107, 'dd/mm/yyyy', { kind: 'date', iso: '2023-06-30' }],
    [45107.5, 'dd/mm/yyyy hh:mm', { kind: 'date', iso: '2023-06-30' }],
    [45107, null, { kind: 'date', iso: '2023-06-30' }],
    [45107, 'General', { kind: 'date', iso: '2023-06-30' }],
    [20000, 'General', { kind: 'date', iso: '1954-10-03' }],
    [80000, 'General', { kind: 'date', iso: '2119-01-11' }],
    [19999, 'General', { kind: 'invalid', text: '19999' }],
    [80001, 'General', { kind: 'invalid', text: '80001' }],
    [2023, 'General', { kind: 'invalid', text: '2023' }],
    [75, null, { kind: 'invalid', text: '75' }],
    [1, 'dd/mm/yyyy', { kind: 'date', iso: '1900-01-01' }],
    [61, 'd/m/yyyy', { kind: 'date', iso: '1900-03-01' }],
    [60, 'd/m/yyyy', { kind: 'invalid', text: '60' }],
    [0, 'dd/mm/yyyy', { kind: 'invalid', text: '0' }],
    [-5, 'dd/mm/yyyy', { kind: 'invalid', text: '-5' }],
    [2958466, 'dd/mm/yyyy', { kind: 'invalid', text: '2958466' }],
    ['30/6/2023', null, { kind: 'date', iso: '2023-06-30' }],
    ['30/6', '@', { kind: 'date', iso: '2023-06-30' }],
    [' ngày 30 tháng 6 năm 2023 ', null, { kind: 'date', iso: '2023-06-30' }],
    ['31/6/2023', null, { kind: 'invalid', text: '31/6/2023' }],
    ['  Sau  Tết ', null, { kind: 'invalid', text: 'Sau Tết' }],
    [true, null, { kind: 'invalid', text: 'TRUE' }],
    [false, 'dd/mm/yyyy', { kind: 'invalid', text: 'FALSE' }],
  ])('readDateCell(%p, %p)', (value, fmt, out) => {
    expect(readDateCell(value, fmt, PLAN)).toEqual(out);
  });

  test('never throws, and any date is valid (property)', () => {
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    const fmt = fc.oneof(
      fc.constant(null),
      fc.constantFrom('General', 'dd/mm/yyyy', '0%', '@', 'h:mm'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(value, fmt, (v, f) => {
        const out = readDateCell(v, f, PLAN);
        return out.kind !== 'date' || isValidIso(out.iso);
      }),
      { numRuns: 2000 },
    );
  });
});
