// `camket merge … --feedback DIR` on the example department, end to end: every feedback workbook read
// back with exceljs, every planted mistake found in its unit's workbook with a link that opens the
// right cell of the unit's own file, every commitment listed, the clean units told so in one line,
// and every workbook opened by LibreOffice.
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { columnCount, parseCellAddress, rowCount } from '../../src/core/grid';
import type { Report } from '../../src/core/report';
import { classifyName } from '../../src/node/discover';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { runCli } from '../helpers/merge-fixtures';
import { convert, pdfText } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const examples = path.resolve(__dirname, '../../examples');
const config = path.join(examples, 'department.json');

interface Expected {
  commitments: {
    file: string;
    sheet: string;
    row: number;
    unit: string;
    title: string;
    owner: string | null;
    deadlineText: string | null;
    effectiveDeadline: string | null;
    progress: number | null;
  }[];
  mistakes: { file: string; sheet: string | null; cell: string | null; rule: string; unit: string }[];
}
const expected: Expected = JSON.parse(readFileSync(path.join(examples, 'expected.json'), 'utf8'));
const department: { units: { code: string; name: string }[] } = JSON.parse(readFileSync(config, 'utf8'));

/** The unit whose file is moved into a subfolder of the input folder, as clerks file them. */
const MOVED = 'BQL_Di_tich_2023.xlsx';
const SUBFOLDER = 'Khối sự nghiệp';

let dir: string;
let input: string;
let feedbackDir: string;
let run: { code: number; out: string; err: string };
let report: Report;
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket feedback '));
  input = path.join(dir, 'Tháng 6');
  await fs.cp(path.join(examples, 'units'), input, { recursive: true });
  await fs.mkdir(path.join(input, SUBFOLDER));
  await fs.rename(path.join(input, MOVED), path.join(input, SUBFOLDER, MOVED));
  // The feedback folder lies elsewhere, two levels down: links must climb out of it.
  feedbackDir = path.join(dir, 'Kết quả', 'phản hồi 2023-06');
  run = await runCli([
    'merge',
    input,
    '--config',
    config,
    '--as-of',
    '2023-06-30',
    '--out',
    path.join(dir, 'tong-hop.xlsx'),
    '--report',
    path.join(dir, 'bao-cao.json'),
    '--feedback',
    feedbackDir,
  ]);
  report = JSON.parse(await fs.readFile(path.join(dir, 'bao-cao.json'), 'utf8'));
  for (const name of await fs.readdir(feedbackDir)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(feedbackDir, name));
    books.set(name, wb);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The report's name of an example file: the moved one sits in its subfolder. */
const reportFile = (file: string) => (file === MOVED ? `${SUBFOLDER}/${MOVED}` : file);

interface Link {
  location: string;
  text: string;
}

/** `HYPERLINK("location","text")` as written, quotes undoubled. */
function linkOf(cell: ExcelJS.Cell): Link | null {
  const v = cell.value;
  if (!v || typeof v !== 'object' || !('formula' in v)) return null;
  const m = /^HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(v.formula ?? '');
  if (!m) return null;
  return { location: m[1].replace(/""/g, '"'), text: m[2].replace(/""/g, '"') };
}

/** Where a link leads, resolved as Excel does: from the feedback workbook's folder. */
function resolveLink(location: string): { file: string; sheet: string | null; cell: string | null } {
  const hash = location.indexOf('#');
  const href = hash < 0 ? location : location.slice(0, hash);
  const file = path.resolve(feedbackDir, ...href.split('/'));
  if (hash < 0) return { file, sheet: null, cell: null };
  const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(location.slice(hash + 1));
  if (!m) throw new Error(`not a sheet and cell: ${location}`);
  return { file, sheet: m[1].replace(/''/g, "'"), cell: m[2] };
}

