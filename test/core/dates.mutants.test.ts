// Rules of src/core/dates.ts that mutation testing (npm run mutate -- src/core/dates.ts, docs/mutation.md)
// found no test pinning. Kept apart from dates.test.ts, which is being reworked elsewhere.
import { addDaysIso, displayIso, isDateFormat, isPercentFormat, isValidIso, serialToIso } from '../../src/core/dates';

// An oracle independent of src/core/dates.ts: JavaScript's own calendar. From 1900-03-01 on, Excel's serial
// counts days from 1899-12-30.
const DAY_MS = 86_400_000;
const serialByOracle = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;

describe('isValidIso: a string holding a real ISO day, nothing else', () => {
  test.each([
    ['2023-06-30', true],
    // what only reads like one as text is no ISO string
    [['2023-06-30'], false],
    [{ toString: () => '2023-06-30' }, false],
    [20230630, false],
    [null, false],
  ])('%p → %p', (value, valid) => {
    expect(isValidIso(value)).toBe(valid);
  });
});

describe('the turn of every year, 1900–2200', () => {
  // The day's year is found from an estimate that can be a year off either way right at the turn of a
  // year (31/12 of a leap year, 1/1 after one): the year-end deadline most of all must come out right.
  test('31/12 and the 1/1 after it, by serial and by adding or taking a day', () => {
    for (let y = 1900; y <= 2200; y++) {
      const last = `${y}-12-31`;
      const first = `${y + 1}-01-01`;
      expect([serialToIso(serialByOracle(y, 12, 31)), serialToIso(serialByOracle(y + 1, 1, 1))]).toEqual([last, first]);
      expect([addDaysIso(last, 1), addDaysIso(first, -1)]).toEqual([first, last]);
    }
  });

  test('the serial of 1/1/2025 is 45658 (as Excel shows it)', () => {
    expect(serialToIso(45658)).toBe('2025-01-01');
    expect(serialToIso(45657)).toBe('2024-12-31');
  });
});

describe('addDaysIso: its errors say what is wrong', () => {
  test('a malformed date is named', () => {
    expect(() => addDaysIso('2023-02-30', 1)).toThrow(new RangeError('Not an ISO date: "2023-02-30"'));
  });

  test('a fraction of a day is refused as such, not as a date out of range', () => {
    expect(() => addDaysIso('2023-06-30', 1.5)).toThrow(new RangeError('Not a whole number of days: 1.5'));
  });
});

describe('number formats: only the first section, and no padding, counts', () => {
  test.each([
    // the first section is for positive numbers: a date or percent only in another section is not
    // how a progress or a deadline typed as a positive number shows
    ['0.0;-0.0%', false],
    ['0;[Red]-0%', false],
    // colours and conditions in brackets, one after another
    ['[Red][<0]0%', true],
    ['[Blue][>=1]0%', true],
  ])('isPercentFormat(%p) = %p', (fmt, pct) => {
    expect(isPercentFormat(fmt)).toBe(pct);
  });

  test.each([
    ['0;[Red]dd/mm/yyyy', false],
    ['General;dd/mm/yyyy', false],
    // `_x` pads the width of x and `*x` fills with x: neither x is a code
    ['0_d', false],
    ['0_y', false],
    ['0*y', false],
    ['#,##0*d', false],
    // a day or year code alone is a date (weekday names, years)
    ['yyyy', true],
    ['dddd', true],
    ['d', true],
    // three m or more are a month name, even right after the hours
    ['hh mmm', true],
    ['h mmmm', true],
  ])('isDateFormat(%p) = %p', (fmt, date) => {
    expect(isDateFormat(fmt)).toBe(date);
  });
});

describe('displayIso: as a Vietnamese reader writes a date, day first', () => {
  test.each([
    ['2023-06-30', '30/06/2023'],
    ['2024-01-05', '05/01/2024'],
  ])('%p → %p', (iso, shown) => {
    expect(displayIso(iso)).toBe(shown);
  });
});
