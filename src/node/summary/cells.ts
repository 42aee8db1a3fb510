// Values as they go into cells: text stays text, dates become real dates, formulas are ours only.
import { columnLetter, sheetRef } from '../../core/grid';

/** Excel refuses a cell holding more than this many characters. */
export const MAX_CELL_TEXT = 32_767;

// XML 1.0 forbids these: text from units is stored without them (the writer would keep them as
// _xHHHH_ escapes, which not every reader decodes), and unpaired surrogates become U+FFFD.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, matched on purpose
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Anything text() may have to change: most text has none of it and is returned as it is. */
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, matched on purpose
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text from a unit's workbook, made safe to store: the value is a plain string (the writer writes a
 *  string as text, never a formula, whatever its first character). */
export function text(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v.length <= MAX_CELL_TEXT && !SUSPECT.test(v)) return v;
  let s = v.replace(XML_INVALID, '').replace(UNPAIRED_SURROGATE, '\uFFFD');
  if (s.length > MAX_CELL_TEXT) s = `${s.slice(0, MAX_CELL_TEXT - 1)}…`;
  return s;
}

/** An ISO date as a Date at UTC midnight: the writer turns it into the Excel serial of that day. */
const DATES = new Map<string, Date | null>();

export function isoDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  let d = DATES.get(iso);
  if (d === undefined) {
    // A year's deadlines are a few hundred distinct days: parsed once each.
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (DATES.size < 100_000) DATES.set(iso, d);
  }
  return d;
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const a = isoDate(from);
  const b = isoDate(to);
  if (!a || !b) return 0;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** A string literal inside a formula. */
export function literal(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A COUNTIFS criterion that matches exactly this text: "=" stops it reading as a comparison
 *  (">5"), "~" escapes the wildcards * and ?. */
export function exactCriterion(s: string): string {
  return literal(`=${s.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

export { sheetRef } from '../../core/grid';

/** 1-based column number → letter. */
export function col(n: number): string {
  return columnLetter(n - 1);
}

/** An absolute reference to a column range of a sheet: 'Tổng quan'!$B$20:$B$27 */
export function absRange(sheet: string, column: number, fromRow: number, toRow: number): string {
  return `${sheetRef(sheet)}$${col(column)}$${fromRow}:$${col(column)}$${toRow}`;
}
