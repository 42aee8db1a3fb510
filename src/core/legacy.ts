// Legacy Vietnamese 8-bit text: TCVN3 ("ABC", TCVN 5712:1993 VN3, the .Vn fonts) and VNI (the VNI-*
// fonts). Such a document stores Vietnamese letters as Latin-1 / Windows-1252 code points that only
// the legacy font draws as Vietnamese, so Excel hands us e.g. "Céng hoµ" for "Cộng hoà".
// Everything here works on JS strings: no Office, DOM or Node.

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyOptions {
  /**
   * TCVN3 only: the text is set in a capitals font (.VnTimeH…), where the lowercase codes are drawn
   * as capital letters, so the decoded text is upper case.
   */
  capitals?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tables. Every row lists a vowel's six forms in one order: no tone, sắc (acute), huyền (grave),
// hỏi (hook), ngã (tilde), nặng (dot below).

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
type Vowel = (typeof VOWELS)[number];

/** The precomposed (NFC) letter for a vowel with a tone (index into TONE_MARKS). */
function toned(vowel: string, tone: number): string {
  return (vowel.normalize('NFD') + TONE_MARKS[tone]).normalize('NFC');
}

// TCVN3 (VN3): one code per lowercase letter; plain a e i o u y keep their ASCII codes. The slots
// VN3 leaves free (À–Å, º, Í, Ù–Û, à, ð…) hold capitals only in the VN1 variant: left alone here.
// U+00AD (soft hyphen) is the code of ư, written as an escape because it is invisible.
const TCVN3_VOWEL_CODES: Record<Vowel, string> = {
  a: 'a¸µ¶·¹',
  ă: '¨¾»¼½Æ',
  â: '©ÊÇÈÉË',
  e: 'eÐÌÎÏÑ',
  ê: 'ªÕÒÓÔÖ',
  i: 'iÝ×ØÜÞ',
  o: 'oãßáâä',
  ô: '«èåæçé',
  ơ: '¬íêëìî',
  u: 'uóïñòô',
  ư: '\u00adøõö÷ù',
  y: 'yýúûüþ',
};
const TCVN3_D = '®'; // đ
// The only capitals with diacritics that the normal (non-H) fonts hold.
const TCVN3_OWN_CAPITALS: ReadonlyArray<readonly [string, string]> = [
  ['Ă', '¡'],
  ['Â', '¢'],
  ['Ê', '£'],
  ['Ô', '¤'],
  ['Ơ', '¥'],
  ['Ư', '¦'],
  ['Đ', '§'],
];

// VNI: an ASCII base letter followed by a marker; a few letters have a code of their own.
// Capitals use the upper-case form of every character (aù → AÙ, ô → Ô).
const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä']; // â ê ô, with each tone
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë']; // ă, with each tone
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò']; // i has single codes for every tone
const VNI_Y_DOT = 'î'; // ỵ is a single code; y's other tones use the markers
const VNI_O_HORN = 'ô'; // ơ
const VNI_U_HORN = 'ö'; // ư
const VNI_D = 'ñ'; // đ

function vniOf(vowel: Vowel, tone: number): string {
  switch (vowel) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
      return vowel + VNI_TONE[tone];
    case 'ă':
      return 'a' + VNI_BREVE[tone];
    case 'â':
      return 'a' + VNI_CIRCUMFLEX[tone];
    case 'ê':
      return 'e' + VNI_CIRCUMFLEX[tone];
    case 'ô':
      return 'o' + VNI_CIRCUMFLEX[tone];
    case 'ơ':
      return VNI_O_HORN + VNI_TONE[tone];
    case 'ư':
      return VNI_U_HORN + VNI_TONE[tone];
    case 'i':
      return VNI_I[tone];
    case 'y':
      return tone === 5 ? VNI_Y_DOT : 'y' + VNI_TONE[tone];
  }
}

// Derived lookup maps, built once.
const TCVN3_ENCODE = new Map<string, string>(); // Unicode letter → code
const TCVN3_DECODE = new Map<string, string>(); // code → Unicode letter (lowercase, or one of the own capitals)
const VNI_ENCODE = new Map<string, string>(); // Unicode letter (both cases) → VNI sequence
const VNI_DECODE = new Map<string, string>(); // lowercase VNI sequence (1 or 2 chars) → lowercase letter

