// TCVN3 ("ABC", TCVN 5712:1993, the VN3 table of the .Vn fonts), written here from the standard's
// code table and not from camket's core: the Thanh tra Sở workbook is encoded with this table and
// the golden tests decode it with the core's, so a wrong code on either side shows as a wrong letter.
//
// The standard gives every lowercase Vietnamese letter one 8-bit code (plain a e i o u y keep their
// ASCII codes) and, in the normal fonts (.VnTime, .VnArial), only seven capitals with diacritics:
// Ă Â Ê Ô Ơ Ư Đ. The capitals fonts (.VnTimeH…) draw every lowercase code as its capital.
// Checked against the TCVN3 column of the published comparison tables (e.g. "Bảng đối chiếu encoding
// các bộ chữ hiện hành với Unicode": ă A8, ắ BE, ằ BB, ẳ BC, ẵ BD, ặ C6, â A9, ấ CA, ầ C7…) and the
// X11 TCVN-5712 table.

/** Lowercase letters, in the standard's order per vowel: huyền, hỏi, ngã, sắc, nặng. */
const LOWERCASE: ReadonlyArray<readonly [string, number]> = [
  ['à', 0xb5], ['ả', 0xb6], ['ã', 0xb7], ['á', 0xb8], ['ạ', 0xb9],
  ['ă', 0xa8], ['ằ', 0xbb], ['ẳ', 0xbc], ['ẵ', 0xbd], ['ắ', 0xbe], ['ặ', 0xc6],
  ['â', 0xa9], ['ầ', 0xc7], ['ẩ', 0xc8], ['ẫ', 0xc9], ['ấ', 0xca], ['ậ', 0xcb],
  ['đ', 0xae],
  ['è', 0xcc], ['ẻ', 0xce], ['ẽ', 0xcf], ['é', 0xd0], ['ẹ', 0xd1],
  ['ê', 0xaa], ['ề', 0xd2], ['ể', 0xd3], ['ễ', 0xd4], ['ế', 0xd5], ['ệ', 0xd6],
  ['ì', 0xd7], ['ỉ', 0xd8], ['ĩ', 0xdc], ['í', 0xdd], ['ị', 0xde],
  ['ò', 0xdf], ['ỏ', 0xe1], ['õ', 0xe2], ['ó', 0xe3], ['ọ', 0xe4],
  ['ô', 0xab], ['ồ', 0xe5], ['ổ', 0xe6], ['ỗ', 0xe7], ['ố', 0xe8], ['ộ', 0xe9],
  ['ơ', 0xac], ['ờ', 0xea], ['ở', 0xeb], ['ỡ', 0xec], ['ớ', 0xed], ['ợ', 0xee],
  ['ù', 0xef], ['ủ', 0xf1], ['ũ', 0xf2], ['ú', 0xf3], ['ụ', 0xf4],
  ['ư', 0xad], ['ừ', 0xf5], ['ử', 0xf6], ['ữ', 0xf7], ['ứ', 0xf8], ['ự', 0xf9],
  ['ỳ', 0xfa], ['ỷ', 0xfb], ['ỹ', 0xfc], ['ý', 0xfd], ['ỵ', 0xfe],
];

/** The only capitals with diacritics that have codes of their own. */
const CAPITALS: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
];

function table(entries: ReadonlyArray<readonly [string, number]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [letter, code] of entries) {
    // One precomposed (NFC) letter per entry, whatever the editor did to this file.
    if (letter.normalize('NFC') !== letter || [...letter].length !== 1) throw new Error(`TCVN3 table: "${letter}" is not one precomposed letter`);
    m.set(letter, String.fromCharCode(code));
  }
  return m;
}

const LOWER = table(LOWERCASE);
const UPPER = table(CAPITALS);

/** Text for a cell in a normal TCVN3 font (.VnTime): every Vietnamese letter must have its code there. */
export function tcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch <= '\u007f' ? ch : (LOWER.get(ch) ?? UPPER.get(ch));
    if (code === undefined) throw new Error(`"${text}": ${ch} has no code in TCVN3's normal fonts`);
    out += code;
  }
  return out;
}

/** Text for a cell in a TCVN3 capitals font (.VnTimeH): capitals take their own code, or the lowercase letter's. */
export function tcvn3Capitals(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch !== ch.toUpperCase()) throw new Error(`"${text}": a capitals font draws ${ch} as a capital — write the text in capitals`);
    const code = ch <= '\u007f' ? ch : (UPPER.get(ch) ?? LOWER.get(ch.toLowerCase()));
    if (code === undefined) throw new Error(`"${text}": ${ch} has no code in TCVN3`);
    out += code;
  }
  return out;
}
