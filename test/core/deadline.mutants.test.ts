// Rules of src/core/deadline.ts that mutation testing (npm run mutate -- src/core/deadline.ts --own-tests,
// docs/mutation.md) found no test pinning. Kept apart from deadline.test.ts.
import { DeadlineParse, parseDeadline, parsePeriodStart } from '../../src/core/deadline';

const PLAN = 2023;

// An oracle independent of src/core/dates.ts: JavaScript's own calendar (Date.UTC).
const utcIso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
/** The last day of month m of year y (day 0 of the next month). */
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const date = (iso: string, start: string | null = null): DeadlineParse => ({ kind: 'date', iso, start });
const invalid = (text: string): DeadlineParse => ({ kind: 'invalid', text });

describe('tokens: punctuation, dashes and the QII shorthand', () => {
  test.each(['30/6/2023,', '30/6/2023;', '30/6/2023:', '30/6/2023.', '30/6/2023 ;'])(
    'a trailing mark is punctuation, not part of the deadline: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(date(utcIso(2023, 6, 30)));
    },
  );

  test.each(['Tháng 3\u22125/2023', 'Tháng 3\u20105/2023', 'Tháng 3\u20155/2023', 'Tháng 3\u20145/2023'])(
    'a minus sign or any Unicode dash joins a range: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(date(monthEnd(2023, 5), utcIso(2023, 3, 1)));
    },
  );

  test('QIII and QIV are quarters 3 and 4', () => {
    expect(parseDeadline('QIII/2023', null, PLAN)).toEqual(date(monthEnd(2023, 9)));
    expect(parseDeadline('QIV/2023', null, PLAN)).toEqual(date(monthEnd(2023, 12)));
  });

  test.each(['XQII/2023', 'QIIA/2023', 'Quý IIA/2023'])(
    'a word that only begins or ends like QII is no quarter: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );
});

