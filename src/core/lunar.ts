// The Vietnamese lunar calendar (âm lịch), computed rather than tabled: deadlines such as "Trước
// Tết" or "Dịp Giỗ Tổ" need a lunar day in any plan year.
//
// The rules: a month begins on the day, in Vietnamese time (UTC+7), that holds the new moon; the
// month holding the winter solstice is the 11th; when 13 months lie between two 11th months, the
// first of them with no major solar term (the sun's longitude crossing a multiple of 30°) is the
// leap month and repeats the number before it. The time zone is why Vietnam's Tết differs from
// China's (UTC+8) in some years (2007, 2030; in 1985 by a whole month).
//
// Astronomy from J. Meeus, Astronomical Algorithms (2nd ed.): the new moon of chapter 49 and the
// sun's low-accuracy longitude of chapter 25 (0.01°, a quarter of an hour at worst).
import { makeIso, parseIso } from './dates';
import { boundedMemo } from './memo';

/** Lunar years the calendar is computed for: ΔT is known from 1900, and guessed beyond 2100. */
export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2199;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, named by the solar year its Tết falls in. */
  year: number;
  leap: boolean;
}

const TIME_ZONE = 7 / 24;
const SYNODIC_MONTH = 29.530588861;

const sin = (deg: number) => Math.sin((deg * Math.PI) / 180);
const mod360 = (deg: number) => ((deg % 360) + 360) % 360;

// ---- days -------------------------------------------------------------------------------------------

/** The Julian day number of a Gregorian date (the day that begins at that date's midnight). */
function dayOf(y: number, m: number, d: number): number {
  // Count from March, so that the leap day ends the year.
  const a = m <= 2 ? 1 : 0;
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

/** The Gregorian date of a Julian day number (Meeus, chapter 7). */
function isoOf(jdn: number): string {
  const alpha = Math.floor((jdn - 1867216.25) / 36524.25);
  const b = jdn + 1 + alpha - Math.floor(alpha / 4) + 1524;
  const c = Math.floor((b - 122.1) / 365.25);
  const e = Math.floor((b - Math.floor(365.25 * c)) / 30.6001);
  const day = b - Math.floor(365.25 * c) - Math.floor(30.6001 * e);
  const month = e < 14 ? e - 1 : e - 13;
  return makeIso(month > 2 ? c - 4716 : c - 4715, month, day) as string;
}

/** The Vietnamese calendar day of an instant given as a Julian date in UT. */
function localDay(jdUt: number): number {
  return Math.floor(jdUt + 0.5 + TIME_ZONE);
}

/** The instant (Julian date, UT) that Vietnamese day `jdn` begins. */
function dayStart(jdn: number): number {
  return jdn - 0.5 - TIME_ZONE;
}

// ---- astronomy ----------------------------------------------------------------------------------------

// ΔT (s) at the start of each decade from 1900, as observed.
const DELTA_T_OBSERVED = [-2.7, 10.4, 21.2, 24.0, 24.3, 29.1, 33.2, 40.2, 50.5, 56.9, 63.8, 66.1, 69.4];
const DELTA_T_LAST = 1900 + 10 * (DELTA_T_OBSERVED.length - 1);
/** Morrison and Stephenson's long-term parabola. */
const deltaTParabola = (year: number) => -20 + 32 * ((year - 1820) / 100) ** 2;

/** ΔT = TT − UT, in seconds: how far the clock of the formulas runs ahead of the earth's turning. */
export function deltaT(year: number): number {
  if (year < 1900) return deltaTParabola(year);
  // Ahead of observation, the parabola's growth from the last observed value.
  if (year >= DELTA_T_LAST)
    return DELTA_T_OBSERVED[DELTA_T_OBSERVED.length - 1] + deltaTParabola(year) - deltaTParabola(DELTA_T_LAST);
  const i = Math.floor((year - 1900) / 10);
  const f = (year - 1900 - 10 * i) / 10;
  return DELTA_T_OBSERVED[i] + f * (DELTA_T_OBSERVED[i + 1] - DELTA_T_OBSERVED[i]);
}

const yearOfJd = (jd: number) => 2000 + (jd - 2451545) / 365.25;
const ttToUt = (jde: number) => jde - deltaT(yearOfJd(jde)) / 86400;
const utToTt = (jd: number) => jd + deltaT(yearOfJd(jd)) / 86400;

// Periodic terms of the new moon: [coefficient, power of E, M, M′, F, Ω multiples].
const NEW_MOON_TERMS: [number, number, number, number, number, number][] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// The planetary arguments: [coefficient, angle at k = 0, degrees per lunation].
const PLANETARY_TERMS: [number, number, number][] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** The instant (Julian Ephemeris Day, TT) of new moon number k, counted from the one of 6 January 2000. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mMoon = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  let sum = 0;
  for (const [c, ePower, a, b, g, o] of NEW_MOON_TERMS)
    sum += c * e ** ePower * sin(a * m + b * mMoon + g * f + o * omega);
  sum += PLANETARY_TERMS[0][0] * sin(PLANETARY_TERMS[0][1] + PLANETARY_TERMS[0][2] * k - 0.009173 * t2);
  for (const [c, a0, perK] of PLANETARY_TERMS.slice(1)) sum += c * sin(a0 + perK * k);
  return mean + sum;
}

