// What the clerk sees on Windows: the marks the old console's fonts hold, and `--log FILE`, which
// keeps everything shown on the console in a UTF-8 file (Windows PowerShell 5.1's `>` garbles it).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type Io, main } from '../../src/node/cli';
import { formatIssue, issueMarks, oldWindowsConsole } from '../../src/node/print';
import type { ReportIssue } from '../../src/core/report';
import { smallDepartment } from '../helpers/merge-fixtures';

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket console '));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRows([
    ['THƯ VIỆN TỈNH BẾN TRE'],
    ['DANH MỤC ĐẦU VIỆC NĂM 2023'],
    ['STT', 'Nội dung công việc', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'],
    [1, 'Luân chuyển sách về cơ sở', 'Quý II/2023', 100, 'Đã hoàn thành'],
    [2, 'Tổ chức Ngày sách Việt Nam', '30/4/2023', 120, 'Hoàn thành'],
  ]);
  workbook = path.join(dir, 'Thư viện tỉnh.xlsx');
  await wb.xlsx.writeFile(workbook);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function run(args: string[], extra: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const io: Io = {
    out: (l) => (out.push(l), both.push(l)),
    err: (l) => (err.push(l), both.push(l)),
    isTty: false,
    ...extra,
  };
  return main(args, io).then((code) => ({ code, out, err, both }));
}

const logged = async (file: string) => {
  const bytes = await fs.readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
};
const asLog = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

describe('the mark before an error line', () => {
  const issue: ReportIssue = {
    rule: 'bad-progress',
    severity: 'error',
    message: 'Tiến độ 120 vượt quá 100',
    file: 'a.xlsx',
    sheet: 'Sheet1',
    cell: 'D5',
    unit: null,
  };

  test('the old Windows console (Consolas, Lucida Console) gets ×, which those fonts hold; ✗ would be a box', () => {
    const conhost = { platform: 'win32' as const, env: {} };
    expect(oldWindowsConsole(conhost)).toBe(true);
    expect(formatIssue(issue, 'vi', issueMarks(conhost))).toMatch(/^ {2}× Lỗi /);
  });

  test("Windows Terminal, VS Code's terminal and other systems keep ✗", () => {
    for (const t of [
      { platform: 'win32' as const, env: { WT_SESSION: '6a4c…' } },
      { platform: 'win32' as const, env: { TERM_PROGRAM: 'vscode' } },
      { platform: 'linux' as const, env: {} },
      { platform: 'darwin' as const, env: {} },
    ]) {
      expect(oldWindowsConsole(t)).toBe(false);
      expect(formatIssue(issue, 'vi', issueMarks(t))).toMatch(/^ {2}✗ Lỗi /);
    }
  });

  test('every mark the old console is given lies in Latin-1 (within WGL4, which both fonts cover)', () => {
    for (const mark of Object.values(issueMarks({ platform: 'win32', env: {} })))
      expect(mark.codePointAt(0)!).toBeLessThanOrEqual(0xff);
  });

  test('camket validate on a simulated old Windows console prints × and no ✗', async () => {
    const r = await run(['validate', workbook, '--as-of', '2023-06-30'], { terminal: { platform: 'win32', env: {} } });
    expect(r.code).toBe(1);
    expect(r.out.some((l) => /^ {2}× Lỗi .*\[bad-progress\]/.test(l))).toBe(true);
    expect(r.out.join('\n')).not.toContain('✗');
  });
});

