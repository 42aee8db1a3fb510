// The deadline column ("Thời gian thực hiện"): a date cell, or a period written in words. The deadline
// is the last day of the period written; a missing year is the plan year (PRODUCT.md, "Deadlines
// written as text").
//
// Text is folded (no diacritics, lower case), cut into tokens and read with a small grammar:
//
//   text      := recurring | deadline extension?
//   deadline  := single | range | list
//   single    := lead? (point | occasion)     lead: trước, chậm nhất, đến (hết), hạn chót, hạn, trong,
//                                                   vào, cuối, hết, tới, dịp — optionally after "hoàn thành"
//   range     := "từ"? point conn (point | bare number of the first point's kind)
//   list      := month-or-quarter ("," | "và") bare number … , the year only after the last
//   extension := ("(" | "-" | "," | ";")? ("đã" | "được")? ("gia hạn" | "điều chỉnh") ":"? ("đến" | "tới")?
//                deadline ")"?, the bracket closed when opened; "gia hạn" no earlier than the deadline
//   conn      := "-" | "đến" ("hết")? | "tới"
//   point     := day | month | quarter | part-of-year | year, each with an optional year
//   occasion  := "dịp"? (Tết (Nguyên đán) | Giỗ Tổ (Hùng Vương) | (Tết) Trung thu), with an optional
//                year or can-chi ("Tết Giáp Thìn"); a lunar day, from lunar.ts
//
// A grammar rule returns every way it can read the tokens from a position; the first way that uses
// every token decides (a single period before a range). Anything left over, such as a note in
// brackets ("30/6/2023 (dự kiến)"), makes the whole text invalid: guessing which of two periods
// counts could hide one. An extension is the one note read, because it says which counts: its own.
import type { CellValue } from './grid';
import { boundedMemo } from './memo';
import { cleanText, foldText, foldWords, valueText } from './text';
import { isDateFormat, lastDayOfMonth, makeIso, readDateCell } from './dates';
import { CAN, CHI, lunarToSolar, tetEve, yearOfCanChi } from './lunar';

export type DeadlineParse =
  | {
      kind: 'date';
      /** The deadline in force. */
      iso: string;
      start: string | null;
      /** The deadline first registered, when the text itself carries an extension ("31/12/2024 (gia hạn đến 31/3/2025)"). */
      original?: string | null;
    }
  | { kind: 'recurring' }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

// ---- tokens ---------------------------------------------------------------------------------------

type Token =
  { kind: 'num'; value: number; digits: number } | { kind: 'word'; word: string } | { kind: 'sym'; sym: string };

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

/** A period within one year: a day, a run of whole months (a month, a quarter, 6 months, the year…), or a lunar occasion. */
type Span =
  | { unit: 'day'; day: number; month: number }
  | { unit: 'month' | 'quarter' | 'months'; first: number; last: number }
  | { unit: 'occasion'; occasion: Occasion };
/** A lunar year named by its stem and branch (can-chi) rather than its number. */
type CanChi = { can: number; chi: number };
type Point = { span: Span; year: number | null; cycle?: CanChi };
type Period = { from: Point | null; to: Point };
/** An extension may not bring the deadline forward; an adjustment ("điều chỉnh") may. */
type Extension = { period: Period; mayShorten: boolean };
type Reading = { period: Period; extension: Extension | null };
type Alt<T> = { value: T; next: number };

/** Tết is a period, its first three days; "trước Tết" is its eve. The others are one lunar day. */
type Occasion = 'tet' | 'tet-eve' | 'hung-kings' | 'mid-autumn';
// "Tết" alone is Tết Nguyên đán.
const OCCASIONS: [string, Occasion][] = [
  ['tet nguyen dan', 'tet'],
  ['tet', 'tet'],
  ['gio to hung vuong', 'hung-kings'],
  ['gio to', 'hung-kings'],
  ['tet trung thu', 'mid-autumn'],
  ['trung thu', 'mid-autumn'],
];

// Tý and Tỵ both fold to "ty": the stem's parity tells them apart (Giáp Tý, Ất Tỵ).
const CAN_WORDS = new Map(CAN.map((name, i) => [foldText(name), i]));
const CHI_WORDS = new Map<string, number[]>();
const CHI_NAMES: [number, string][] = [...CHI.entries(), [3, 'Mẹo'], [5, 'Tị']];
for (const [i, name] of CHI_NAMES) {
  const word = foldText(name);
  CHI_WORDS.set(word, [...(CHI_WORDS.get(word) ?? []), i]);
}

// ---- the grammar ----------------------------------------------------------------------------------

class Grammar {
  constructor(private readonly t: Token[]) {}

  /** Every complete reading of the tokens, preferred ones first. */
  readings(): Reading[] {
    const out: Reading[] = [];
    for (const d of this.deadline(0)) {
      if (d.next === this.t.length) out.push({ period: d.value, extension: null });
      else
        for (const e of this.extension(d.next))
          if (e.next === this.t.length) out.push({ period: d.value, extension: e.value });
    }
    return out;
  }

