import fc from 'fast-check';
import { addDaysIso, isoToSerial } from '../../src/core/dates';
import {
  LUNAR_FIRST_YEAR,
  LUNAR_LAST_YEAR,
  canChiName,
  deltaT,
  leapMonth,
  lunarToSolar,
  newMoonJde,
  solarToLunar,
  sunLongitude,
  tetDate,
  tetEve,
  yearOfCanChi,
} from '../../src/core/lunar';

// Tết (1/1 lunar) as the published Vietnamese calendar gives it (lịch vạn niên, UTC+7), written here
// by hand, not from the code. Vietnam and China (UTC+8) differ in 2007 (China: 18/2) and 2030
// (China: 3/2): the new moon falls between 23:00 and 24:00 Hanoi time.
const TET: [number, string][] = [
  [2000, '2000-02-05'],
  [2001, '2001-01-24'],
  [2002, '2002-02-12'],
  [2003, '2003-02-01'],
  [2004, '2004-01-22'],
  [2005, '2005-02-09'],
  [2006, '2006-01-29'],
  [2007, '2007-02-17'],
  [2008, '2008-02-07'],
  [2009, '2009-01-26'],
  [2010, '2010-02-14'],
  [2011, '2011-02-03'],
  [2012, '2012-01-23'],
  [2013, '2013-02-10'],
  [2014, '2014-01-31'],
  [2015, '2015-02-19'],
  [2016, '2016-02-08'],
  [2017, '2017-01-28'],
  [2018, '2018-02-16'],
  [2019, '2019-02-05'],
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-02'],
  [2031, '2031-01-23'],
  [2032, '2032-02-11'],
  [2033, '2033-01-31'],
  [2034, '2034-02-19'],
  [2035, '2035-02-08'],
  [2036, '2036-01-28'],
  [2037, '2037-02-15'],
  [2038, '2038-02-04'],
  [2039, '2039-01-24'],
  [2040, '2040-02-12'],
  [2041, '2041-02-01'],
  [2042, '2042-01-22'],
  [2043, '2043-02-10'],
  [2044, '2044-01-30'],
  [2045, '2045-02-17'],
  [2046, '2046-02-06'],
  [2047, '2047-01-26'],
  [2048, '2048-02-14'],
  [2049, '2049-02-02'],
  [2050, '2050-01-23'],
];

describe('tetDate: the published Vietnamese calendar, 2000–2050', () => {
  test('the table covers every year', () => {
    expect(TET.map(([y]) => y)).toEqual(Array.from({ length: 51 }, (_, i) => 2000 + i));
  });

  test.each(TET)('Tết %i is %s', (year, iso) => {
    expect(tetDate(year)).toBe(iso);
  });

  test.each<[number, string]>([
    // 1985: a whole month before China's (20/2/1985), the leap month falling elsewhere at UTC+7.
    [1985, '1985-01-21'],
    // 2053: the next year Vietnam's Tết comes a day before China's (19/2).
    [2053, '2053-02-18'],
  ])('Tết %i is %s, not the Chinese date', (year, iso) => {
    expect(tetDate(year)).toBe(iso);
  });

  test('the eve of Tết is the day before, the last day of the 12th month', () => {
    expect(tetEve(2024)).toBe('2024-02-09');
    expect(tetEve(2023)).toBe('2023-01-21');
    expect(tetEve(2025)).toBe('2025-01-28');
    for (const [year, iso] of TET) {
      const eve = tetEve(year)!;
      expect(addDaysIso(eve, 1)).toBe(iso);
      const lunar = solarToLunar(eve)!;
      expect([lunar.month, lunar.year, lunar.leap]).toEqual([12, year - 1, false]);
      expect(lunar.day === 29 || lunar.day === 30).toBe(true);
    }
  });
});

