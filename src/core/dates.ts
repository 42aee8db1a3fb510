// Calendar dates for the core. A date crosses every API as an ISO string 'YYYY-MM-DD': a JS Date
// carries a time zone, and a deadline read in Hanoi must not move a day when checked elsewhere.
import type { CellValue } from './grid';
import { boundedMemo } from './memo';
import { cleanText, foldText, valueText } from './text';

export const MIN_SERIAL = 1;
/** 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL = 2958465;
/** A plain (General) number is only taken as a serial in this window, 1954-10-03 … 2119-01-11. */
export const PLAIN_SERIAL_MIN = 20000;
export const PLAIN_SERIAL_MAX = 80000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Days in the year before the first of each month (non-leap year).
const DAYS_BEFORE_MONTH = MONTH_DAYS.map((_, i) => MONTH_DAYS.slice(0, i).reduce((a, b) => a + b, 0));

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 28–31; NaN when the month is not an integer 1–12 (so `d <= lastDayOfMonth(…)` is false). */
export function lastDayOfMonth(y: number, m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) return NaN;
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** The ISO string of a real calendar day in years 1–9999, else null (31/6, 29/2/2023, month 13…). */
export function makeIso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(d) || y < 1 || y > 9999 || d < 1) return null;
  if (!(d <= lastDayOfMonth(y, m))) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Year, month and day of a well-formed ISO date, or null. */
export function parseIso(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return makeIso(y, m, d) === null ? null : { y, m, d };
}

export function isValidIso(iso: unknown): iso is string {
  return typeof iso === 'string' && parseIso(iso) !== null;
}

// Day 1 is 0001-01-01 (proleptic Gregorian); plain integer arithmetic, no Date, no time zone.
function dayNumber(y: number, m: number, d: number): number {
  const py = y - 1;
  const leapDays = Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
  const leapToday = m > 2 && isLeapYear(y) ? 1 : 0;
  return py * 365 + leapDays + DAYS_BEFORE_MONTH[m - 1] + leapToday + d;
}

const LAST_DAY_NUMBER = dayNumber(9999, 12, 31);

/** The days of a plan year recur on every row: one string per day, shared by all the rows. */
const isoOfDay = boundedMemo((n: number) => computeIso(n), { limit: 20_000, key: (n) => n });

function fromDayNumber(n: number): string | null {
  // The bound also keeps the year search finite for huge inputs.
  if (!Number.isInteger(n) || n < 1 || n > LAST_DAY_NUMBER) return null;
  return isoOfDay(n);
}

function computeIso(n: number): string | null {
  let y = Math.floor(n / 365.2425) + 1;
  while (y > 1 && dayNumber(y, 1, 1) > n) y--;
  while (dayNumber(y + 1, 1, 1) <= n) y++;
  let m = 12;
  while (m > 1 && dayNumber(y, m, 1) > n) m--;
  return makeIso(y, m, n - dayNumber(y, m, 1) + 1);
}

function requireIso(iso: string): { y: number; m: number; d: number } {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  return p;
}

/** iso plus n days (n may be negative). Throws RangeError on a malformed date or a result outside 0001–9999. */
export function addDaysIso(iso: string, n: number): string {
  const { y, m, d } = requireIso(iso);
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  const out = fromDayNumber(dayNumber(y, m, d) + n);
  if (out === null) throw new RangeError(`Date out of range: ${iso} + ${n}`);
  return out;
}

// Excel's 1900 system counts 29/2/1900, a day that never was (Lotus 1-2-3 compatibility): serials
// from 61 (1900-03-01) on count from 1899-12-30, those before from 1899-12-31.
const EPOCH_AFTER_BUG = dayNumber(1899, 12, 30);
const EPOCH_BEFORE_BUG = dayNumber(1899, 12, 31);
const FAKE_LEAP_DAY = 60;

/**
 * The day of an Excel serial (1900 system); the time of day (fraction) is ignored.
 * Null outside 1…2958465, and for 60: Excel's fake 1900-02-29 is no real date.
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < MIN_SERIAL || whole > MAX_SERIAL || whole === FAKE_LEAP_DAY) return null;
  return fromDayNumber(whole + (whole > FAKE_LEAP_DAY ? EPOCH_AFTER_BUG : EPOCH_BEFORE_BUG));
}

/** The Excel serial (1900 system) of an ISO date; 0 or less before 1900. Throws RangeError on a malformed date. */
export function isoToSerial(iso: string): number {
  const { y, m, d } = requireIso(iso);
  const n = dayNumber(y, m, d);
  const afterBug = n - EPOCH_AFTER_BUG;
  return afterBug > FAKE_LEAP_DAY ? afterBug : n - EPOCH_BEFORE_BUG;
}