const grids = new Map<string, Promise<Awaited<ReturnType<typeof readWorkbookFile>>>>();
/** Whether the link's target is an existing file, sheet and cell of it (within the sheet's used area). */
async function targetExists(t: { file: string; sheet: string | null; cell: string | null }): Promise<boolean> {
  const st = await fs.stat(t.file).catch(() => null);
  if (!st?.isFile()) return false;
  if (!t.sheet) return true;
  // camket's own reader: exceljs 4.4 cannot open one of the example files (exceljs#2591).
  if (!grids.has(t.file)) grids.set(t.file, readWorkbookFile(t.file));
  const sheet = (await grids.get(t.file)!).sheets.find((s) => s.name === t.sheet);
  if (!sheet) return false;
  const at = parseCellAddress(t.cell ?? 'A1');
  return !!at && at.row < rowCount(sheet) && at.col < columnCount(sheet);
}

/** The rows of a sheet's table: the rows under its header row (found by its first header). */
function table(ws: ExcelJS.Worksheet, firstHeader: string): ExcelJS.Row[] {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(1).value === firstHeader) header = n;
  });
  if (!header) return [];
  const rows: ExcelJS.Row[] = [];
  for (let n = header + 1; n <= ws.rowCount; n++) rows.push(ws.getRow(n));
  return rows;
}

const textOf = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'result' in v ? v.result : v);
const unitCodes = () => [...new Set(expected.commitments.map((c) => c.unit))];

test('the merge writes one feedback workbook per unit that sent a file, named by its code, and says so', () => {
  expect(run.err).toBe('');
  expect(run.code).toBe(1);
  expect([...books.keys()].sort()).toEqual(department.units.map((u) => `phan-hoi-${u.code}.xlsx`).sort());
  expect(run.out).toContain(`Đã ghi 13 tệp phản hồi cho các đơn vị vào thư mục: ${feedbackDir}`);
  expect(unitCodes().sort()).toEqual(department.units.map((u) => u.code).sort());
});

test('each says which unit, which files, as of which date, on both sheets', () => {
  for (const u of department.units) {
    const wb = books.get(`phan-hoi-${u.code}.xlsx`)!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Lỗi cần sửa', 'Đầu việc đã đọc']);
    const files = [...new Set(expected.commitments.filter((c) => c.unit === u.code).map((c) => reportFile(c.file)))];
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A2').value).toBe(`Đơn vị: ${u.name} (${u.code})`);
      expect(String(ws.getCell('A3').value)).toBe(
        `Tệp đã đọc: ${files.map((f) => `${f} (${expected.commitments.filter((c) => reportFile(c.file) === f).length} đầu việc)`).join('; ')}`,
      );
      expect(ws.getCell('A4').value).toBe('Số liệu tính đến ngày 30/06/2023');
    }
  }
});

test("every planted mistake is in its unit's workbook, with a link that opens that very cell of the unit's own file", async () => {
  const units = new Set(expected.mistakes.map((m) => m.unit));
  expect(units.size).toBeGreaterThan(5);
  for (const unit of units) {
    const ws = books.get(`phan-hoi-${unit}.xlsx`)!.getWorksheet('Lỗi cần sửa')!;
    const rows = table(ws, 'STT');
    const mine = expected.mistakes.filter((m) => m.unit === unit);
    // Nothing else: the report's issues of the unit are the planted ones, and the workbook lists them all.
    expect([unit, rows.length]).toEqual([unit, mine.length]);
    for (const m of mine) {
      const row = rows.find(
        (r) =>
          r.getCell(2).value === reportFile(m.file) &&
          (r.getCell(3).value ?? null) === m.sheet &&
          textOf(r.getCell(4).value) === (m.cell ?? '(cả tệp)'),
      );
      expect([m.rule, m.file, m.cell, !!row]).toEqual([m.rule, m.file, m.cell, true]);
      const issue = report.issues.find(
        (i) => i.rule === m.rule && i.file === reportFile(m.file) && i.cell === m.cell && i.sheet === m.sheet,
      )!;
      expect(row!.getCell(5).value).toBe({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }[issue.severity]);
      expect(row!.getCell(6).value).toBe(issue.message);
      expect(String(row!.getCell(7).value).length).toBeGreaterThan(10);
      const link = linkOf(row!.getCell(4));
      expect(link).not.toBeNull();
      const target = resolveLink(link!.location);
      expect(target).toEqual({
        file: path.join(input, ...reportFile(m.file).split('/')),
        sheet: m.sheet,
        cell: m.cell,
      });
      expect([link!.location, await targetExists(target)]).toEqual([link!.location, true]);
    }
  }
});

