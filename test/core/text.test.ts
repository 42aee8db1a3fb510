import fc from 'fast-check';
import {
  cleanText,
  foldDiacritics,
  foldText,
  foldWords,
  hasPhrase,
  shortHash,
  stripBrackets,
  valueText,
} from '../../src/core/text';

describe('text normalisation', () => {
  test.each([
    ['  Nội dung\ncông   việc ', 'Nội dung công việc'],
    ['Nội dung'.normalize('NFD'), 'Nội dung'],
    ['a\u00a0b', 'a b'],
    ['\ufeffTiến độ', 'Tiến độ'],
  ])('cleanText(%p) → %p', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  test.each([
    ['Người Chịu Trách Nhiệm', 'nguoi chiu trach nhiem'],
    ['ĐƠN VỊ', 'don vi'],
    ['Tiến độ (%)', 'tien do %'],
    ['Nội dung công việc'.normalize('NFD'), 'noi dung cong viec'],
  ])('foldWords(%p) → %p', (input, expected) => {
    expect(foldWords(input)).toBe(expected);
  });

  test('stripBrackets drops units and notes', () => {
    expect(foldWords(stripBrackets('Kinh phí (triệu đồng) [ghi chú]'))).toBe('kinh phi');
  });

  test('stripBrackets keeps the words on either side of a bracket apart', () => {
    expect(foldWords(stripBrackets('Thời gian(ngày/tháng)hoàn thành'))).toBe('thoi gian hoan thanh');
    expect(foldWords(stripBrackets('Tiến độ[%]thực hiện'))).toBe('tien do thuc hien');
  });

  test.each([
    // [folded text, folded phrase, found as whole words]
    ['da hoan thanh 100%', 'hoan thanh', true],
    ['hoan thanh', 'hoan thanh', true],
    ['chua hoan thanh', 'chua hoan thanh', true],
    ['hoan thanhx', 'hoan thanh', false],
    ['xhoan thanh', 'hoan thanh', false],
    ['dang thuc hien', 'hoan thanh', false],
    // an empty phrase is found nowhere, not everywhere
    ['hoan thanh', '', false],
    ['', '', false],
  ])('hasPhrase(%p, %p) → %p', (text, phrase, found) => {
    expect(hasPhrase(text, phrase)).toBe(found);
  });

  test.each([
    [null, ''],
    [undefined, ''],
    ['  Nội dung\ncông   việc ', 'Nội dung công việc'],
    [80.5, '80.5'],
    [0, '0'],
    [-3, '-3'],
    [NaN, ''],
    [Infinity, ''],
    [true, 'TRUE'],
    [false, 'FALSE'],
    // anything else by its text, cleaned
    [12n, '12'],
    [{ toString: () => '  Sổ   tay ' }, 'Sổ tay'],
  ])('valueText(%p) → %p', (value, text) => {
    expect(valueText(value)).toBe(text);
  });

  test.each([
    [null, true],
    [undefined, true],
    ['', true],
    [' \n\u00a0', true],
    [0, false],
    [false, false],
    ['-', false],
    ['x', false],
  ])('valueText(%p) is empty: %p', (value, blank) => {
    expect(valueText(value) === '').toBe(blank);
  });

  test('the fast paths agree with the plain definition on any text', () => {
    const plainClean = (s: string) =>
      s
        .normalize('NFC')
        .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
        .trim();
    const plainFold = (s: string) =>
      plainClean(s)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
    const vietnamese = fc.stringMatching(
      /^[ a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệđĐìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ\n\t\u00a0]{0,30}$/,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          vietnamese,
          vietnamese.map((s) => s.normalize('NFD')),
        ),
        (s) => {
          expect(cleanText(s)).toBe(plainClean(s));
          expect(foldText(s)).toBe(plainFold(s));
          expect(foldText(s)).toBe(plainFold(s)); // twice: the memo returns the same
        },
      ),
      { numRuns: 2000 },
    );
  });

  // shortHash is documented as FNV-1a, 32-bit, over the string's UTF-16 code units, as 8 hex digits.
  const fnv1a = (s: string) => {
    let h = 0x811c9dc5n;
    for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x01000193n) & 0xffffffffn;
    return h.toString(16).padStart(8, '0');
  };

  test('shortHash gives the published FNV-1a (32-bit) test vectors', () => {
    // From the FNV authors' test suite (ASCII, so code units and bytes agree).
    expect(shortHash('')).toBe('811c9dc5');
    expect(shortHash('a')).toBe('e40c292c');
    expect(shortHash('foobar')).toBe('bf9cf968');
  });

  test('shortHash is FNV-1a over code units, 8 lower-case hex digits, for any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        expect(shortHash(s)).toBe(fnv1a(s));
        expect(shortHash(s)).toMatch(/^[0-9a-f]{8}$/);
      }),
      { numRuns: 2000 },
    );
  });

  test('shortHash tells apart the titles of a large department', () => {
    // Commitment ids rest on it: 5,000 folded titles, no two alike, give 5,000 hashes.
    const titles = Array.from({ length: 5000 }, (_, i) => foldWords(`Tổ chức hoạt động số ${i} năm ${2023 + (i % 3)}`));
    expect(new Set(titles).size).toBe(5000);
    expect(new Set(titles.map(shortHash)).size).toBe(5000);
  });
});

