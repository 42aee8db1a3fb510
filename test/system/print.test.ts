// The example department's summary as leadership prints it (issue 15): LibreOffice converts it to
// PDF and the text it printed (pdftotext -layout) is read back. A wrapped title must sit on lines
// of its own, not be drawn over the next row (LibreOffice does not re-fit a row that carries no
// height), and no visible cell may show a machine word (a status code, a rule or change key).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { STATUS_KEYS } from '../../src/core/model';
import { RULES } from '../../src/core/rules';
import {} from '../../src/node/summary';
import { COMMITMENT_KEYS, commitmentColumn } from '../../src/node/summary/commitments-sheet';
import { charsPerLine, lineHeight, wrappedLines } from '../../src/node/summary/row-height';
import { runCli } from '../helpers/merge-fixtures';
import { tempDir } from '../node/summary/fixture';
import { convert, pdfText } from '../helpers/libreoffice';
import { CATALOGUES } from '../../src/core/catalogue';

jest.setTimeout(300_000);

const examples = path.resolve(__dirname, '../../examples');
const labels = CATALOGUES['vi'].summary;
const names = labels.sheets;
const DEFAULT_HEIGHT = 15;

let dir: string;
let summary: string;
let wb: ExcelJS.Workbook;
let pdf: string;

beforeAll(async () => {
  dir = await tempDir('print');
  const config = path.join(examples, 'department.json');
  const merge = async (folder: string, asOf: string, out: string, previous?: string) => {
    const args = ['merge', path.join(examples, folder), '--config', config, '--as-of', asOf, '--out', out];
    await runCli(previous ? [...args, '--previous', previous] : args);
  };
  // May, then June against May: the changes sheet has rows too.
  const may = path.join(dir, 'tong-hop-2023-05.xlsx');
  await merge('previous-month', '2023-05-31', may);
  summary = path.join(dir, 'tong-hop-2023-06.xlsx');
  await merge('units', '2023-06-30', summary, may);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const outDir = path.join(dir, 'pdf');
  await fs.mkdir(outDir);
  [pdf] = await convert([summary], 'pdf', outDir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const cellText = (v: ExcelJS.CellValue): string | null => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'string') return v.result;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return null;
};

/** Lines the wrapped text of a row needs, from its wrapping cells and their columns' widths. */
function linesNeeded(ws: ExcelJS.Worksheet, row: ExcelJS.Row): number {
  let most = 1;
  row.eachCell((cell, c) => {
    const column = ws.getColumn(c);
    const t = cellText(cell.value);
    if (t === null || column.hidden || !cell.alignment?.wrapText) return;
    most = Math.max(most, wrappedLines(t, charsPerLine(column.width ?? 9.14, cell.font?.size ?? 11)));
  });
  return most;
}

test('every data row of the table sheets is as tall as its wrapped text; one line keeps the default', () => {
  let tall = 0;
  for (const key of ['commitments', 'attention', 'changes', 'issues', 'provincial', 'history', 'files'] as const) {
    const ws = wb.getWorksheet(names[key])!;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const n = linesNeeded(ws, row);
      if (n > 1) {
        tall++;
        expect([key, r, row.height >= n * lineHeight(11)]).toEqual([key, r, true]);
      } else expect([key, r, row.height ?? DEFAULT_HEIGHT]).toEqual([key, r, DEFAULT_HEIGHT]);
    }
  }
  // The example's titles and targets do wrap: the test is not vacuous.
  expect(tall).toBeGreaterThan(20);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('every title on the commitments sheet is printed whole, on lines of its own, no other row inside it', async () => {
  const ws = wb.getWorksheet(names.commitments)!;
  const titleCol = commitmentColumn('title');
  const noCol = commitmentColumn('no');
  const h = labels.commitments;
  const pages = (await pdfText(pdf)).split('\f');
  const commitmentPages = pages.filter((p) =>
    p.split('\n').some((l) => l.trimStart().startsWith(h.no) && l.includes(h.title) && l.includes(h.owner)),
  );
  expect(commitmentPages.length).toBeGreaterThan(1);
  // Every numbered row's first line, by its number: "  12     BGD-SO     Ban Giám đốc Sở   …"
  const rowLine = /^\s{0,4}(\d+)\s{2,}\S/;
  const found = new Map<number, { lines: string[]; at: number }>();
  for (const page of commitmentPages) {
    const lines = page.split('\n');
    lines.forEach((l, i) => {
      const m = rowLine.exec(l);
      if (m) found.set(Number(m[1]), { lines, at: i });
    });
  }
  let checked = 0;
  let wrapped = 0;
  let untitled = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const no = row.getCell(noCol).value as number;
    const title = cellText(row.getCell(titleCol).value);
    if (title === null) {
      untitled++;
      continue;
    }
    const words = title.split(/\s+/).filter(Boolean);
    const where = found.get(no);
    expect([no, where !== undefined]).toEqual([no, true]);
    const { lines, at } = where!;
    // Where the title starts on its row's first line: where most of its words follow (another
    // column, the field say, may begin with the same words).
    const prefix = (x: number) => {
      let n = 0;
      let s = lines[at].slice(x);
      while (n < words.length && s.startsWith(words[n]) && (s.length === words[n].length || s[words[n].length] === ' '))
        s = s.slice(words[n++].length + 1);
      return n;
    };
    let x0 = -1;
    for (let x = lines[at].indexOf(words[0]); x >= 0; x = lines[at].indexOf(words[0], x + 1))
      if (lines[at][x - 1] === ' ' && (x0 < 0 || prefix(x) > prefix(x0))) x0 = x;
    expect([no, title, x0 > 0]).toEqual([no, title, true]);
    // Read the title's column line after line: each line goes on with the title's next words.
    let j = 0;
    let k = at;
    for (; j < words.length; k++) {
      const line = lines[k] ?? '';
      // A line of the title past its first is no other row's first line.
      if (k > at) expect([no, title, k - at, rowLine.test(line)]).toEqual([no, title, k - at, false]);
      // The title's column starts at x0 (give or take the layout's rounding), after a space.
      let start = x0;
      if (k > at) {
        start = -1;
        for (let x = Math.max(0, x0 - 2); x <= x0 + 2 && start < 0; x++)
          if (line[x] !== ' ' && line[x] !== undefined && (x === 0 || line[x - 1] === ' ')) start = x;
      }
      let s = start < 0 ? '' : line.slice(start);
      let took = 0;
      while (
        j < words.length &&
        s.startsWith(words[j]) &&
        (s.length === words[j].length || s[words[j].length] === ' ')
      ) {
        s = s.slice(words[j].length).replace(/^ /, '');
        j++;
        took++;
        if (s.startsWith(' ')) break; // two spaces: the next column
      }
      expect([no, title, k - at, took > 0 ? 'goes on' : line]).toEqual([no, title, k - at, 'goes on']);
    }
    const printedLines = k - at;
    if (printedLines > 1) wrapped++;
    // The row is as tall as the lines LibreOffice printed the title on.
    expect([no, printedLines, (row.height ?? DEFAULT_HEIGHT) >= printedLines * lineHeight(11)]).toEqual([
      no,
      printedLines,
      true,
    ]);
    checked++;
  }
  // Every row but the example's one with no title (a missing-title issue).
  expect([checked, untitled]).toEqual([ws.rowCount - 2, 1]);
  expect(wrapped).toBeGreaterThan(5);
});

/** Words of the program, not of the reader: status codes, rule codes, change kinds, severities,
 *  scopes, file states. */
const MACHINE_WORDS = new Set<string>([
  ...STATUS_KEYS,
  ...Object.keys(RULES),
  ...Object.keys(CATALOGUES.vi.change),
  ...Object.keys(CATALOGUES.vi.severity),
  ...Object.keys(CATALOGUES.vi.scope),
  'merged',
  'skipped',
  'failed',
  'unsupported-format',
  'unreadable-file',
  'skipped-file',
]);
const STATUS_CODE = new RegExp(`(?<![\\w-])(${STATUS_KEYS.map(escape).join('|')})(?![\\w-])`);

/** Columns meant for tracing, last on their sheet, where a code may stay: the commitment's id, the
 *  rule's code. */
const TRACING: Record<string, number> = {
  [names.commitments]: commitmentColumn('id'),
  [names.changes]: 7,
  [names.issues]: 8,
};

test('no status code is printed', async () => {
  const printed = await pdfText(pdf);
  expect(printed.split('\n').filter((l) => STATUS_CODE.test(l))).toEqual([]);
});

test('no visible cell of a visible sheet shows a status code or another internal key', () => {
  expect(commitmentColumn('id')).toBe(COMMITMENT_KEYS.length);
  const seen: string[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    ws.eachRow((row, r) => {
      if (row.hidden) return;
      row.eachCell((cell, c) => {
        if (ws.getColumn(c).hidden) return;
        const t = cellText(cell.value);
        if (t === null) return;
        cells++;
        if (STATUS_CODE.test(t)) seen.push(`${ws.name}!${cell.address}: ${t}`);
        else if (MACHINE_WORDS.has(t.trim()) && !(TRACING[ws.name] === c && r > 1))
          seen.push(`${ws.name}!${cell.address}: ${t}`);
      });
    });
  }
  expect(seen).toEqual([]);
  expect(cells).toBeGreaterThan(1000);
  // The codes are still there for the formulas, in the commitments sheet's hidden helper column.
  const ws = wb.getWorksheet(names.commitments)!;
  const code = ws.getColumn(commitmentColumn('statusCode'));
  expect(code.hidden).toBe(true);
  expect(STATUS_KEYS as readonly string[]).toContain(cellText(ws.getRow(2).getCell(code.number).value));
  // The dashboard's status table: numbered, the Vietnamese names, no code column.
  const d = wb.getWorksheet(names.dashboard)!;
  const statusHeader = d.getRows(1, d.rowCount)!.find((r) => r.getCell(2).value === labels.dashboard.statusHeader[1])!;
  expect(statusHeader.getCell(1).value).toBe(labels.dashboard.statusHeader[0]);
  STATUS_KEYS.forEach((_, i) => expect(d.getRow(statusHeader.number + 1 + i).getCell(1).value).toBe(i + 1));
});