test('the link into a subfolder of the input folder climbs out of the feedback folder and down into it', () => {
  const ws = books.get('phan-hoi-BQLDT.xlsx')!.getWorksheet('Lỗi cần sửa')!;
  const link = linkOf(table(ws, 'STT')[0].getCell(4))!;
  expect(link.location).toBe(`../../Tháng 6/${SUBFOLDER}/${MOVED}#'KH 2023'!K13`);
});

test('Đầu việc đã đọc lists every commitment of the unit as read, each row linked to its title cell', async () => {
  for (const unit of unitCodes()) {
    const ws = books.get(`phan-hoi-${unit}.xlsx`)!.getWorksheet('Đầu việc đã đọc')!;
    const got = table(ws, 'STT').map((r) => ({
      file: r.getCell(2).value,
      sheet: r.getCell(3).value,
      row: Number(textOf(r.getCell(4).value)),
      title: r.getCell(5).value,
      owner: r.getCell(6).value ?? null,
      deadlineText: r.getCell(7).value,
      progress: r.getCell(9).value ?? null,
    }));
    const want = expected.commitments
      .filter((c) => c.unit === unit)
      .map((c) => ({
        file: reportFile(c.file),
        sheet: c.sheet,
        row: c.row,
        title: c.title || '(trống)',
        owner: c.owner,
        deadlineText: c.deadlineText ?? '(trống)',
        progress: c.progress,
      }));
    const key = (c: { file: unknown; sheet: unknown; row: number }) =>
      `${c.file}|${c.sheet}|${String(c.row).padStart(4, '0')}`;
    const sorted = <T extends { file: unknown; sheet: unknown; row: number }>(l: T[]) =>
      [...l].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sorted(got)).toEqual(sorted(want));
    // The deadline as read: a date cell for a date, words for the rest.
    for (const r of table(ws, 'STT')) {
      const c = expected.commitments.find(
        (e) =>
          e.unit === unit &&
          reportFile(e.file) === r.getCell(2).value &&
          e.sheet === r.getCell(3).value &&
          e.row === Number(textOf(r.getCell(4).value)),
      )!;
      const read = r.getCell(8).value;
      expect(read instanceof Date ? read.toISOString().slice(0, 10) : read).toEqual(
        c.effectiveDeadline ?? expect.stringMatching(/^(Thường xuyên|\(không đọc được\))$/),
      );
    }
  }
  // Each row's link opens its title cell in the unit's file (one unit's rows, all of them).
  const ws = books.get('phan-hoi-BGD-SO.xlsx')!.getWorksheet('Đầu việc đã đọc')!;
  for (const r of table(ws, 'STT')) {
    const link = linkOf(r.getCell(4))!;
    const target = resolveLink(link.location);
    expect(target.sheet).toBe(r.getCell(3).value);
    expect(Number(/\d+$/.exec(target.cell!)![0])).toBe(Number(link.text));
    expect(await targetExists(target)).toBe(true);
  }
});