/** The sun's apparent geocentric longitude, in degrees 0–360, at a Julian Ephemeris Day (TT). */
export function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  return mod360(l0 + centre - 0.00569 - 0.00478 * sin(omega));
}

/** The Vietnamese day that new moon k falls on: the first day of a month. */
function newMoonDay(k: number): number {
  return localDay(ttToUt(newMoonJde(k)));
}

/** The sun's longitude as Vietnamese day `jdn` begins. */
function sunAtDayStart(jdn: number): number {
  return sunLongitude(utToTt(dayStart(jdn)));
}

/** Whether the days from..to−1 hold a major solar term. */
function holdsMajorTerm(from: number, to: number): boolean {
  const start = sunAtDayStart(from);
  const moved = mod360(sunAtDayStart(to) - start);
  return Math.floor((start + moved) / 30) > Math.floor(start / 30);
}

/** The number k of the new moon that begins the 11th month: the month holding December's solstice. */
function eleventhMonth(year: number): number {
  let k = Math.floor((dayOf(year, 12, 1) - 2451550.09766) / SYNODIC_MONTH);
  // Near the solstice the longitude lies well within 200°–340°: no wrap at 360°.
  while (sunAtDayStart(newMoonDay(k)) >= 270) k--;
  while (sunAtDayStart(newMoonDay(k + 1)) < 270) k++;
  return k;
}

// ---- months -------------------------------------------------------------------------------------------

interface Month {
  month: number;
  leap: boolean;
  /** Julian day numbers of its first day and of the next month's. */
  start: number;
  end: number;
}

/** The months from the 11th of `year − 1` up to (not including) the 11th of `year`. */
function monthsToSolstice(year: number): Month[] {
  const first = eleventhMonth(year - 1);
  const count = eleventhMonth(year) - first;
  const out: Month[] = [];
  let month = 11;
  let leapFound = false;
  for (let i = 0; i < count; i++) {
    const start = newMoonDay(first + i);
    const end = newMoonDay(first + i + 1);
    let leap = false;
    if (i > 0) {
      // Only a year of 13 months has a leap month, and only its first month with no major term.
      if (count === 13 && !leapFound && !holdsMajorTerm(start, end)) leap = leapFound = true;
      else month = (month % 12) + 1;
    }
    out.push({ month, leap, start, end });
  }
  return out;
}

const solsticeYear = boundedMemo(monthsToSolstice, { limit: 1000, key: (year) => year });

/** The months of lunar year `year`, in order: 1…10 before its solstice, 11 and 12 after. */
const lunarYear = boundedMemo(
  (year: number): Month[] => [
    ...solsticeYear(year).filter((m) => m.month <= 10),
    ...solsticeYear(year + 1).filter((m) => m.month >= 11),
  ],
  { limit: 1000, key: (year) => year },
);

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= LUNAR_FIRST_YEAR && year <= LUNAR_LAST_YEAR;
}

// ---- the calendar -------------------------------------------------------------------------------------

/** The solar day (ISO) of a lunar day; null when there is none (day 30 of a short month, a leap month the year lacks, a year out of range). */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string | null {
  if (!inRange(year) || !Number.isInteger(day) || day < 1) return null;
  const m = lunarYear(year).find((x) => x.month === month && x.leap === leap);
  return m && m.start + day - 1 < m.end ? isoOf(m.start + day - 1) : null;
}

/** The lunar day of a solar day (ISO); null for a malformed date or one outside the lunar years covered. */
export function solarToLunar(iso: string): LunarDate | null {
  const p = parseIso(iso);
  if (!p) return null;
  const jdn = dayOf(p.y, p.m, p.d);
  // A solar year holds the end of the lunar year before it and the start of its own.
  for (const year of [p.y, p.y - 1]) {
    if (!inRange(year)) continue;
    const m = lunarYear(year).find((x) => x.start <= jdn && jdn < x.end);
    if (m) return { day: jdn - m.start + 1, month: m.month, year, leap: m.leap };
  }
  return null;
}

/** Tết Nguyên đán: the first day of lunar year `year`. */
export function tetDate(year: number): string | null {
  return lunarToSolar(1, 1, year);
}

/** The eve of Tết (giao thừa): the last day of the 12th month before it, the 29th or 30th. */
export function tetEve(year: number): string | null {
  if (!inRange(year)) return null;
  return isoOf(lunarYear(year)[0].start - 1);
}

/** The month lunar year `year` repeats, or null when it has 12 months. */
export function leapMonth(year: number): number | null {
  if (!inRange(year)) return null;
  return lunarYear(year).find((m) => m.leap)?.month ?? null;
}

// ---- can-chi --------------------------------------------------------------------------------------------

/** The ten stems (can) and twelve branches (chi) that name a lunar year. */
export const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
export const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

/** "Giáp Thìn" for 2024. */
export function canChiName(year: number): string {
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

/**
 * The year named by stem `can` (0–9) and branch `chi` (0–11) nearest `near` (from 30 years before
 * to 29 after: the names recur every 60 years); null for a pair that never meets (Giáp Sửu).
 */
export function yearOfCanChi(can: number, chi: number, near: number): number | null {
  if (!Number.isInteger(can) || !Number.isInteger(chi) || can < 0 || can > 9 || chi < 0 || chi > 11) return null;
  for (let y = near - 30; y < near + 30; y++) {
    if ((((y + 6) % 10) + 10) % 10 === can && (((y + 8) % 12) + 12) % 12 === chi) return y;
  }
  return null;
}