describe('--log FILE', () => {
  test('validate: every console line in UTF-8 with a BOM, Vietnamese intact; the console still shows them', async () => {
    const log = path.join(dir, 'nhật ký.txt');
    const r = await run(['validate', workbook, '--as-of', '2023-06-30', '--log', log]);
    expect(r.code).toBe(1);
    const text = await logged(log);
    expect(text).toBe(asLog(r.both));
    expect(text).toContain('Thư viện tỉnh.xlsx: 2 đầu việc');
    expect(r.out.join('\n')).toContain('Tổng: 2 đầu việc');
  });

  test('merge: stdout and stderr lines in the order shown; --log=FILE works as well', async () => {
    const empty = path.join(dir, 'trống');
    await fs.mkdir(empty);
    await fs.writeFile(path.join(empty, 'ghi chú.txt'), 'không phải bảng tính');
    const cfg = path.join(dir, 'so.json');
    await fs.writeFile(cfg, JSON.stringify(smallDepartment()));
    const log = path.join(dir, 'merge.log');
    const r = await run(['merge', empty, '--config', cfg, '--as-of', '2023-06-30', `--log=${log}`]);
    expect(r.code).toBe(2);
    // What was found goes to stdout first, then why nothing was merged to stderr: the log keeps that order.
    expect(r.out).toEqual([
      `camket — tổng hợp thư mục "${empty}", tính đến ngày 30/06/2023`,
      'Tìm thấy 0 tệp bảng tính, bỏ qua 1 tệp khác.',
    ]);
    expect(r.err).toEqual([expect.stringContaining('Không có tệp đầu việc nào đọc được')]);
    expect(r.both).toEqual([...r.out, ...r.err]);
    expect(await logged(log)).toBe(asLog(r.both));
  });

  test('merge on a terminal: the lines, not the progress bar; on a simulated old Windows console, with ×', async () => {
    const units = path.join(dir, 'đơn vị');
    await fs.mkdir(units);
    await fs.copyFile(workbook, path.join(units, 'Thư viện tỉnh.xlsx'));
    const cfg = path.join(dir, 'so.json');
    await fs.writeFile(cfg, JSON.stringify(smallDepartment()));
    const args = ['merge', units, '--config', cfg, '--as-of', '2023-06-30', '--out', path.join(dir, 'th.xlsx')];
    const plain = await run([...args, '--log', path.join(dir, 'plain.log')]);
    // Not a terminal: one plain line per file, which is a printed line like any other.
    expect(await logged(path.join(dir, 'plain.log'))).toMatch(/^\[1\/1\] Thư viện tỉnh\.xlsx/m);
    const tty = await run([...args, '--log', path.join(dir, 'tty.log')], {
      isTty: true,
      terminal: { platform: 'win32', env: {} },
    });
    expect(tty.code).toBe(plain.code);
    const text = await logged(path.join(dir, 'tty.log'));
    expect(text).toBe(asLog(tty.both));
    expect(text).toContain('Đã ghi bản tổng hợp');
    expect(text).not.toMatch(/\[1\/1\]|Đang đọc|[█░]/);
    expect(text).toMatch(/^ {2}× Lỗi .*\[bad-progress\]/m);
  });

  test("the department file's problems (stderr, after parsing) are logged", async () => {
    const log = path.join(dir, 'cau-hinh.log');
    const cfg = path.join(dir, 'sai.json');
    await fs.writeFile(cfg, '{ "name": "Sở", }');
    const r = await run(['merge', dir, '--config', cfg, '--log', log]);
    expect(r.code).toBe(2);
    expect(await logged(log)).toBe(asLog(r.err));
    expect(r.err.join('\n')).toContain('JSON sai cú pháp');
  });

  test("an argument error commander finds is logged too, in the clerk's language", async () => {
    const log = path.join(dir, 'doi-so.log');
    const r = await run(['validate', workbook, '--as-of', '30/6/2023', '--log', log]);
    expect(r.code).toBe(2);
    expect(await fs.readFile(log, 'utf8')).toContain('Ngày "30/6/2023" không hợp lệ');
  });

  test('a log that cannot be written is said plainly (both languages), exit 2, nothing checked', async () => {
    const log = path.join(dir, 'không có', 'nhat-ky.txt');
    const vi = await run(['validate', workbook, '--log', log]);
    expect(vi).toMatchObject({
      code: 2,
      out: [],
      err: [`Không ghi được tệp nhật ký ${log} (không có thư mục này). Hãy chọn tệp khác cho --log.`],
    });
    const en = await run(['validate', workbook, '--log', log, '--lang', 'en']);
    expect(en.err).toEqual([`Cannot write the log file ${log} (no such folder). Give --log another file.`]);
  });

  test('the help lists --log in both languages', async () => {
    expect((await run(['merge', '--help'])).out.join('\n')).toMatch(
      /--log <file\.txt> +ghi thêm mọi dòng hiện trên màn hình/,
    );
    expect((await run(['validate', '--help', '--lang', 'en'])).out.join('\n')).toMatch(
      /--log <file\.txt> +also write every line shown/,
    );
  });
});
