// Numbers typed as text, Vietnamese style ('80,5', '1.800') as well as English style ('1,800.5').
import type { CellValue } from './grid';
import { cleanText, foldWords, valueText } from './text';
import { isPercentFormat } from './dates';

// A grouped integer part: 1–3 digits (not starting with 0), then groups of exactly three.
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;

/** The digits-and-dot form of `body` (digits, dots and commas only), or null when it is no number. */
function canonical(body: string): string | null {
  if (/^\d+$/.test(body)) return body;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastComma < 0) {
    // Dots only: '1.800' and '1.800.000' are thousands, '1.5' and '0.750' are decimals.
    if (DOT_GROUPED.test(body)) return body.replace(/\./g, '');
    return /^\d+\.\d+$/.test(body) ? body : null;
  }
  if (lastDot < 0) {
    // Commas only: one comma is always the decimal mark (Vietnamese), so '1,800' is 1.8;
    // several can only be English thousands ('1,800,000').
    if (/^\d+,\d+$/.test(body)) return body.replace(',', '.');
    return COMMA_GROUPED.test(body) ? body.replace(/,/g, '') : null;
  }
  // Both: the last mark is the decimal one, the other must group thousands properly.
  const decimalAt = Math.max(lastDot, lastComma);
  const intPart = body.slice(0, decimalAt);
  const fraction = body.slice(decimalAt + 1);
  if (!/^\d+$/.test(fraction)) return null;
  const grouped = lastComma > lastDot ? DOT_GROUPED : COMMA_GROUPED;
  return grouped.test(intPart) ? `${intPart.replace(/[.,]/g, '')}.${fraction}` : null;
}

/**
 * A text that is exactly one number: '12', '-3', ' 75 ', '80,5' → 80.5, '1.800' → 1800,
 * '1.800,5' → 1800.5, '1,800.5' → 1800.5, '0.75', '1.5'. A single dot followed by exactly three
 * digits groups thousands (unless the integer part is 0: '0.750' is 0.75); a single comma is always
 * decimal ('1,800' → 1.8). Null for anything else ('khoảng 50', '50 - 60', '1 800', '').
 */
export function parseNumberText(text: string): number | null {
  const match = /^([+\-\u2212]?)(\d[\d.,]*)$/.exec(cleanText(String(text)));
  if (!match) return null;
  const digits = canonical(match[2]);
  if (digits === null) return null;
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  if (n === 0) return 0; // no -0
  return match[1] === '' || match[1] === '+' ? n : -n;
}

export type ProgressCell = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

// Two decimals are all a percentage needs; this drops the float noise of 0.805 * 100.
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** "Đạt 75%", "đạt 80 %": the word before the figure says nothing more. */
const REACHED = /^(đạt|dat|được|duoc)\s+/iu;
/** "8/10", "8/10 buổi": a count done of the count the target names, and what is counted. */
const COUNT_OF = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)*)(?:\s+(\S.*))?$/u;
/** A number in a target, with the character before and after it (a date's "/" tells it apart). */
const TARGET_NUMBER = /(^|[^\d.,])(\d(?:[\d.,]*\d)?)(?=([^\d]|$))/gu;
const PERCENT_SIGN = /\s*%$/;

/** Whether a target names `count` things: "10 buổi" names 10 (and, with `unit` "buổi", 10 buổi);
 *  "30/6" or "30/6/2024" names no 6, no 30 — a day and month are no count. */
function targetCounts(target: string, count: number, unit: string | null): boolean {
  // exec over the one shared regex (matchAll would copy it on every call).
  TARGET_NUMBER.lastIndex = 0;
  for (let m = TARGET_NUMBER.exec(target); m; m = TARGET_NUMBER.exec(target)) {
    if (m[1] === '/' || m[3] === '/' || parseNumberText(m[2]) !== count) continue;
    if (unit === null) return true;
    const after = foldWords(target.slice(m.index + m[0].length));
    if (after === unit || after.startsWith(`${unit} `)) return true;
  }
  return false;
}

/**
 * Progress in percent as written: a number in a percent-formatted cell is a fraction (0.75 → 75),
 * any other number is taken as is (75 → 75); text '75%', '75 %', '80,5%', 'Đạt 75%', '75', '80,5' is
 * read as written, never scaled. '8/10' (or '8/10 buổi') is a count of the target's count when the
 * target names that count ('10 buổi' → 80; with a unit, the same unit) — only then: '8/10' is also
 * how a day and month are written (8 October, day first, as the date columns read it), or a ratio
 * of anything; only in the progress column, and only against a target that names 10 of something,
 * is it a count. Elsewhere it is `invalid` (bad-progress), never a guess. Not a number → invalid.
 * The 0–100 range is checked elsewhere.
 */
export function parseProgress(value: CellValue, fmt: string | null, target: string | null = null): ProgressCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    const n = isPercentFormat(fmt) ? round2(value * 100) : value;
    return Number.isFinite(n) ? { kind: 'number', value: n } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'string') {
    const text = cleanText(value);
    if (!text) return { kind: 'empty' };
    const figure = text.replace(REACHED, '');
    const count = COUNT_OF.exec(figure);
    if (count) {
      const done = parseNumberText(count[1]);
      const of = parseNumberText(count[2]);
      const unit = count[3] === undefined ? null : foldWords(count[3]);
      if (done !== null && of !== null && of > 0 && target && targetCounts(target, of, unit))
        return { kind: 'number', value: round2((done / of) * 100) };
      return { kind: 'invalid', text };
    }
    const n = parseNumberText(figure.replace(PERCENT_SIGN, ''));
    return n === null ? { kind: 'invalid', text } : { kind: 'number', value: n };
  }
  return { kind: 'invalid', text: valueText(value) };
}
