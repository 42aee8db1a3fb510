// XML text for SpreadsheetML parts: escaping, OOXML's own escape for characters XML 1.0 cannot
// hold (ST_Xstring's _xHHHH_, ECMA-376 Part 1 §22.9.2.19), cell references.
/* eslint-disable no-control-regex -- the characters XML 1.0 forbids are matched on purpose */

const SPACE = 0x20;

/** Anything escapeText may change; most text has none of it and is returned as it is. */
const TEXT_SUSPECT = /[&<>\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const TEXT_ESCAPE =
  /[&<>]|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const TEXT_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

function hex4(c: string): string {
  return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * Cell text (ST_Xstring) as XML character data. `&`, `<` and `>` become entities, and a carriage
 * return `&#13;` (a raw one every XML parser turns into a line feed); the characters XML 1.0
 * forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF) are written as
 * `_xHHHH_`, as Excel does, so they come back as they were; text that itself reads like that
 * escape (`_x0041_`) has its underscore escaped (`_x005F_x0041_`), else Excel would decode it. A
 * lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.
 */
export function escapeText(s: string): string {
  if (!TEXT_SUSPECT.test(s)) return s;
  return s.replace(TEXT_ESCAPE, (c) => {
    if (c.length === 2) return c; // a surrogate pair: an astral character, kept
    const e = TEXT_ENTITY[c];
    if (e) return e;
    if (c === '_') return '_x005F_';
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
    return hex4(c);
  });
}

const PLAIN_SUSPECT = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const PLAIN_ESCAPE =
  /[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** Text that is not ST_Xstring (a formula, an attribute value): entities for `& < > "`, and the
 *  characters XML cannot hold left out (a formula has no use for them). */
export function escapeXml(s: string): string {
  if (!PLAIN_SUSPECT.test(s)) return s;
  return s.replace(PLAIN_ESCAPE, (c) => {
    if (c.length === 2) return c;
    const e = ENTITY[c];
    if (e) return e;
    const code = c.charCodeAt(0);
    return code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : '';
  });
}

/** White space a reader would trim or fold: at either end, doubled, or a tab or line break. */
export function hasSpaceToKeep(s: string): boolean {
  if (!s) return false;
  if (s.charCodeAt(0) <= SPACE || s.charCodeAt(s.length - 1) <= SPACE) return true;
  return s.includes('  ') || s.includes('\n') || s.includes('\t') || s.includes('\r');
}

/** A `<t>` element, marked to keep its spaces only when it has spaces a reader could lose. */
export function textElement(s: string): string {
  return hasSpaceToKeep(s) ? `<t xml:space="preserve">${escapeText(s)}</t>` : `<t>${escapeText(s)}</t>`;
}

/** 0-based column index → letters (0 → A, 26 → AA): the core's one address helper. */
export { columnLetter as columnName } from '../../../core/grid';

/** The largest sheet Excel opens. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function checkCell(ref: string, what: string): void {
  const m = CELL.exec(ref);
  if (!m) throw new Error(`${what}: not a cell reference: ${ref}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]);
  if (c > MAX_COLUMNS || r < 1 || r > MAX_ROWS) throw new Error(`${what}: outside the sheet: ${ref}`);
}

/** Checks `A1` or `A1:B2` (with or without `$`), returns it unchanged. */
export function checkRange(ref: string, what: string): string {
  const parts = ref.split(':');
  if (parts.length > 2) throw new Error(`${what}: not a range: ${ref}`);
  for (const p of parts) checkCell(p, what);
  return ref;
}

/** A range made absolute: A1:L29 → $A$1:$L$29 (rows only, 1:3 → $1:$3). */
export function absolute(ref: string): string {
  return ref
    .split(':')
    .map((p) =>
      p
        .replace(/\$/g, '')
        .replace(/^([A-Z]*)(\d*)$/, (_, c: string, r: string) => `${c ? `$${c}` : ''}${r ? `$${r}` : ''}`),
    )
    .join(':');
}

/** A sheet name as a formula prefix: 'Đầu việc'! */
export { sheetRef as quoteSheet } from '../../../core/grid';
