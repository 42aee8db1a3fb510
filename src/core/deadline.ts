// The deadline column ("Thời gian thực hiện"): a date cell, or a period written in words. The deadline
// is the last day of the period written; a missing year is the plan year (PRODUCT.md, "Deadlines
// written as text").
//
// Text is folded (no diacritics, lower case), cut into tokens and read with a small grammar:
//
//   text      := recurring | single | range
//   single    := lead? point                  lead: trước, chậm nhất, đến (hết), hạn chót, hạn, trong,
//                                                   vào, cuối, hết, tới — optionally after "hoàn thành"
//   range     := "từ"? point conn (point | bare number of the first point's kind)
//   conn      := "-" | "đến" ("hết")? | "tới"
//   point     := day | month | quarter | part-of-year | year, each with an optional year
//
// A grammar rule returns every way it can read the tokens from a position; the first way that uses
// every token decides (a single period before a range). Anything left over, such as a note in
// brackets ("Tháng 6/2023 (gia hạn đến tháng 9)"), makes the whole text invalid: an extension belongs
// in its own column, and guessing which of two periods counts could hide one.
import type { CellValue } from './grid';
import { boundedMemo } from './memo';
import { cleanText, foldText, foldWords, valueText } from './text';
import { isDateFormat, lastDayOfMonth, makeIso, readDateCell } from './dates';

export type DeadlineParse =
  | { kind: 'date'; iso: string; start: string | null }
  | { kind: 'recurring' }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

// ---- tokens ---------------------------------------------------------------------------------------

type Token =
  | { kind: 'num'; value: number; digits: number }
  | { kind: 'word'; word: string }
  | { kind: 'sym'; sym: string };

const ROMAN = new Map(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map((r, i) => [r, i + 1]));
// Longer texts are no deadline; the limit also bounds the work on pathological input.
const MAX_TOKENS = 40;

function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const text = folded.replace(/[\u2010-\u2015\u2212]/g, '-');
  for (const [piece] of text.matchAll(/\d+|[a-z]+|\S/g)) {
    if (/^\d/.test(piece)) {
      tokens.push({ kind: 'num', value: Number(piece), digits: piece.length });
    } else if (/^[a-z]/.test(piece)) {
      // "QII" is "Q" + "II".
      const quarter = /^q([ivx]+)$/.exec(piece);
      const words = quarter && ROMAN.has(quarter[1]) ? ['q', quarter[1]] : [piece];
      for (const word of words) tokens.push({ kind: 'word', word });
    } else {
      tokens.push({ kind: 'sym', sym: piece });
    }
  }
  // A trailing full stop or comma is punctuation, not part of the deadline.
  while (tokens.length && isSym(tokens[tokens.length - 1], '.', ',', ';', ':')) tokens.pop();
  return tokens;
}

function isSym(t: Token | undefined, ...syms: string[]): boolean {
  return t?.kind === 'sym' && syms.includes(t.sym);
}

// ---- what the grammar builds --------------------------------------------------------------------

/** A period within one year: a day, or a run of whole months (a month, a quarter, 6 months, the year…). */
type Span =
  | { unit: 'day'; day: number; month: number }
  | { unit: 'month' | 'quarter' | 'months'; first: number; last: number };
type Point = { span: Span; year: number | null };
type Reading = { from: Point | null; to: Point };
type Alt<T> = { value: T; next: number };

// ---- the grammar ----------------------------------------------------------------------------------

class Grammar {
  constructor(private readonly t: Token[]) {}

  /** Every complete reading of the tokens, preferred ones first. */
  readings(): Reading[] {
    const all = [...this.single(0), ...this.range(0)];
    return all.filter((a) => a.next === this.t.length).map((a) => a.value);
  }

  private word(at: number, ...words: string[]): boolean {
    const tok = this.t[at];
    return tok?.kind === 'word' && words.includes(tok.word);
  }

  /** Position after the space-separated words of `phrase` at `at`, or -1. */
  private phrase(at: number, phrase: string): number {
    const words = phrase.split(' ');
    return words.every((w, i) => this.word(at + i, w)) ? at + words.length : -1;
  }

  /** A day, month or count: one or two digits within min…max. */
  private num(at: number, min: number, max: number): number | null {
    const tok = this.t[at];
    if (tok?.kind !== 'num' || tok.digits > 2 || tok.value < min || tok.value > max) return null;
    return tok.value;
  }

  private year4(at: number): number | null {
    const tok = this.t[at];
    return tok?.kind === 'num' && tok.digits === 4 ? tok.value : null;
  }