test('a unit with nothing wrong gets its workbook, saying so in one line', () => {
  const wrong = new Set(expected.mistakes.map((m) => m.unit));
  const clean = unitCodes().filter((u) => !wrong.has(u));
  expect(clean.length).toBeGreaterThan(0);
  for (const unit of clean) {
    const ws = books.get(`phan-hoi-${unit}.xlsx`)!.getWorksheet('Lỗi cần sửa')!;
    const n = expected.commitments.filter((c) => c.unit === unit).length;
    expect([unit, ws.rowCount, ws.getCell('A5').value]).toEqual([
      unit,
      5,
      `Không có lỗi nào cần sửa: camket đã đọc ${n} đầu việc, xem sheet "Đầu việc đã đọc".`,
    ]);
  }
});

test('the feedback workbooks of a folder inside the input folder are not read as units next time', () => {
  expect(classifyName('phan-hoi-VP.xlsx')).toEqual({ kind: 'skipped', reason: 'camket-output' });
  expect(classifyName('Phan-hoi-TV (mới 20230701-080000).xlsx')).toEqual({ kind: 'skipped', reason: 'camket-output' });
});

test('--feedback naming a file is refused before anything is read, exit status 2', async () => {
  const file = path.join(dir, 'not-a-folder.txt');
  await fs.writeFile(file, 'x');
  const r = await runCli([
    'merge',
    input,
    '--config',
    config,
    '--as-of',
    '2023-06-30',
    '--out',
    path.join(dir, 'other.xlsx'),
    '--feedback',
    file,
  ]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('là một tệp, không phải thư mục');
  await expect(fs.stat(path.join(dir, 'other.xlsx'))).rejects.toThrow();
});

test('the help names --feedback, in Vietnamese and in English', async () => {
  expect((await runCli(['merge', '--help'])).out).toMatch(
    /--feedback <dir> +ghi vào thư mục này mỗi đơn vị một tệp phản hồi/,
  );
  expect((await runCli(['merge', '--help', '--lang', 'en'])).out).toMatch(
    /--feedback <dir> +write one feedback workbook per unit/,
  );
});

test('LibreOffice opens every feedback workbook and prints both its sheets', async () => {
  const out = path.join(dir, 'lo');
  await fs.mkdir(out);
  const files = [...books.keys()].map((name) => path.join(feedbackDir, name));
  const pdfs = await convert(files, 'pdf', out);
  for (const pdf of pdfs) {
    const text = await pdfText(pdf);
    expect([
      path.basename(pdf),
      text.includes('PHẢN HỒI KẾT QUẢ ĐỌC TỆP ĐẦU VIỆC CAM KẾT'),
      text.includes('Nội dung đầu việc'),
    ]).toEqual([path.basename(pdf), true, true]);
  }
  // The link cells show their text once LibreOffice has recalculated HYPERLINK.
  const qlvhgd = await pdfText(path.join(out, 'phan-hoi-QLVHGD.pdf'));
  expect(qlvhgd).toMatch(/\bE14\b/);
  expect(qlvhgd).toMatch(/\bG18\b/);
  expect(qlvhgd).toContain('Không đọc được thời hạn "Sau Tết"');
});

test('a row whose text wraps is as tall as its lines, so no text is drawn over the next row', () => {
  let tall = 0;
  for (const [name, wb] of books) {
    for (const [sheet, first] of [
      ['Lỗi cần sửa', 'STT'],
      ['Đầu việc đã đọc', 'STT'],
    ] as const) {
      const ws = wb.getWorksheet(sheet)!;
      for (const row of table(ws, first)) {
        // Lines each cell needs at its column's width: a text of n characters in a column w wide
        // holds at most about w characters a line.
        let lines = 1;
        row.eachCell((cell, col) => {
          const value = textOf(cell.value);
          const text = value instanceof Date ? '' : String(value ?? '');
          const width = ws.getColumn(col).width ?? 10;
          lines = Math.max(lines, Math.ceil(text.length / width));
        });
        if (lines > 1) tall++;
        expect({ name, sheet, row: row.number, enough: (row.height ?? 15) >= lines * 15 }).toEqual({
          name,
          sheet,
          row: row.number,
          enough: true,
        });
      }
    }
  }
  expect(tall).toBeGreaterThan(10);
});
