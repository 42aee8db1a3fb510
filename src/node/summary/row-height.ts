// How tall a row must be for its wrapped text. LibreOffice (and Excel, on opening a file) draws a
// row at the height the file gives it, 15 points by default, and does not re-fit it: a title that
// wraps onto a second line is then drawn over the row below. So the writer gives every row whose
// text wraps the height that text needs, estimated from the text's length and its column's width —
// no per-character work beyond the length (and the native search for line breaks), so a 100k-row
// sheet costs nothing to speak of.

/** Characters of body text that fit on one line, per character of column width. Excel's width is
 *  in digits of the default font (Calibri 11: 7 px); Times New Roman 11's Vietnamese text averages
 *  about that per letter, but a line breaks between words, wasting part of its end: a factor under
 *  1 errs towards one line too many rather than one too few. */
export const CHARS_PER_WIDTH = 0.9;

/** Points per line of 11-point text (Excel's default row height); other sizes scale with it. */
export const LINE_HEIGHT_11PT = 15;

/** Characters that fit on one line of a column `width` characters wide (at least 1). */
export function charsPerLine(width: number, fontSize = 11): number {
  return Math.max(1, Math.floor((width * CHARS_PER_WIDTH * 11) / fontSize));
}

/** Points per line of text of this size. */
export function lineHeight(fontSize = 11): number {
  return (LINE_HEIGHT_11PT * fontSize) / 11;
}

/** Lines a wrapped text takes in a column that holds `perLine` characters a line: each explicit
 *  line break starts a line, each line wraps every `perLine` characters. */
export function wrappedLines(text: string, perLine: number): number {
  if (text.length <= perLine && text.indexOf('\n') < 0) return 1;
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const len = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(len / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** A row's height: the most lines any of its wrapping cells needs (`perLine[i]`, 0 for a cell that
 *  does not wrap) times the line height; undefined for one line (the default height, not written). */
export function rowHeight(
  values: readonly unknown[],
  perLine: readonly number[],
  pointsPerLine: number = LINE_HEIGHT_11PT,
): number | undefined {
  let most = 1;
  const n = Math.min(values.length, perLine.length);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const p = perLine[i];
    if (p > 0 && typeof v === 'string' && (v.length > p || v.indexOf('\n') >= 0)) {
      const lines = wrappedLines(v, p);
      if (lines > most) most = lines;
    }
  }
  return most > 1 ? most * pointsPerLine : undefined;
}