  /** A quarter number: II or 2. */
  private quarterNo(at: number): number | null {
    const tok = this.t[at];
    let n: number | undefined;
    if (tok?.kind === 'word') n = ROMAN.get(tok.word);
    else if (tok?.kind === 'num' && tok.digits === 1) n = tok.value;
    return n !== undefined && n >= 1 && n <= 4 ? n : null;
  }

  /** Nothing, or "/2023", "-2023", ".2023", "năm 2023". */
  private yearSuffix(at: number): Alt<number | null>[] {
    const out: Alt<number | null>[] = [{ value: null, next: at }];
    const slashed = isSym(this.t[at], '/', '-', '.') ? this.year4(at + 1) : null;
    if (slashed !== null) out.push({ value: slashed, next: at + 2 });
    const worded = this.word(at, 'nam') ? this.year4(at + 1) : null;
    if (worded !== null) out.push({ value: worded, next: at + 2 });
    return out;
  }

  private withYear(span: Span, at: number): Alt<Point>[] {
    return this.yearSuffix(at).map((y) => ({ value: { span, year: y.value }, next: y.next }));
  }

  point(at: number): Alt<Point>[] {
    return [...this.day(at), ...this.month(at), ...this.quarter(at), ...this.partOfYear(at), ...this.wholeYear(at)];
  }

  /** "30/6/2023", "30-06-23", "30.06.2023", "30/6", "ngày 30 tháng 6 năm 2023", each with an optional "ngày". */
  private day(at: number): Alt<Point>[] {
    const out: Alt<Point>[] = [];
    const p = this.word(at, 'ngay') ? at + 1 : at;
    const d = this.num(p, 1, 31);
    if (d === null) return out;
    const sep = this.t[p + 1];
    const m = this.num(p + 2, 1, 12);
    if (m === null) return out;
    const span: Span = { unit: 'day', day: d, month: m };
    if (sep?.kind === 'sym' && ['/', '-', '.'].includes(sep.sym)) {
      // "30.6" alone reads as a decimal number, so a dotted date needs its year.
      if (sep.sym !== '.') out.push({ value: { span, year: null }, next: p + 3 });
      const yearTok = this.t[p + 4];
      if (isSym(this.t[p + 3], sep.sym) && yearTok?.kind === 'num' && (yearTok.digits === 2 || yearTok.digits === 4)) {
        // Two-digit years mean 20yy.
        const year = yearTok.digits === 2 ? 2000 + yearTok.value : yearTok.value;
        out.push({ value: { span, year }, next: p + 5 });
      }
    } else if (this.word(p + 1, 'thang')) {
      out.push(...this.withYear(span, p + 3));
    }
    return out;
  }

  /** "Tháng 6", "T6/2023", "tháng 6 năm 2023", "06/2023" (a bare month needs its year). */
  private month(at: number): Alt<Point>[] {
    if (this.word(at, 'thang', 't')) {
      const m = this.num(at + 1, 1, 12);
      return m === null ? [] : this.withYear({ unit: 'month', first: m, last: m }, at + 2);
    }
    const m = this.num(at, 1, 12);
    const y = isSym(this.t[at + 1], '/', '-', '.') ? this.year4(at + 2) : null;
    if (m === null || y === null) return [];
    return [{ value: { span: { unit: 'month', first: m, last: m }, year: y }, next: at + 3 }];
  }

  /** "Quý II/2023", "Quý 2 năm 2023", "QII-2023", "Q2". */
  private quarter(at: number): Alt<Point>[] {
    if (!this.word(at, 'quy', 'q')) return [];
    const q = this.quarterNo(at + 1);
    return q === null ? [] : this.withYear(quarterSpan(q), at + 2);
  }

  /** "6 tháng đầu năm", "6 tháng cuối năm", "9 tháng", "nửa đầu năm", each with an optional year. */
  private partOfYear(at: number): Alt<Point>[] {
    const out: Alt<Point>[] = [];
    const n = this.num(at, 1, 12);
    if (n !== null && this.word(at + 1, 'thang')) {
      const first = this.phrase(at + 2, 'dau nam');
      const last = this.phrase(at + 2, 'cuoi nam');
      if (first > 0) out.push(...this.afterYearWord({ unit: 'months', first: 1, last: n }, first));
      if (last > 0) out.push(...this.afterYearWord({ unit: 'months', first: 13 - n, last: 12 }, last));
      // Bare "6 tháng" / "9 tháng" are the usual reporting periods; "3 tháng" alone is a duration.
      if (n === 6 || n === 9) out.push(...this.withYear({ unit: 'months', first: 1, last: n }, at + 2));
    }
    const firstHalf = this.phrase(at, 'nua dau nam');
    const secondHalf = this.phrase(at, 'nua cuoi nam');
    if (firstHalf > 0) out.push(...this.afterYearWord({ unit: 'months', first: 1, last: 6 }, firstHalf));
    if (secondHalf > 0) out.push(...this.afterYearWord({ unit: 'months', first: 7, last: 12 }, secondHalf));
    return out;
  }

