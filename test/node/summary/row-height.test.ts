// The row-height estimate: lines of wrapped text from its length and its column's width.
import {
  CHARS_PER_WIDTH,
  LINE_HEIGHT_11PT,
  charsPerLine,
  lineHeight,
  rowHeight,
  wrappedLines,
} from '../../../src/node/summary/row-height';

test('a column holds slightly fewer characters a line than its width, fewer still in a larger font', () => {
  expect(CHARS_PER_WIDTH).toBeGreaterThan(0.8);
  expect(CHARS_PER_WIDTH).toBeLessThan(1);
  expect(charsPerLine(50)).toBe(45);
  expect(charsPerLine(10)).toBe(9);
  expect(charsPerLine(50, 13)).toBe(38);
  expect(charsPerLine(0.5)).toBe(1);
});

test('a line of 11-point text is 15 points, and scales with the size', () => {
  expect(LINE_HEIGHT_11PT).toBe(15);
  expect(lineHeight()).toBe(15);
  expect(lineHeight(22)).toBe(30);
});

test('wrapped lines: by length, and every explicit line break starts one', () => {
  expect(wrappedLines('', 10)).toBe(1);
  expect(wrappedLines('a'.repeat(10), 10)).toBe(1);
  expect(wrappedLines('a'.repeat(11), 10)).toBe(2);
  expect(wrappedLines('a'.repeat(30), 10)).toBe(3);
  expect(wrappedLines('a'.repeat(31), 10)).toBe(4);
  expect(wrappedLines('ab\ncd', 10)).toBe(2);
  expect(wrappedLines('ab\n\ncd', 10)).toBe(3);
  expect(wrappedLines(`${'a'.repeat(15)}\n${'b'.repeat(5)}`, 10)).toBe(3);
  expect(wrappedLines('ab\n', 10)).toBe(2);
});

test('a row is as tall as its tallest wrapping cell; one line keeps the default height', () => {
  const perLine = [0, 45, 25, 0];
  expect(rowHeight([1, 'Ngắn', 'Ngắn', null], perLine)).toBeUndefined();
  // A cell that does not wrap (0) never makes the row taller, however long.
  expect(rowHeight([1, 'Ngắn', null, 'x'.repeat(500)], perLine)).toBeUndefined();
  expect(rowHeight([1, 'x'.repeat(46), null], perLine)).toBe(30);
  expect(rowHeight([1, 'x'.repeat(46), 'y'.repeat(76)], perLine)).toBe(60);
  expect(rowHeight([1, 'a\nb\nc\nd', 'y'], perLine)).toBe(60);
  expect(rowHeight([1, 'x'.repeat(46)], perLine, 20)).toBe(40);
  // Numbers, dates and formulas are not text: one line.
  expect(rowHeight([123456789, 1e300, new Date(), { formula: 'A1' }], [1, 1, 1, 1])).toBeUndefined();
  // More values than columns, or fewer: the missing ones are no text.
  expect(rowHeight(['x'.repeat(46), 'y'], [45])).toBe(30);
  expect(rowHeight([], perLine)).toBeUndefined();
});