// Non-ASCII codes that stand for themselves (TCVN3 ý; VNI í ì): no mapping, but part of the encoding.
const TCVN3_SAME = new Set<string>();
const VNI_SAME = new Set<string>();

for (const vowel of VOWELS) {
  for (let tone = 0; tone < 6; tone++) {
    const letter = toned(vowel, tone);
    const code = TCVN3_VOWEL_CODES[vowel][tone];
    const vni = vniOf(vowel, tone);
    if (letter !== code) {
      TCVN3_ENCODE.set(letter, code);
      TCVN3_DECODE.set(code, letter);
    } else if (code.charCodeAt(0) > 0x7f) {
      TCVN3_SAME.add(code);
      // Kept in the encode map so that the capital (Ý, not a code) is written with this code.
      TCVN3_ENCODE.set(letter, code);
    }
    if (letter === vni) {
      if (vni.charCodeAt(0) > 0x7f) VNI_SAME.add(vni).add(vni.toUpperCase());
    } else {
      VNI_ENCODE.set(letter, vni);
      VNI_ENCODE.set(letter.toUpperCase(), vni.toUpperCase());
      VNI_DECODE.set(vni, letter);
    }
  }
}
TCVN3_ENCODE.set('đ', TCVN3_D);
TCVN3_DECODE.set(TCVN3_D, 'đ');
for (const [capital, code] of TCVN3_OWN_CAPITALS) {
  TCVN3_ENCODE.set(capital, code);
  TCVN3_DECODE.set(code, capital);
}
VNI_ENCODE.set('đ', VNI_D);
VNI_ENCODE.set('Đ', VNI_D.toUpperCase());
VNI_DECODE.set(VNI_D, 'đ');

// Every VNI character that only makes sense after a base letter.
const VNI_MARKERS = new Set<string>();
for (const m of [...VNI_TONE, ...VNI_CIRCUMFLEX, ...VNI_BREVE]) {
  if (m) {
    VNI_MARKERS.add(m);
    VNI_MARKERS.add(m.toUpperCase());
  }
}
const VNI_PLAIN_TONE = new Map<string, number>();
VNI_TONE.forEach((m, tone) => {
  if (m) {
    VNI_PLAIN_TONE.set(m, tone);
    VNI_PLAIN_TONE.set(m.toUpperCase(), tone);
  }
});
// Every non-ASCII character the VNI fonts give a meaning to (markers and single-code letters).
const VNI_CHARS = new Set<string>([...VNI_MARKERS, ...VNI_SAME]);
for (const key of VNI_DECODE.keys()) {
  for (const ch of key) {
    if (ch.charCodeAt(0) > 0x7f) {
      VNI_CHARS.add(ch);
      VNI_CHARS.add(ch.toUpperCase());
    }
  }
}
const TCVN3_CHARS = new Set<string>([...TCVN3_DECODE.keys(), ...TCVN3_SAME]);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Fonts

/** The legacy encoding a font name implies: `.Vn…` fonts are TCVN3, `VNI-…` fonts are VNI. */
export function legacyEncodingOfFont(fontName: string | null | undefined): LegacyEncoding | null {
  if (!fontName) return null;
  const name = fontName.trim().toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (/^vni[-_ ]/.test(name)) return 'vni';
  return null;
}

/** TCVN3 capitals font (`.VnTimeH`, `.VnArialH`, `.VnAvantH`…): its lowercase codes draw capitals. */
export function isCapitalsFont(fontName: string | null | undefined): boolean {
  return legacyEncodingOfFont(fontName) === 'tcvn3' && /h$/i.test(fontName!.trim());
}

// ---------------------------------------------------------------------------------------------
// Decoding

interface Decoded {
  text: string;
  /** Legacy characters that meant nothing where they stood (a VNI marker with no base letter). */
  stray: number;
}

function decodeTcvn3(text: string, capitals: boolean): Decoded {
  let out = '';
  for (const ch of text) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter !== undefined) out += capitals ? letter.toUpperCase() : letter;
    // In a capitals font the ASCII lowercase letters (and ý, its own code) are drawn as capitals too.
    else if (capitals && ((ch >= 'a' && ch <= 'z') || TCVN3_SAME.has(ch))) out += ch.toUpperCase();
    else out += ch;
  }
  return { text: out.normalize('NFC'), stray: 0 };
}