  /** After a phrase ending in "năm": nothing, "2023" (sharing that "năm") or "/2023". */
  private afterYearWord(span: Span, at: number): Alt<Point>[] {
    const out = this.withYear(span, at);
    const y = this.year4(at);
    if (y !== null) out.push({ value: { span, year: y }, next: at + 1 });
    return out;
  }

  /** "Năm 2023", "Cả năm", "Trong năm (2023)", "Cuối năm", "Hết năm". */
  private wholeYear(at: number): Alt<Point>[] {
    const span: Span = { unit: 'months', first: 1, last: 12 };
    const y = this.word(at, 'nam') ? this.year4(at + 1) : null;
    if (y !== null) return [{ value: { span, year: y }, next: at + 2 }];
    const whole = this.word(at, 'ca', 'trong', 'cuoi', 'het') && this.word(at + 1, 'nam');
    return whole ? this.afterYearWord(span, at + 2) : [];
  }

  /** Words before a single point; the lead word is kept because "trước" and "cuối" restrict the point. */
  private lead(at: number): Alt<string | null>[] {
    const out: Alt<string | null>[] = [{ value: null, next: at }];
    const done = this.phrase(at, 'hoan thanh');
    const starts = done > 0 ? [at, done] : [at];
    for (const p of starts) {
      if (p !== at) out.push({ value: null, next: p });
      for (const lead of LEADS) {
        const next = this.phrase(p, lead);
        if (next > 0) out.push({ value: lead, next: isSym(this.t[next], ':') ? next + 1 : next });
      }
    }
    return out;
  }

  private single(at: number): Alt<Reading>[] {
    const out: Alt<Reading>[] = [];
    for (const lead of this.lead(at)) {
      for (const p of this.point(lead.next)) {
        const isDay = p.value.span.unit === 'day';
        // "Trước tháng 6" could mean 31/5 or 30/6: only "trước" a day is clear. "Cuối" a day means nothing.
        if ((lead.value === 'truoc' && !isDay) || (lead.value === 'cuoi' && isDay)) continue;
        out.push({ value: { from: null, to: p.value }, next: p.next });
      }
    }
    return out;
  }

  private connector(at: number): number[] {
    const out: number[] = [];
    if (isSym(this.t[at], '-', '~')) out.push(at + 1);
    for (const conn of ['den', 'den het', 'toi']) {
      const next = this.phrase(at, conn);
      if (next > 0) out.push(next);
    }
    return out;
  }

  /** After "Tháng 3 -" or "Quý II -": the bare number of the same kind, "5/2023", "III/2023". */
  private tail(first: Span, at: number): Alt<Point>[] {
    if (first.unit === 'month') {
      const m = this.num(at, 1, 12);
      return m === null ? [] : this.withYear({ unit: 'month', first: m, last: m }, at + 1);
    }
    if (first.unit === 'quarter') {
      const q = this.quarterNo(at);
      return q === null ? [] : this.withYear(quarterSpan(q), at + 1);
    }
    return [];
  }

  private range(at: number): Alt<Reading>[] {
    const out: Alt<Reading>[] = [];
    const p = this.word(at, 'tu') ? at + 1 : at;
    for (const from of this.point(p)) {
      for (const c of this.connector(from.next)) {
        for (const to of [...this.point(c), ...this.tail(from.value.span, c)]) {
          out.push({ value: { from: from.value, to: to.value }, next: to.next });
        }
      }
    }
    return out;
  }
}

const LEADS = ['truoc', 'cham nhat', 'den het', 'den', 'han chot', 'han', 'trong', 'vao', 'cuoi', 'het', 'toi'];

function quarterSpan(q: number): Span {
  return { unit: 'quarter', first: 3 * q - 2, last: 3 * q };
}

// ---- from a reading to dates ------------------------------------------------------------------------

function firstDay(span: Span, year: number): string | null {
  return span.unit === 'day' ? makeIso(year, span.month, span.day) : makeIso(year, span.first, 1);
}

function lastDay(span: Span, year: number): string | null {
  if (span.unit === 'day') return makeIso(year, span.month, span.day);
  return makeIso(year, span.last, lastDayOfMonth(year, span.last));
}