describe('numbers: a day, month or count has one or two digits, within its bounds', () => {
  test.each(['Tháng 006/2023', '030/6/2023', '30/006/2023', '006 tháng đầu năm 2023'])(
    'three digits are no day or month: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );

  test('a count of months runs from 1 to 12, also at the end of a range', () => {
    // Month 3 to "the last 12 months" of 2023 is a real range; 0 or 13 months are none.
    expect(parseDeadline('Tháng 3 - 12 tháng cuối năm 2023', null, PLAN)).toEqual(
      date(monthEnd(2023, 12), utcIso(2023, 3, 1)),
    );
    expect(parseDeadline('Tháng 3 - 0 tháng cuối năm 2023', null, PLAN)).toEqual(
      invalid('Tháng 3 - 0 tháng cuối năm 2023'),
    );
    expect(parseDeadline('Tháng 3 - 13 tháng cuối năm 2023', null, PLAN)).toEqual(
      invalid('Tháng 3 - 13 tháng cuối năm 2023'),
    );
  });

  test('a quarter number is a single digit', () => {
    expect(parseDeadline('Quý 2/2023', null, PLAN)).toEqual(date(monthEnd(2023, 6)));
    expect(parseDeadline('Quý 02/2023', null, PLAN)).toEqual(invalid('Quý 02/2023'));
  });
});

describe('days: only "/", "-" and "." join a day, month and year', () => {
  test.each(['30,6', '30,6,2023', '30,6/2023', '30~6/2023'])(
    '%p reads as a decimal number or nothing, not as a day',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );

  test.each(['30/6/', '30-6-', 'Từ 01/3 đến 30/6/'])(
    'a day whose year is missing after the mark is invalid: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );
});

describe('months and quarters: the year after a dot or dash', () => {
  test.each(['Tháng 6.2023', '06.2023', '06-2023', '06/2023'])('%p is June 2023', (text) => {
    expect(parseDeadline(text, null, PLAN)).toEqual(date(monthEnd(2023, 6)));
    expect(parsePeriodStart(text, null, PLAN)).toBe(utcIso(2023, 6, 1));
  });

  test('Quý II.2023 is the second quarter of 2023', () => {
    expect(parseDeadline('Quý II.2023', null, PLAN)).toEqual(date(monthEnd(2023, 6)));
  });

  test('a month written "06/2023" runs on to the bare number of a later month', () => {
    expect(parseDeadline('06/2023 - 08', null, PLAN)).toEqual(date(monthEnd(2023, 8), utcIso(2023, 6, 1)));
  });

  test.each<[string, number]>([
    ['Hạn 2/2023', 2],
    ['Đến 2/2023', 2],
    ['Trong 3/2023', 3],
    ['Vào 1/2023', 1],
  ])('a lead before "m/yyyy" leaves a month, not a quarter: %p', (text, m) => {
    expect(parseDeadline(text, null, PLAN)).toEqual(date(monthEnd(2023, m)));
  });
});

describe('parts of the year: only months count, and only a year follows "năm"', () => {
  test.each(['6 tuần đầu năm 2023', 'Các tháng cuối năm 2023', 'Tháng 3 - các tháng cuối năm 2023'])(
    '%p is no part of a year',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );

  test.each(['Trong năm học', 'Cả năm học 2023', '6 tháng đầu năm học', 'Nửa cuối năm học'])(
    'a school year is no calendar year: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );

  test.each<[string, string, string]>([
    ['3 tháng cuối năm 2023', utcIso(2023, 10, 1), monthEnd(2023, 12)],
    ['Nửa cuối năm 2023', utcIso(2023, 7, 1), monthEnd(2023, 12)],
    ['Nửa đầu năm 2023', utcIso(2023, 1, 1), monthEnd(2023, 6)],
    ['9 tháng', utcIso(PLAN, 1, 1), monthEnd(PLAN, 9)],
    ['6 tháng đầu năm/2023', utcIso(2023, 1, 1), monthEnd(2023, 6)],
    ['2023', utcIso(2023, 1, 1), monthEnd(2023, 12)],
  ])('%p runs from %p to %p', (text, first, last) => {
    expect(parsePeriodStart(text, null, PLAN)).toBe(first);
    expect(parseDeadline(text, null, PLAN)).toEqual(date(last));
  });
});

describe('"hoàn thành" before a deadline, with or without a lead', () => {
  test.each<[string, string]>([
    ['Hoàn thành 30/6/2023', utcIso(2023, 6, 30)],
    ['Hoàn thành tháng 6/2023', monthEnd(2023, 6)],
    ['Hoàn thành Quý III/2023', monthEnd(2023, 9)],
    ['Hoàn thành chậm nhất 30/6/2023', utcIso(2023, 6, 30)],
  ])('%p', (text, iso) => {
    expect(parseDeadline(text, null, PLAN)).toEqual(date(iso));
  });
});

describe('lists and ranges: only their own marks join them', () => {
  test.each(['Tháng 3 hoặc 5/2023', 'Quý I hoặc II/2023', 'Quý I, tháng 6/2023', 'Quý I, 2023'])(
    '%p is no list',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );

  test('a tilde joins a range', () => {
    expect(parseDeadline('Tháng 3~5/2023', null, PLAN)).toEqual(date(monthEnd(2023, 5), utcIso(2023, 3, 1)));
  });

  test('a day runs on to a day, month, quarter or year written in full, not to a bare quarter number', () => {
    expect(parseDeadline('01/4 - quý II/2023', null, PLAN)).toEqual(date(monthEnd(2023, 6), utcIso(2023, 4, 1)));
    expect(parseDeadline('01/4 - II/2023', null, PLAN)).toEqual(invalid('01/4 - II/2023'));
  });

  test('a range may start and end on the same day', () => {
    expect(parseDeadline('Từ 30/6/2023 đến 30/6/2023', null, PLAN)).toEqual(
      date(utcIso(2023, 6, 30), utcIso(2023, 6, 30)),
    );
  });
});

describe('extensions: how they are written', () => {
  // Tết Giáp Thìn fell on 10/2/2024: its eve was 9/2/2024.
  test.each<[string, string, string]>([
    ['31/12/2024; gia hạn đến 31/3/2025', utcIso(2025, 3, 31), utcIso(2024, 12, 31)],
    ['31/12/2024 (gia hạn 31/3/2025)', utcIso(2025, 3, 31), utcIso(2024, 12, 31)],
    ['31/12/2024 (gia hạn tới 31/3/2025)', utcIso(2025, 3, 31), utcIso(2024, 12, 31)],
    ['31/12/2024 (điều chỉnh: 31/3/2025)', utcIso(2025, 3, 31), utcIso(2024, 12, 31)],
    ['31/12/2024 (điều chỉnh: đến 31/3/2025)', utcIso(2025, 3, 31), utcIso(2024, 12, 31)],
    ['30/9/2023 (gia hạn tới trước Tết Nguyên đán 2024)', utcIso(2024, 2, 9), utcIso(2023, 9, 30)],
  ])('%p', (text, iso, original) => {
    expect(parseDeadline(text, null, PLAN)).toEqual({ kind: 'date', iso, start: null, original });
  });

  test.each(['31/12/2024 (gia hạn đến 31/3/2025]', '31/12/2024 (gia hạn đến 31/3/2025 nhé'])(
    'a bracket opened is closed by ")": %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );
});

describe('the whole text', () => {
  test('a text of 40 tokens is still read; one of 41 is too long to be a deadline', () => {
    // 26 tokens for the twelve months of 2023, 14 for the extension; the ":" makes it 41.
    const months = 'Tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12/2023';
    expect(parseDeadline(`${months} (đã gia hạn đến tháng 1, 2, 3/2024)`, null, PLAN)).toEqual({
      kind: 'date',
      iso: monthEnd(2024, 3),
      start: utcIso(2023, 1, 1),
      original: monthEnd(2023, 12),
    });
    const long = `${months} (đã gia hạn: đến tháng 1, 2, 3/2024)`;
    expect(parseDeadline(long, null, PLAN)).toEqual(invalid(long));
    expect(parsePeriodStart(long, null, PLAN)).toBeNull();
  });

  test.each(['Thường xuyên 20234', 'Thường xuyên 202', 'Hằng tháng x2023'])(
    'only a four-digit year may go with a recurring phrase: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
    },
  );

  test.each(['Thường xuyên cả năm', 'Liên tục và thường xuyên', 'Thường xuyên trong năm 2024', 'Hằng quý năm 2023'])(
    'recurring, with its filler words: %p',
    (text) => {
      expect(parseDeadline(text, null, PLAN)).toEqual({ kind: 'recurring' });
      expect(parsePeriodStart(text, null, PLAN)).toBeNull();
    },
  );

  test.each(['2023.0', '2023.00', '2023e0'])('only four digits alone are a year: %p is no year', (text) => {
    expect(parseDeadline(text, null, PLAN)).toEqual(invalid(text));
  });

  test('the year 0000 is no year', () => {
    expect(parseDeadline('0000', null, PLAN)).toEqual(invalid('0000'));
    expect(parsePeriodStart('0000', null, PLAN)).toBeNull();
  });
});

describe('whole numbers as years: 1900 to 2199', () => {
  test.each([1900, 2199])('%p in a cell without a date format is that year', (y) => {
    expect(parseDeadline(y, null, PLAN)).toEqual(date(utcIso(y, 12, 31)));
    expect(parseDeadline(y, 'General', PLAN)).toEqual(date(utcIso(y, 12, 31)));
    expect(parsePeriodStart(y, null, PLAN)).toBe(utcIso(y, 12, 31));
  });

  test.each([1899, 2200])('%p is no year', (y) => {
    expect(parseDeadline(y, null, PLAN)).not.toEqual(date(utcIso(y, 12, 31)));
  });
});

describe('parsePeriodStart: cells that hold no period', () => {
  test.each<[unknown]>([[null], [6], [true], ['   '], ['Hằng tháng']])('%p → null', (value) => {
    expect(parsePeriodStart(value as never, null, PLAN)).toBeNull();
  });
});