describe('lunarToSolar', () => {
  test.each<[number, number, number, boolean, string | null]>([
    [1, 1, 2024, false, '2024-02-10'],
    [3, 1, 2024, false, '2024-02-12'],
    // Giỗ Tổ Hùng Vương, 10/3
    [10, 3, 2023, false, '2023-04-29'],
    [10, 3, 2024, false, '2024-04-18'],
    [10, 3, 2025, false, '2025-04-07'],
    // Tết Trung thu, 15/8
    [15, 8, 2023, false, '2023-09-29'],
    [15, 8, 2024, false, '2024-09-17'],
    [15, 8, 2025, false, '2025-10-06'],
    // Months 11 and 12 of a lunar year fall in the next solar year's January.
    [23, 12, 2023, false, '2024-02-02'],
    // The leap 2nd month of Quý Mão (2023) and the leap 6th of Ất Tỵ (2025).
    [1, 2, 2023, true, '2023-03-22'],
    [1, 6, 2025, true, '2025-07-25'],
    // No such day: a leap month the year does not have, day 31, month 13, a year out of range.
    [1, 3, 2023, true, null],
    [31, 1, 2024, false, null],
    [1, 13, 2024, false, null],
    [0, 1, 2024, false, null],
    [1, 1, LUNAR_FIRST_YEAR - 1, false, null],
    [1, 1, LUNAR_LAST_YEAR + 1, false, null],
  ])('%i/%i/%i leap %p → %p', (day, month, year, leap, iso) => {
    expect(lunarToSolar(day, month, year, leap)).toBe(iso);
  });

  test('day 30 exists only in a long month', () => {
    // Month 12 of Quý Mão (2023) has 30 days, month 12 of Giáp Thìn (2024) 29.
    expect(lunarToSolar(30, 12, 2023)).toBe('2024-02-09');
    expect(lunarToSolar(30, 12, 2024)).toBeNull();
    expect(lunarToSolar(29, 12, 2024)).toBe('2025-01-28');
  });
});

describe('solarToLunar', () => {
  test.each<[string, { day: number; month: number; year: number; leap: boolean } | null]>([
    ['2024-02-10', { day: 1, month: 1, year: 2024, leap: false }],
    ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }],
    ['2023-03-22', { day: 1, month: 2, year: 2023, leap: true }],
    ['2023-09-29', { day: 15, month: 8, year: 2023, leap: false }],
    ['2000-01-01', { day: 25, month: 11, year: 1999, leap: false }],
    ['1899-12-31', null],
    ['not a date', null],
  ])('%s', (iso, lunar) => {
    expect(solarToLunar(iso)).toEqual(lunar);
  });
});

describe('leapMonth', () => {
  // Published leap months (tháng nhuận); 2033's is the 11th.
  test.each<[number, number | null]>([
    [2001, 4],
    [2002, null],
    [2004, 2],
    [2006, 7],
    [2009, 5],
    [2012, 4],
    [2014, 9],
    [2017, 6],
    [2020, 4],
    [2021, null],
    [2023, 2],
    [2024, null],
    [2025, 6],
    [2028, 5],
    [2031, 3],
    [2033, 11],
  ])('%i: %p', (year, month) => {
    expect(leapMonth(year)).toBe(month);
  });
});

describe('can-chi', () => {
  test.each<[number, string]>([
    [2024, 'Giáp Thìn'],
    [2023, 'Quý Mão'],
    [2025, 'Ất Tỵ'],
    [1984, 'Giáp Tý'],
    [2000, 'Canh Thìn'],
    [2030, 'Canh Tuất'],
  ])('%i is %s', (year, name) => {
    expect(canChiName(year)).toBe(name);
  });

  test('the year of a can-chi nearest a given year; no year for a pair that never meets', () => {
    // Giáp = 0, Thìn = 4
    expect(yearOfCanChi(0, 4, 2023)).toBe(2024);
    // The window runs from 30 years before to 29 after.
    expect(yearOfCanChi(0, 4, 2054)).toBe(2024);
    expect(yearOfCanChi(0, 4, 2055)).toBe(2084);
    // Quý = 9, Mão = 3
    expect(yearOfCanChi(9, 3, 2025)).toBe(2023);
    // Giáp Sửu does not exist: a yang stem goes with a yang branch.
    expect(yearOfCanChi(0, 1, 2024)).toBeNull();
    expect(yearOfCanChi(10, 0, 2024)).toBeNull();
  });

  test('every year is the year of its own can-chi', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (y) => yearOfCanChi((y + 6) % 10, (y + 8) % 12, y) === y),
    );
  });
});