/** The dates of a reading: a missing year comes from the other end of a range, else the plan year. */
function resolve(r: Reading, planYear: number): Dates | null {
  const toYear = r.to.year ?? r.from?.year ?? planYear;
  const iso = lastDay(r.to.span, toYear);
  if (!iso) return null;
  if (!r.from) {
    const periodStart = firstDay(r.to.span, toYear);
    return periodStart ? { iso, start: null, periodStart } : null;
  }
  const start = firstDay(r.from.span, r.from.year ?? toYear);
  return start && start <= iso ? { iso, start, periodStart: start } : null;
}

type Dates = { iso: string; start: string | null; periodStart: string };

// ---- recurring --------------------------------------------------------------------------------------

// "Hằng" and "hàng" both fold to "hang".
const RECURRING = [
  'thuong xuyen',
  'lien tuc',
  'dinh ky',
  'dinh ki',
  'hang ngay',
  'hang tuan',
  'hang thang',
  'hang quy',
  'hang nam',
].map((p) => p.split(' '));
// Words that may go with a recurring phrase without naming a deadline: "Thường xuyên, liên tục trong năm 2023".
const RECURRING_FILLER = new Set(['va', 'trong', 'ca', 'nam']);

function isRecurring(text: string): boolean {
  const words = foldWords(text).split(' ');
  let found = false;
  for (let i = 0; i < words.length; ) {
    const phrase = RECURRING.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      found = true;
      i += phrase.length;
    } else if (RECURRING_FILLER.has(words[i]) || /^\d{4}$/.test(words[i])) {
      i++;
    } else {
      return false;
    }
  }
  return found;
}

// ---- entry point ------------------------------------------------------------------------------------

function readText(text: string, planYear: number): Dates | null {
  const folded = foldText(text);
  // A year alone, "2023", is that year.
  if (/^\d{4}$/.test(folded)) {
    const iso = makeIso(Number(folded), 12, 31);
    return iso ? { iso, start: null, periodStart: makeIso(Number(folded), 1, 1)! } : null;
  }
  const tokens = tokenize(folded);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return null;
  // The preferred reading decides: when it names no real day (31/6) the text is wrong, and a
  // second-best reading would be a guess.
  const [reading] = new Grammar(tokens).readings();
  return reading ? resolve(reading, planYear) : null;
}

/** Integers in a cell that is not date-formatted are taken as a year in this window ("2023"). */
const YEAR_NUMBER_MIN = 1900;
const YEAR_NUMBER_MAX = 2199;

/**
 * The deadline written in a cell. Date cells and plausible serials (see readDateCell) give that day;
 * text is read as PRODUCT.md's table says; recurring words give `recurring`; blank gives `empty`;
 * everything else is `invalid` with the text as written. `start` is set only for a range ("Từ … đến …",
 * "Tháng 3-5/2023"): the first day of its first period.
 */
export function parseDeadline(value: CellValue, fmt: string | null, planYear: number): DeadlineParse {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    if (!isDateFormat(fmt) && Number.isInteger(value) && value >= YEAR_NUMBER_MIN && value <= YEAR_NUMBER_MAX) {
      return { kind: 'date', iso: makeIso(value, 12, 31) as string, start: null };
    }
    const cell = readDateCell(value, fmt, planYear);
    if (cell.kind === 'date') return { kind: 'date', iso: cell.iso, start: null };
    return { kind: 'invalid', text: valueText(value) || String(value) };
  }
  if (typeof value !== 'string') return { kind: 'invalid', text: valueText(value) };
  return readDeadlineText(value, planYear);
}

/** The same few periods fill a whole column: each text is read once. */
const readDeadlineText = boundedMemo(parseDeadlineText, {
  limit: 10_000,
  key: (value: string, planYear: number) => (value.length < 200 ? `${planYear}|${value}` : null),
});

function parseDeadlineText(value: string, planYear: number): DeadlineParse {
  const text = cleanText(value);
  if (!text) return { kind: 'empty' };
  if (isRecurring(text)) return { kind: 'recurring' };
  const dates = readText(text, planYear);
  return dates ? { kind: 'date', iso: dates.iso, start: dates.start } : { kind: 'invalid', text };
}

/**
 * What a start column means: the first day of the period written ("Tháng 3/2023" → 2023-03-01), of
 * a range's first period, or the day itself; null when the cell holds no readable period.
 */
export function parsePeriodStart(value: CellValue, fmt: string | null, planYear: number): string | null {
  if (typeof value === 'string') {
    const text = cleanText(value);
    return text && !isRecurring(text) ? (readText(text, planYear)?.periodStart ?? null) : null;
  }
  const d = parseDeadline(value, fmt, planYear);
  return d.kind === 'date' ? d.iso : null;
}