  private deadline(at: number): Alt<Period>[] {
    return [...this.single(at), ...this.range(at), ...this.list(at)];
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

  private single(at: number): Alt<Period>[] {
    const out: Alt<Period>[] = [];
    for (const lead of this.lead(at)) {
      for (const p of this.point(lead.next)) {
        const isDay = p.value.span.unit === 'day';
        // "Trước tháng 6" could mean 31/5 or 30/6: only "trước" a day is clear. "Cuối" a day means nothing.
        // "Dịp" names an occasion: a day ("Dịp 30/4"), not a month.
        if (((lead.value === 'truoc' || lead.value === 'dip') && !isDay) || (lead.value === 'cuoi' && isDay)) continue;
        out.push({ value: { from: null, to: p.value }, next: p.next });
      }
      for (const o of this.occasion(lead.next)) {
        const to = occasionAfterLead(o.value, lead.value);
        if (to) out.push({ value: { from: null, to }, next: o.next });
      }
    }
    return out;
  }

  /** "Tết Nguyên đán", "Dịp Giỗ Tổ Hùng Vương", "Tết Trung thu 2024", "Tết Giáp Thìn". */
  private occasion(at: number): Alt<Point>[] {
    const out: Alt<Point>[] = [];
    const p = this.word(at, 'dip') ? at + 1 : at;
    for (const [name, occasion] of OCCASIONS) {
      const next = this.phrase(p, name);
      if (next < 0) continue;
      const span: Span = { unit: 'occasion', occasion };
      for (const y of this.yearAfter(next)) out.push({ value: { span, year: y.value }, next: y.next });
      // Its can-chi, alone or with the year it names: "Giáp Thìn", "năm Giáp Thìn", "Giáp Thìn 2024".
      const c = this.word(next, 'nam') ? next + 1 : next;
      const cycle = this.canChi(c);
      if (!cycle) continue;
      out.push({ value: { span, year: null, cycle }, next: c + 2 });
      for (const y of this.yearAfter(c + 2)) {
        if (y.value !== null && yearOfCanChi(cycle.can, cycle.chi, y.value) === y.value) {
          out.push({ value: { span, year: y.value }, next: y.next });
        }
      }
    }
    return out;
  }

  /** Nothing, "/2024", "năm 2024" or a bare "2024". */
  private yearAfter(at: number): Alt<number | null>[] {
    const out = this.yearSuffix(at);
    const y = this.year4(at);
    if (y !== null) out.push({ value: y, next: at + 1 });
    return out;
  }

  private canChi(at: number): CanChi | null {
    const stem = this.t[at];
    const branch = this.t[at + 1];
    if (stem?.kind !== 'word' || branch?.kind !== 'word') return null;
    const can = CAN_WORDS.get(stem.word);
    // A yang stem goes with a yang branch: Giáp Sửu never was.
    const chi = can === undefined ? undefined : CHI_WORDS.get(branch.word)?.find((c) => c % 2 === can % 2);
    return can === undefined || chi === undefined ? null : { can, chi };
  }

  /** "Tháng 3, 4, 5/2023", "Tháng 3, 4 và 5", "Quý I, II/2023": ascending, the year written once, after the last. */
  private list(at: number): Alt<Period>[] {
    const out: Alt<Period>[] = [];
    for (const first of [...this.month(at), ...this.quarter(at)]) {
      if (first.value.year !== null) continue;
      let last = first;
      for (;;) {
        const sep = isSym(this.t[last.next], ',') || this.word(last.next, 'va') ? last.next + 1 : -1;
        if (sep < 0) break;
        const items = this.tail(last.value.span, sep).filter((i) => follows(i.value.span, last.value.span));
        for (const i of items) out.push({ value: { from: first.value, to: i.value }, next: i.next });
        const bare = items.find((i) => i.value.year === null);
        if (!bare) break;
        last = bare;
      }
    }
    return out;
  }

  /** After a deadline: "(gia hạn đến 31/3/2025)", "- gia hạn: Quý I/2025", "(điều chỉnh đến …)". */
  private extension(at: number): Alt<Extension>[] {
    const out: Alt<Extension>[] = [];
    const bracket = isSym(this.t[at], '(');
    const p = bracket || isSym(this.t[at], '-', ',', ';') ? at + 1 : at;
    // "Xin gia hạn" is only asked for: not read.
    const q = this.word(p, 'da', 'duoc') ? p + 1 : p;
    for (const [phrase, mayShorten] of [
      ['gia han', false],
      ['dieu chinh', true],
    ] as const) {
      let next = this.phrase(q, phrase);
      if (next < 0) continue;
      if (isSym(this.t[next], ':')) next++;
      // "Gia hạn đến" before a lead of its own: "gia hạn đến trước Tết".
      const starts = [next, ...['den', 'toi'].map((w) => this.phrase(next, w)).filter((n) => n > 0)];
      for (const d of starts.flatMap((n) => this.deadline(n))) {
        if (bracket && !isSym(this.t[d.next], ')')) continue;
        out.push({ value: { period: d.value, mayShorten }, next: bracket ? d.next + 1 : d.next });
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

  private range(at: number): Alt<Period>[] {
    const out: Alt<Period>[] = [];
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

const LEADS = ['truoc', 'cham nhat', 'den het', 'den', 'han chot', 'han', 'trong', 'vao', 'cuoi', 'het', 'toi', 'dip'];

// Tết lasts three days: "trong", "vào", "(đến) hết" Tết mean its last, "trước" Tết its eve; "đến Tết" could be either.
const TET_LEADS = new Set<string | null>([null, 'trong', 'vao', 'dip', 'den het', 'het']);

/** The occasion a lead word makes of it, or null when the two do not go together. */
function occasionAfterLead(p: Point, lead: string | null): Point | null {
  if (p.span.unit !== 'occasion') return null;
  if (p.span.occasion !== 'tet') return lead === 'cuoi' ? null : p;
  if (lead === 'truoc') return { ...p, span: { unit: 'occasion', occasion: 'tet-eve' } };
  return TET_LEADS.has(lead) ? p : null;
}

/** Whether run `b` of months or quarters comes wholly after run `a`. */
function follows(b: Span, a: Span): boolean {
  return b.unit !== 'day' && b.unit !== 'occasion' && a.unit !== 'day' && a.unit !== 'occasion' && b.first > a.last;
}

function quarterSpan(q: number): Span {
  return { unit: 'quarter', first: 3 * q - 2, last: 3 * q };
}

// ---- from a reading to dates ------------------------------------------------------------------------

/** The first and last solar day of an occasion in lunar year `year`. */
function occasionDays(occasion: Occasion, year: number): [string | null, string | null] {
  switch (occasion) {
    case 'tet':
      return [lunarToSolar(1, 1, year), lunarToSolar(3, 1, year)];
    case 'tet-eve':
      return [tetEve(year), tetEve(year)];
    case 'hung-kings':
      return [lunarToSolar(10, 3, year), lunarToSolar(10, 3, year)];
    case 'mid-autumn':
      return [lunarToSolar(15, 8, year), lunarToSolar(15, 8, year)];
  }
}

function firstDay(span: Span, year: number): string | null {
  if (span.unit === 'occasion') return occasionDays(span.occasion, year)[0];
  return span.unit === 'day' ? makeIso(year, span.month, span.day) : makeIso(year, span.first, 1);
}

function lastDay(span: Span, year: number): string | null {
  if (span.unit === 'occasion') return occasionDays(span.occasion, year)[1];
  if (span.unit === 'day') return makeIso(year, span.month, span.day);
  return makeIso(year, span.last, lastDayOfMonth(year, span.last));
}

/** The year written, or named by its can-chi: the one nearest the plan year. */
function yearOf(p: Point, planYear: number): number | null {
  return p.year ?? (p.cycle ? yearOfCanChi(p.cycle.can, p.cycle.chi, planYear) : null);
}

/** The dates of a period: a missing year comes from the other end of a range, else the plan year. */
function resolvePeriod(r: Period, planYear: number): Dates | null {
  const toYear = yearOf(r.to, planYear) ?? (r.from ? yearOf(r.from, planYear) : null) ?? planYear;
  const iso = lastDay(r.to.span, toYear);
  if (!iso) return null;
  if (!r.from) {
    const periodStart = firstDay(r.to.span, toYear);
    return periodStart ? { iso, start: null, periodStart, original: null } : null;
  }
  const start = firstDay(r.from.span, yearOf(r.from, planYear) ?? toYear);
  return start && start <= iso ? { iso, start, periodStart: start, original: null } : null;
}

/** The dates of a reading; with an extension, the extension is in force and the period written first is the original. */
function resolve(r: Reading, planYear: number): Dates | null {
  const written = resolvePeriod(r.period, planYear);
  if (!written || !r.extension) return written;
  // The extension's missing year is that of the deadline it extends.
  const ext = resolvePeriod(r.extension.period, Number(written.iso.slice(0, 4)));
  if (!ext || (!r.extension.mayShorten && ext.iso < written.iso)) return null;
  return { iso: ext.iso, start: written.start, periodStart: written.periodStart, original: written.iso };
}

type Dates = { iso: string; start: string | null; periodStart: string; original: string | null };

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
  for (let i = 0; i < words.length;) {
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
    return iso ? { iso, start: null, periodStart: makeIso(Number(folded), 1, 1)!, original: null } : null;
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
 * "Tháng 3-5/2023", "Tháng 3, 4, 5/2023"): the first day of its first period. A text that carries its
 * own extension ("31/12/2024 (gia hạn đến 31/3/2025)") gives the extension as `iso` and the deadline
 * first written as `original`; `original` is absent otherwise.
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
  if (!dates) return { kind: 'invalid', text };
  return dates.original === null
    ? { kind: 'date', iso: dates.iso, start: dates.start }
    : { kind: 'date', iso: dates.iso, start: dates.start, original: dates.original };
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