/**
 * The codes of a number format's first section, lower case, without what carries no meaning for
 * the kind of value: quoted literals, backslash escapes, [colours]/[$-locale]/[conditions], and the
 * `_x` / `*x` padding pairs.
 */
function formatCodes(fmt: string | null | undefined): string {
  if (!fmt) return '';
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === ';') break;
    if (ch === '"') {
      const close = fmt.indexOf('"', i + 1);
      i = close < 0 ? fmt.length : close;
    } else if (ch === '[') {
      const close = fmt.indexOf(']', i + 1);
      i = close < 0 ? fmt.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else {
      out += ch;
    }
  }
  return out.toLowerCase().replace(/general|am\/pm|a\/p/g, '');
}

/**
 * True when the format shows a calendar date: it has a day or year code, or an `m` that means month
 * (not minutes: minutes follow `h` or precede `s`). A time alone ('h:mm', 'mm:ss') is not a date,
 * since a time-only cell holds no day.
 */
export function isDateFormat(fmt: string | null | undefined): boolean {
  const codes = formatCodes(fmt);
  if (/[dy]/.test(codes)) return true;
  const letters = codes.replace(/[^a-z]/g, '');
  for (const run of letters.matchAll(/m+/g)) {
    const at = run.index ?? 0;
    const before = letters[at - 1];
    const after = letters[at + run[0].length];
    if (run[0].length >= 3 || (before !== 'h' && after !== 's')) return true;
  }
  return false;
}

/** True when the format multiplies by 100 and shows '%' ('0%', '0.00 %'); a quoted "%" does not count. */
export function isPercentFormat(fmt: string | null | undefined): boolean {
  return formatCodes(fmt).includes('%');
}

function yearOf(digits: string): number {
  // Two-digit years mean 20yy: plans and deadlines are never in the 1900s.
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

const NUMERIC_DATE = /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*([/.-])\s*(\d{4}|\d{2}))?$/;
const WORDED_DATE = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?$/;

/**
 * A text that is exactly one day, day first: '30/6/2023', '30-06-2023', '30.06.2023', '30/6/23',
 * '30/6' (plan year), 'ngày 30 tháng 6 năm 2023', 'ngày 30/6/2023'. Both separators must be the same;
 * '30.6' without a year is refused (it reads as a decimal number). Null for anything else.
 */
export function parseDateText(text: string, planYear: number): string | null {
  const folded = foldText(String(text));
  const numeric = NUMERIC_DATE.exec(folded);
  if (numeric) {
    const [, d, sep, m, sep2, y] = numeric;
    if (y === undefined ? sep === '.' : sep2 !== sep) return null;
    return makeIso(y === undefined ? planYear : yearOf(y), Number(m), Number(d));
  }
  const worded = WORDED_DATE.exec(folded);
  if (worded) {
    const [, d, m, y] = worded;
    return makeIso(y === undefined ? planYear : Number(y), Number(m), Number(d));
  }
  return null;
}

export type DateCell = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; text: string };

/**
 * A cell that should hold a date. A number counts as a serial when the cell has a date format, or,
 * in any other format, only within 20000…80000 (1954–2119) so that a count or a year is not taken
 * for a day. Text goes through parseDateText.
 */
export function readDateCell(value: CellValue, fmt: string | null, planYear: number): DateCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    const plausible = isDateFormat(fmt) || (value >= PLAIN_SERIAL_MIN && value < PLAIN_SERIAL_MAX + 1);
    const iso = plausible ? serialToIso(value) : null;
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'string') {
    const text = cleanText(value);
    if (!text) return { kind: 'empty' };
    const iso = parseDateText(text, planYear);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text };
  }
  return { kind: 'invalid', text: valueText(value) };
}

/** 2023-06-30 → 30/06/2023: how a Vietnamese reader writes a date. */
export function displayIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