describe('foldDiacritics', () => {
  // The definition: decompose, drop the combining marks, đ → d, lower case.
  const byTheBook = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();

  test.each([
    ['Thời hạn hoàn thành', 'thoi han hoan thanh'],
    ['ĐẦU VIỆC TRỌNG TÂM', 'dau viec trong tam'],
    ['Tiến độ (%)', 'tien do (%)'],
    ['Thời hạn'.normalize('NFD'), 'thoi han'],
    ['Ǆ İ ß', 'ǆ i ß'],
    ['Ελληνικά ά', 'ελληνικα α'],
    // Marks outside U+0300–U+036F stay, in the canonical order NFD puts them in (U+1DCA, class 220,
    // before U+1DC0, class 230): the per-letter tables must not take such text.
    ['a\u1dc0\u1dca', 'a\u1dca\u1dc0'],
  ])('%s → %s', (input, folded) => {
    expect(foldDiacritics(input)).toBe(folded);
    expect(byTheBook(input)).toBe(folded);
  });

  test('agrees with the definition on any text', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(
        ...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬĐÈÉẺẼẸỀẾỂỄỆÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ \u0301\u0300\u0309\u0303\u0323'.split(
          '',
        ),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: 'binary' })), (s) => foldDiacritics(s) === byTheBook(s)),
      { numRuns: 2000 },
    );
  });

  test('every Latin letter with marks agrees with the definition', () => {
    for (let c = 0x80; c < 0x370; c++)
      expect(foldDiacritics(String.fromCharCode(c))).toBe(byTheBook(String.fromCharCode(c)));
    for (let c = 0x1e00; c < 0x1f00; c++)
      expect(foldDiacritics(String.fromCharCode(c))).toBe(byTheBook(String.fromCharCode(c)));
  });
});

describe('foldWords', () => {
  // The definition: NFC and spaces cleaned, diacritics off, lower case, every run of other
  // characters one space, trimmed.
  const byTheBook = (s: string) =>
    s
      .normalize('NFC')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9%]+/g, ' ')
      .trim();

  test.each([
    ['Thời gian thực hiện › Hoàn thành', 'thoi gian thuc hien hoan thanh'],
    ['  TIẾN ĐỘ (%)  ', 'tien do %'],
    ['Người chịu\ntrách nhiệm', 'nguoi chiu trach nhiem'],
    ['Ngày hoàn thành'.normalize('NFD'), 'ngay hoan thanh'],
    ['— ', ''],
    ['Số 1.800 bản/năm', 'so 1 800 ban nam'],
    ['Ελληνικά ά x', 'x'],
    // Signs that are letters by canonical equivalence: the Kelvin sign is K, the Ångström sign Å.
    ['\u212a', 'k'],
    ['25 \u212a', '25 k'],
    ['\u212b', 'a'],
  ])('%s → %s', (input, folded) => {
    expect(foldWords(input)).toBe(folded);
    expect(byTheBook(input)).toBe(folded);
  });

  test('agrees with the definition on any text', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẰẮẲẴẶĐÈÉẺẼẸỀẾỂỄỆÒÓỎÕỌỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ09%';
    const marks = '\u0301\u0300\u0309\u0303\u0323';
    const other = ' \t\n-–—/().,:;?!"\'›×ß\u00a0ǄİΩ';
    const latin = fc.string({ unit: fc.constantFrom(...(letters + marks + other).split('')) });
    fc.assert(
      fc.property(fc.oneof(latin, fc.string({ unit: 'binary' })), (s) => foldWords(s) === byTheBook(s)),
      { numRuns: 3000 },
    );
  });
});