function decodeVni(text: string): Decoded {
  let out = '';
  let stray = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const pair = text.slice(i, i + 2);
    // Markers are accepted in either case: the letter's case is the base character's.
    const fromPair = pair.length === 2 ? VNI_DECODE.get(pair.toLowerCase()) : undefined;
    if (fromPair !== undefined) {
      let letter = fromPair;
      i += 2;
      // Tolerate a bare circumflex/breve followed by a separate tone ("aâù" for ấ).
      const modifier = pair[1].toLowerCase();
      if ((modifier === VNI_CIRCUMFLEX[0] || modifier === VNI_BREVE[0]) && i < text.length) {
        const tone = VNI_PLAIN_TONE.get(text[i]);
        if (tone !== undefined) {
          letter = (letter.normalize('NFD') + TONE_MARKS[tone]).normalize('NFC');
          i++;
        }
      }
      out += isUpper(ch) ? letter.toUpperCase() : letter;
      continue;
    }
    const single = VNI_DECODE.get(ch.toLowerCase());
    if (single !== undefined) {
      out += isUpper(ch) ? single.toUpperCase() : single;
    } else {
      if (VNI_MARKERS.has(ch)) stray++;
      out += ch;
    }
    i++;
  }
  return { text: out.normalize('NFC'), stray };
}

function decodeWithStats(text: string, encoding: LegacyEncoding, capitals: boolean): Decoded {
  return encoding === 'tcvn3' ? decodeTcvn3(text, capitals) : decodeVni(text);
}

/**
 * Legacy text → NFC Unicode. Characters with no meaning in the encoding are left alone.
 * `capitals` (TCVN3 only) is for text set in an H font: the result is then upper case.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: LegacyOptions = {}): string {
  return decodeWithStats(text, encoding, options.capitals === true).text;
}

// ---------------------------------------------------------------------------------------------
// Encoding

/**
 * Unicode → legacy text, the inverse of decodeLegacy. Characters the encoding cannot hold are left
 * alone. TCVN3's normal fonts have no code for most capitals with diacritics (Ấ, Ộ, Ủ…): like the
 * usual converters, they get the lowercase letter's code, so their case is lost (decoded with `capitals`,
 * as text meant for an H font, an upper-case text comes back whole).
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const nfc = text.normalize('NFC');
  let out = '';
  if (encoding === 'vni') {
    for (const ch of nfc) out += VNI_ENCODE.get(ch) ?? ch;
    return out;
  }
  for (const ch of nfc) {
    const own = TCVN3_ENCODE.get(ch);
    if (own !== undefined) {
      out += own;
      continue;
    }
    const lower = ch.toLowerCase();
    const viaLower = lower !== ch ? TCVN3_ENCODE.get(lower) : undefined;
    out += viaLower ?? ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detection

// Real Unicode Vietnamese: the letters outside Latin-1, and the combining marks of NFD text.
const UNICODE_VIETNAMESE =
  // eslint-disable-next-line no-misleading-character-class -- the combining marks alone are what is looked for
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0303\u0306\u0309\u031b\u0323]/;
// Vietnamese letters that Unicode itself takes from Latin-1: seeing only these proves nothing,
// since "Hoà Bình" in Unicode is made of them.
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

// Vietnamese rhymes (vần) without tone; the onset is checked separately.
const RHYMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ê êu êch êm ên ênh êp êt ' +
    'i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu ' +
    'o oa oă oe oi oo oc om on ong op ot oac oach oai oam oan oang oanh oao oap oat oay ' +
    'oăc oăm oăn oăng oăt oen oeo oet ooc oong ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uê ui uy uc um un ung up ut uân uâng uât uây uôc uôi uôm uôn uông uôt uơ ' +
    'uya uych uyên uyêt uynh uyt uyu uêch uênh ' +
    'ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu y yêm yên yêng yêt yêu'
  ).split(' '),
);
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(.*)$/;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** True when a word is a well-formed Vietnamese syllable (at most one tone, known onset and rhyme). */
function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  if ((nfd.match(TONE_MARK) ?? []).length > 1) return false;
  const bare = nfd.replace(TONE_MARK, '').normalize('NFC');
  const m = ONSET.exec(bare);
  if (!m) return false;
  const onset = m[1] ?? '';
  const rhyme = m[2];
  // "gi" and "qu" swallow the vowel of the rhyme in spelling: gìn = gi + in, quyết = qu + uyêt.
  if (onset === 'gi') return rhyme === '' || RHYMES.has(rhyme) || RHYMES.has('i' + rhyme);
  if (onset === 'qu') return RHYMES.has(rhyme) || RHYMES.has('u' + rhyme);
  return RHYMES.has(rhyme);
}

