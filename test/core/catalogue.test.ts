// The sentence catalogue: both languages say every sentence, with the same parameters, and no sentence a
// person reads is left in the code outside it (src/core/catalogue).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { CATALOGUES, inSentence, section } from '../../src/core/catalogue';

const src = path.resolve(__dirname, '../../src');

/** Every key path of a catalogue with what it holds: a text, a function of n parameters, a list or a section. */
function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return [`${at}: text`];
  if (typeof value === 'function') return [`${at}: function/${value.length}`];
  if (Array.isArray(value)) return [`${at}: list/${value.length}`, ...value.flatMap((v, i) => shape(v, `${at}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, at ? `${at}.${k}` : k));
  return [`${at}: ${typeof value}`];
}

/** Every text of a catalogue (a function's, with its placeholders as written). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

// Letters only Vietnamese writes among the languages camket meets (tone marks, ă â đ ê ô ơ ư).
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/**
 * Files whose Vietnamese is not a sentence said to a person in one of two languages, and why.
 * A file not listed here may hold no Vietnamese literal at all.
 */
const NOT_SENTENCES: Record<string, string> = {
  // Words camket reads in the units' workbooks (recognised, never said).
  'core/status.ts': 'the status words of the workbooks',
  'core/deadline.ts': 'the deadline words (quý, tháng, Tết, the lunar years)',
  'core/lunar.ts': 'the lunar calendar words',
  'core/legacy.ts': 'the TCVN3 / VNI decoding tables',
  'core/numbers.ts': 'the words before a count ("đạt")',
  'core/rows.ts': 'the footnote and list-mark words',
  'core/text.ts': 'the letter đ folded to d',
  'core/check.ts': 'the titles written before a name in a sheet name',
  // The rule catalogue: each rule's title and message in both languages, beside its parameters, so that a
  // wrong parameter is a compile error (rules.ts derives them from the placeholders).
  'core/rules.ts': 'the rule catalogue',
  // Vietnamese administrative documents, written in Vietnamese whatever the language (Nghị định 30/2020).
  'core/written-report.ts': 'the monthly report to the Province',
  'core/forms.ts': 'the commitment forms (and the position words it reads)',
  'core/document.ts': 'the parts every administrative document has',
  'node/documents/docx.ts': 'the Word writer of those documents',
  'node/documents/report.ts': "the report's document title",
  'node/forms.ts': "the forms' document titles",
  // Settings and names, not sentences.
  'core/department.ts': "the default emulation grades of a department file (the department's own terms)",
  'core/addin-sheets.ts': "the add-in's sheet names, which the merge reads back",
  'node/atomic-write.ts': 'the name of a result kept beside a locked one ("(mới …)")',
  'core/report-schema.ts': "the report's JSON Schema descriptions (both languages in each)",
  'node/report-schema.ts': "the report's JSON Schema title",
  'node/department-schema.ts': "the department file's JSON Schema descriptions (both languages in each)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The string, template and regular-expression literals of a source file that hold Vietnamese. */
function vietnameseLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const literal =
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n) ||
      ts.isRegularExpressionLiteral(n);
    if (literal && VIETNAMESE.test(n.getText()))
      found.push(`line ${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText()}`);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

describe('both languages', () => {
  test('say every sentence of the other, with the same parameters, lists of the same length', () => {
    expect(shape(CATALOGUES.en)).toEqual(shape(CATALOGUES.vi));
  });

  test('no sentence is empty, and English is not Vietnamese left untranslated', () => {
    const vi = texts(CATALOGUES.vi);
    const en = texts(CATALOGUES.en);
    expect(vi.filter((t) => t === '')).toEqual([]);
    expect(en.filter((t) => t === '')).toEqual([]);
    // A few English texts quote the workbook's own Vietnamese words ("Thường xuyên"): only those may hold Vietnamese.
    const quoting = en.filter((t) => VIETNAMESE.test(t));
    expect(
      quoting.filter(
        (t) => !/(Thường xuyên|Đã hoàn thành|ĐỒNG KHỞI|Tổng hợp|Lưu thành|Hướng dẫn|phan-hoi|cam-ket|đ)/.test(t),
      ),
    ).toEqual([]);
  });

  test('a function says its parameters in both languages', () => {
    expect(CATALOGUES.vi.merge.wroteSummary('x.xlsx')).toContain('x.xlsx');
    expect(CATALOGUES.en.merge.wroteSummary('x.xlsx')).toContain('x.xlsx');
    expect(section('merge').en).toBe(CATALOGUES.en.merge);
    expect(section('merge').vi).toBe(CATALOGUES.vi.merge);
  });
});

test("one name for each change kind and each severity, the summary's, read inside a sentence in lower case", () => {
  expect(CATALOGUES.vi.change['deadline-moved']).toBe('Dời thời hạn');
  expect(CATALOGUES.vi.change['progress-back']).toBe('Tiến độ giảm');
  expect(CATALOGUES.vi.severity.info).toBe('Thông tin');
  expect(inSentence(CATALOGUES.vi.change['deadline-moved'])).toBe('dời thời hạn');
  expect(inSentence('Đổi chỉ tiêu')).toBe('đổi chỉ tiêu');
  expect(inSentence('')).toBe('');
});

test('no Vietnamese sentence is left in the code outside the catalogue', () => {
  const left: Record<string, string[]> = {};
  for (const file of sourceFiles(src)) {
    const rel = path.relative(src, file).split(path.sep).join('/');
    if (rel.startsWith('core/catalogue/') || rel in NOT_SENTENCES) continue;
    const found = vietnameseLiterals(file);
    if (found.length) left[rel] = found;
  }
  expect(left).toEqual({});
});

test('every file said to hold no sentence is there and does hold Vietnamese (the list does not go stale)', () => {
  const stale = Object.keys(NOT_SENTENCES).filter((rel) => {
    try {
      return vietnameseLiterals(path.join(src, rel)).length === 0;
    } catch {
      return true;
    }
  });
  expect(stale).toEqual([]);
});

test("the pane's first paint (taskpane.html, before the script runs) shows the catalogue's words", () => {
  // What <noscript> says cannot come from the script.
  const html = readFileSync(path.join(src, 'addin/taskpane.html'), 'utf8').replace(/<noscript>[^]*?<\/noscript>/g, '');
  const shown = [...html.matchAll(/>([^<>]+)</g), ...html.matchAll(/(?:title|placeholder|aria-label)="([^"]+)"/g)]
    .map((m) => m[1].trim())
    .filter((t) => VIETNAMESE.test(t));
  const pane = new Set(texts(CATALOGUES.vi.pane).flatMap((t) => [t, `camket — ${t}`]));
  expect(shown.length).toBeGreaterThan(5);
  expect(shown.filter((t) => !pane.has(t))).toEqual([]);
});