describe('the astronomy (Meeus, Astronomical Algorithms)', () => {
  test('the new moon of February 1977 (example 49.a): JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  test("the sun's apparent longitude on 1992 October 13.0 TD (example 25.a): 199.90895°", () => {
    expect(sunLongitude(2448908.5)).toBeCloseTo(199.90895, 3);
  });

  test('ΔT: about a minute around 2000, growing', () => {
    expect(deltaT(2000)).toBeGreaterThan(60);
    expect(deltaT(2000)).toBeLessThan(68);
    expect(deltaT(1950)).toBeGreaterThan(25);
    expect(deltaT(1950)).toBeLessThan(33);
    expect(deltaT(2050)).toBeGreaterThan(deltaT(2025));
  });
});

describe('properties, every year the calendar covers', () => {
  const year = fc.integer({ min: LUNAR_FIRST_YEAR, max: LUNAR_LAST_YEAR });

  test('Tết falls between 21 January and 20 February', () => {
    fc.assert(
      fc.property(year, (y) => {
        const tet = tetDate(y)!;
        return tet >= `${y}-01-21` && tet <= `${y}-02-20`;
      }),
      { numRuns: 300 },
    );
  });

  test('consecutive Tết are 353–355 or 383–385 days apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: LUNAR_FIRST_YEAR, max: LUNAR_LAST_YEAR - 1 }), (y) => {
        const days = isoToSerial(tetDate(y + 1)!) - isoToSerial(tetDate(y)!);
        return (days >= 353 && days <= 355) || (days >= 383 && days <= 385);
      }),
      { numRuns: 300 },
    );
  });

  test('a year has a leap month exactly when it is 383–385 days long', () => {
    fc.assert(
      fc.property(fc.integer({ min: LUNAR_FIRST_YEAR, max: LUNAR_LAST_YEAR - 1 }), (y) => {
        const days = isoToSerial(tetDate(y + 1)!) - isoToSerial(tetDate(y)!);
        return (leapMonth(y) !== null) === days > 355;
      }),
      { numRuns: 300 },
    );
  });

  test('every lunar day read back from its solar day is itself', () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (y, m, d, leap) => {
          const iso = lunarToSolar(d, m, y, leap);
          if (iso === null) return d === 30 || (leap && leapMonth(y) !== m);
          return JSON.stringify(solarToLunar(iso)) === JSON.stringify({ day: d, month: m, year: y, leap });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('every solar day has a lunar day whose month starts on day 1 and has 29 or 30 days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToSerial(`${LUNAR_FIRST_YEAR}-03-01`), max: isoToSerial(`${LUNAR_LAST_YEAR}-10-01`) }),
        (serial) => {
          const iso = addDaysIso(`${LUNAR_FIRST_YEAR}-03-01`, serial - isoToSerial(`${LUNAR_FIRST_YEAR}-03-01`));
          const l = solarToLunar(iso);
          if (!l) return false;
          const first = lunarToSolar(1, l.month, l.year, l.leap)!;
          const length = lunarToSolar(30, l.month, l.year, l.leap) ? 30 : 29;
          return isoToSerial(iso) - isoToSerial(first) === l.day - 1 && l.day <= length;
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the lunar year month by month', () => {
  test('the months 10, 11 and 12 of Quý Mão (2023), the last two in the next solar year', () => {
    // New moons of 13 November 2023 (16:27), 13 December (06:32) and 11 January 2024 (18:57), Hanoi time.
    expect(lunarToSolar(1, 10, 2023)).toBe('2023-11-13');
    expect(lunarToSolar(1, 11, 2023)).toBe('2023-12-13');
    expect(lunarToSolar(1, 12, 2023)).toBe('2024-01-11');
    // The winter solstice (22 December) falls in the 11th month.
    expect(solarToLunar('2023-12-22')).toEqual({ day: 10, month: 11, year: 2023, leap: false });
    expect(solarToLunar('2024-01-10')).toEqual({ day: 29, month: 11, year: 2023, leap: false });
    expect(solarToLunar('2024-01-11')).toEqual({ day: 1, month: 12, year: 2023, leap: false });
  });

  test('a day of a month is counted from its first day, to its last', () => {
    // Giáp Thìn: 1/3 is 9 April 2024 (the new moon of the eclipse of 8 April, 01:21 on the 9th in Hanoi).
    expect(lunarToSolar(1, 3, 2024)).toBe('2024-04-09');
    expect(solarToLunar('2024-04-09')).toEqual({ day: 1, month: 3, year: 2024, leap: false });
    expect(solarToLunar('2024-04-08')).toEqual({ day: 30, month: 2, year: 2024, leap: false });
    expect(solarToLunar('2024-04-18')).toEqual({ day: 10, month: 3, year: 2024, leap: false });
  });

  test('no lunar day for a day that is no whole number, nor in a year that is none', () => {
    expect(lunarToSolar(1.5, 1, 2024)).toBeNull();
    expect(lunarToSolar(-1, 1, 2024)).toBeNull();
    expect(lunarToSolar(1, 1, 2024.5)).toBeNull();
    expect(lunarToSolar(1, 0, 2024)).toBeNull();
    expect(tetDate(2024.5)).toBeNull();
  });

  test('the first and last years covered have a calendar; the years around them none', () => {
    for (const year of [LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR]) {
      const tet = tetDate(year)!;
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      expect(addDaysIso(tetEve(year)!, 1)).toBe(tet);
    }
    expect(tetDate(LUNAR_FIRST_YEAR - 1)).toBeNull();
    expect(tetEve(LUNAR_FIRST_YEAR - 1)).toBeNull();
    expect(tetEve(LUNAR_LAST_YEAR + 1)).toBeNull();
    expect(leapMonth(LUNAR_FIRST_YEAR - 1)).toBeNull();
    expect(leapMonth(LUNAR_LAST_YEAR + 1)).toBeNull();
    expect(leapMonth(2024.5)).toBeNull();
    expect(tetEve(2024.5)).toBeNull();
  });

  test('a solar day before Tết 1900, or in lunar year 2200, has no lunar day; late January 2200 is still 2199', () => {
    // Tết 1900 (Canh Tý) came at the end of January: early January was lunar 1899.
    expect(solarToLunar('1900-01-05')).toBeNull();
    expect(solarToLunar('1900-03-01')).toMatchObject({ year: 1900 });
    expect(solarToLunar('2200-03-15')).toBeNull();
    expect(solarToLunar('2200-01-10')).toMatchObject({ year: 2199 });
    expect(solarToLunar('2199-06-01')).toMatchObject({ year: 2199 });
    expect(solarToLunar('2024-02-30')).toBeNull();
  });

  test('every lunar year covered: months 1 to 12 in order, each of 29 or 30 days, at most one leap month after its namesake', () => {
    const serial = (iso: string) => isoToSerial(iso);
    for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
      const leap = leapMonth(y);
      const months: [number, boolean][] = [];
      for (let m = 1; m <= 12; m++) {
        months.push([m, false]);
        if (leap === m) months.push([m, true]);
      }
      let previous = tetEve(y)!;
      for (const [m, isLeap] of months) {
        const first = lunarToSolar(1, m, y, isLeap);
        // The day after the last day of the month before.
        if (first !== addDaysIso(previous, 1))
          throw new Error(`${y}: month ${m}${isLeap ? ' leap' : ''} starts ${first}, after ${previous}`);
        const last = lunarToSolar(30, m, y, isLeap) ?? lunarToSolar(29, m, y, isLeap)!;
        const days = serial(last) - serial(first) + 1;
        if (days !== 29 && days !== 30) throw new Error(`${y}: month ${m} has ${days} days`);
        if (lunarToSolar(31, m, y, isLeap) !== null) throw new Error(`${y}: month ${m} has a day 31`);
        previous = last;
      }
      for (let m = 1; m <= 12; m++)
        if (m !== leap && lunarToSolar(1, m, y, true) !== null) throw new Error(`${y}: a leap ${m} and a leap ${leap}`);
      if (y < LUNAR_LAST_YEAR) {
        expect(addDaysIso(previous, 1)).toBe(tetDate(y + 1));
        const length = serial(tetDate(y + 1)!) - serial(tetDate(y)!);
        if (leap === null ? length < 353 || length > 355 : length < 383 || length > 385)
          throw new Error(`${y}: ${length} days, leap ${leap}`);
      }
      expect(solarToLunar(tetDate(y)!)).toEqual({ day: 1, month: 1, year: y, leap: false });
    }
  });
});

describe('ΔT', () => {
  test('the observed values at the start of each decade from 1900, in between read in a straight line', () => {
    // Observed ΔT (s), from the published tables (Espenak & Meeus / IERS).
    const observed: [number, number][] = [
      [1900, -2.7],
      [1910, 10.4],
      [1920, 21.2],
      [1930, 24.0],
      [1940, 24.3],
      [1950, 29.1],
      [1960, 33.2],
      [1970, 40.2],
      [1980, 50.5],
      [1990, 56.9],
      [2000, 63.8],
      [2010, 66.1],
      [2020, 69.4],
    ];
    for (const [year, dt] of observed) expect(deltaT(year)).toBeCloseTo(dt, 0);
    // 1905 (about 3.9 s) half way between 1900 and 1910; 2015 (67.6 s observed) between 2010 and 2020.
    expect(deltaT(1905)).toBeCloseTo(3.85, 1);
    expect(deltaT(2015)).toBeCloseTo(67.75, 1);
    expect(deltaT(1972.5)).toBeCloseTo(42.775, 1);
  });

  test("before 1900, Morrison and Stephenson's parabola −20 + 32 t² (t in centuries from 1820)", () => {
    expect(deltaT(1820)).toBeCloseTo(-20, 6);
    expect(deltaT(1720)).toBeCloseTo(12, 6);
    expect(deltaT(1620)).toBeCloseTo(108, 6);
    expect(deltaT(1870)).toBeCloseTo(-12, 6);
  });

  test('after 2020 it grows with the parabola from the last observed value, with no jump', () => {
    expect(deltaT(2020.001)).toBeCloseTo(deltaT(2020), 1);
    expect(deltaT(2019.999)).toBeCloseTo(deltaT(2020), 1);
    // The parabola grows by 32 (t₂² − t₁²) from 2020 (t = 2) to 2120 (t = 3): 160 s.
    expect(deltaT(2120) - deltaT(2020)).toBeCloseTo(160, 6);
    expect(deltaT(2100)).toBeGreaterThan(deltaT(2050));
  });
});

describe('can-chi: the bounds of the stems and branches', () => {
  test('the last stem (Quý) and the last branch (Hợi), the first branch (Tý)', () => {
    // Kỷ Hợi = 2019 (Kỷ = 5, Hợi = 11); Giáp Tý = 1984; Quý Hợi = 1983.
    expect(canChiName(2019)).toBe('Kỷ Hợi');
    expect(yearOfCanChi(5, 11, 2020)).toBe(2019);
    expect(yearOfCanChi(0, 0, 1990)).toBe(1984);
    expect(yearOfCanChi(9, 11, 1990)).toBe(1983);
  });

  test('no year for a stem or branch out of range or not a whole number', () => {
    for (const [can, chi] of [
      [-1, 0],
      [10, 0],
      [0, -1],
      [0, 12],
      [0.5, 0],
      [0, 0.5],
    ])
      expect(yearOfCanChi(can, chi, 2024)).toBeNull();
  });

  test('years before the common era are named too', () => {
    // The names recur every 60 years: 1984 − 60 × 33 = 4, so year 4 is Giáp Tý, and year −56 as well.
    expect(canChiName(4)).toBe('Giáp Tý');
    expect(canChiName(-56)).toBe('Giáp Tý');
    expect(yearOfCanChi(0, 0, 10)).toBe(4);
    expect(yearOfCanChi(0, 0, -40)).toBe(-56);
  });
});