interface Evidence {
  /** Words with legacy characters that decode to Vietnamese syllables. */
  valid: number;
  /** …of which could not be Unicode Vietnamese as they stand (a character or a spelling it never uses). */
  strong: number;
  /** …of which were already Unicode Vietnamese syllables and would be changed ("Bình" → "Bỡnh"). */
  conflicting: number;
  /** Words with legacy characters that decode to nonsense. */
  invalid: number;
  /** Plain ASCII words in lower or mixed case that are not Vietnamese syllables (abbreviations aside). */
  foreignAscii: number;
}

function evidenceFor(text: string, encoding: LegacyEncoding): Evidence {
  const chars = encoding === 'tcvn3' ? TCVN3_CHARS : VNI_CHARS;
  const evidence: Evidence = { valid: 0, strong: 0, conflicting: 0, invalid: 0, foreignAscii: 0 };
  // A word is a run of letters and characters of the encoding (TCVN3 codes include µ · × ÷).
  let word = '';
  const flush = (): void => {
    const w = word;
    word = '';
    // A lone character ("©", "×", "ë") is no evidence: only letters inside words count.
    if ([...w].length < 2) return;
    if (!/[\u0080-\uffff]/.test(w)) {
      if (/[a-z]/.test(w) && !isVietnameseSyllable(w)) evidence.foreignAscii++;
      return;
    }
    const decoded = decodeWithStats(w, encoding, false);
    // A letter the encoding has no code for ("Í" in TCVN3) means the word is not in that encoding.
    const foreign = [...w].some((c) => c.charCodeAt(0) > 0x7f && !chars.has(c));
    if (foreign || decoded.stray > 0 || !isVietnameseSyllable(decoded.text)) {
      evidence.invalid++;
      return;
    }
    evidence.valid++;
    const asUnicode =
      [...w].every((c) => c.charCodeAt(0) < 0x80 || VIETNAMESE_LATIN1.has(c)) && isVietnameseSyllable(w);
    if (!asUnicode) evidence.strong++;
    else if (decoded.text !== w.normalize('NFC')) evidence.conflicting++;
  };
  for (const ch of text) {
    if (chars.has(ch) || LETTER_OR_MARK.test(ch)) word += ch;
    else flush();
  }
  flush();
  return evidence;
}

/** How clearly the letters say `encoding`: a positive score, or 0 when they do not. */
function letterScore(text: string, encoding: LegacyEncoding): number {
  const e = evidenceFor(text, encoding);
  // Several real syllables, one of them impossible as Unicode, and little nonsense.
  if (e.valid < 2 || e.strong < 1 || 3 * e.invalid > e.valid || e.foreignAscii > e.valid) return 0;
  return Math.max(1, e.valid + e.strong - 3 * e.invalid - e.conflicting);
}

/**
 * The legacy encoding a cell's text is in, or null. The font decides when it names a legacy font;
 * otherwise the letters must clearly be legacy: at least two words that decode to Vietnamese
 * syllables, one of which could not be Unicode Vietnamese as it stands, few words that decode to
 * nonsense, and one encoding clearly ahead of the other. Never when the text holds real Unicode
 * Vietnamese (NFC or NFD), nor when it is plain ASCII (nothing to convert). Biased towards false
 * negatives: a one-word cell ("Ghi chó") needs its font.
 */
export function detectLegacyEncoding(text: string, fontName?: string | null): LegacyEncoding | null {
  if (typeof text !== 'string' || !/[\u0080-\uffff]/.test(text)) return null;
  // Unicode typed into a cell that kept an old font is already Unicode.
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const byFont = legacyEncodingOfFont(fontName);
  if (byFont) return byFont;
  const tcvn3 = letterScore(text, 'tcvn3');
  const vni = letterScore(text, 'vni');
  if (tcvn3 > vni) return 'tcvn3';
  if (vni > tcvn3) return 'vni';
  return null;
}
