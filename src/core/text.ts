// Text normalisation: every comparison of words a person typed goes through here, so that
// "Thời hạn", "THOI HAN", "thời  hạn\n" and the NFD form a Mac writes are the same key.
import { boundedMemo } from './memo';

const COMBINING = /[\u0300-\u036f]/;
const UNUSUAL_SPACE = /[\t\n\r\f\v\u00a0\u200b\ufeff\u2000-\u200a\u2028\u2029\u3000]| {2}|^ | $/;

/** NFC, trimmed, inner white space (including line breaks and no-break spaces) folded to one space. */
export function cleanText(s: string): string {
  // Most cells are already clean NFC: skip the costly passes for them.
  const nfc = COMBINING.test(s) ? s.normalize('NFC') : s;
  return UNUSUAL_SPACE.test(nfc) ? nfc.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim() : nfc;
}

/** Longer text (a title, a target) is seldom folded twice, and hashing it as a key costs about as
 *  much as folding it: only shorter text (headers, owners, status words, deadlines) is kept. */
const MEMO_MAX_LENGTH = 48;

/** The fold functions' cache: the same header, owner and status words recur on every row. */
function memo(fn: (s: string) => string): (s: string) => string {
  return boundedMemo(fn, { limit: 100_000, key: (s) => (s.length <= MEMO_MAX_LENGTH ? s : null) });
}

/** Diacritics off, đ → d, by the book: decompose and drop the combining marks. */
function stripMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
}

// Latin letters with their marks (Vietnamese sits in U+00C0–U+01B0 and U+1EA0–U+1EF9) looked up
// one by one: decomposing a whole title costs twice as much, on every title of every merge.
const LATIN_END = 0x370;
const EXTENDED_START = 0x1e00;
const EXTENDED_END = 0x1f00;

/** Whether a character is one the per-letter tables below know (Basic Latin to IPA, and Latin Extended Additional). */
function inLatinTables(c: number): boolean {
  return c < LATIN_END || (c >= EXTENDED_START && c < EXTENDED_END);
}

const LATIN_CODES: number[] = [];
for (let c = 0; c < EXTENDED_END; c++) if (inLatinTables(c)) LATIN_CODES.push(c);

const UNMARKED: (string | undefined)[] = [];
for (const c of LATIN_CODES) {
  const ch = String.fromCharCode(c);
  const plain = stripMarks(ch);
  if (plain !== ch) UNMARKED[c] = plain;
}

/** Lower case without diacritics; the same as stripMarks(s).toLowerCase(), faster for Latin text. */
export function foldDiacritics(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    // Other scripts may reorder or decompose in ways a per-letter table does not: do it by the book.
    if (!inLatinTables(c)) return stripMarks(s).toLowerCase();
    const plain = UNMARKED[c];
    if (plain !== undefined) {
      out += s.slice(last, i) + plain;
      last = i + 1;
    }
  }
  return (last === 0 ? s : out + s.slice(last)).toLowerCase();
}

/** Lower case, no diacritics (đ → d), punctuation kept, spaces folded: the key for matching words. */
export const foldText = memo((s: string): string => foldDiacritics(cleanText(s)));

function foldWordsByTheBook(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

// What each Latin character becomes in foldWords: its folded letters (a mark alone gives ''), or
// SEPARATOR; `undefined` where a table cannot say (never met in Latin text).
const SEPARATOR = null;
const WORD_PART: (string | null | undefined)[] = [];
for (const c of LATIN_CODES) {
  const folded = (UNMARKED[c] ?? String.fromCharCode(c)).toLowerCase();
  if (/^[a-z0-9%]*$/.test(folded)) WORD_PART[c] = folded;
  else if (/^[^a-z0-9%]+$/.test(folded)) WORD_PART[c] = SEPARATOR;
}

/** foldWords in one pass over Latin text; anything else by the book. */
function foldWordsFast(s: string): string {
  let out = '';
  let separate = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const part = inLatinTables(c) ? WORD_PART[c] : undefined;
    if (part === undefined) return foldWordsByTheBook(s);
    if (part === SEPARATOR) {
      separate = out.length > 0;
      continue;
    }
    if (!part) continue;
    if (separate) {
      out += ' ';
      separate = false;
    }
    out += part;
  }
  return out;
}

/** foldText, then everything but letters and digits becomes a single space. */
export const foldWords = memo(foldWordsFast);

/** True when `phrase` (already folded to words) occurs in `text` as whole words. */
export function hasPhrase(foldedText: string, foldedPhrase: string): boolean {
  if (!foldedPhrase) return false;
  return ` ${foldedText} `.includes(` ${foldedPhrase} `);
}

/** Remove bracketed units and notes: "Tiến độ (%)" → "Tiến độ". */
export function stripBrackets(s: string): string {
  return s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/** A cell value as display text; numbers as they would be read, not formatted. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return cleanText(String(v));
}

/** FNV-1a, 32-bit, as 8 hex digits: a stable short hash for identifiers (not for security). */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
