import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/node/cli';
import { billionLaughs, lyingSize, minimalParts, zipBomb, zipParts } from '../bench/hostile';
import * as core from '../../src/core/check';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket validate '));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRows([
    ['THƯ VIỆN TỈNH BẾN TRE'],
    ['DANH MỤC ĐẦU VIỆC NĂM 2023'],
    ['STT', 'Nội dung công việc', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'],
    [1, 'Luân chuyển sách về cơ sở', 'Quý II/2023', 100, 'Đã hoàn thành'],
    [2, 'Số hóa tài liệu địa chí', 'Sau Tết', 30, 'Đang thực hiện'],
    [3, 'Tổ chức Ngày sách Việt Nam', '30/4/2023', 120, 'Hoàn thành'],
  ]);
  await wb.xlsx.writeFile(path.join(dir, 'Thư viện tỉnh.xlsx'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

describe('camket validate', () => {
  test('a file that cannot be read is reported failed, and the files after it are still checked', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    // A zip with no workbook in it: once, this crashed the whole command with "reading 'date1904'".
    await fs.writeFile(
      path.join(dir, 'khong-phai-so.xlsx'),
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'docProps/app.xml': strToU8('<Properties/>') }),
    );
    const report = path.join(dir, 'nhieu-tep.json');
    const good = path.join(dir, 'Thư viện tỉnh.xlsx');
    await fs.copyFile(good, path.join(dir, 'Bản sao.xlsx'));
    const r = await run([
      'validate',
      good,
      path.join(dir, 'khong-phai-so.xlsx'),
      path.join(dir, 'Bản sao.xlsx'),
      '--as-of',
      '2023-06-30',
      '--report',
      report,
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('khong-phai-so.xlsx: KHÔNG ĐỌC ĐƯỢC');
    expect(r.out).toContain('Bản sao.xlsx: 3 đầu việc');
    const json = JSON.parse(await fs.readFile(report, 'utf8'));
    expect(json.files.map((f: { file: string; state: string }) => `${f.file}:${f.state}`)).toEqual([
      'Thư viện tỉnh.xlsx:merged',
      'khong-phai-so.xlsx:failed',
      'Bản sao.xlsx:merged',
    ]);
    expect(json.files[1].error).toMatchObject({
      code: 'unreadable-file',
      message: expect.stringContaining('không phải tệp Excel'),
    });
    expect(json.commitments).toHaveLength(6);
  });

  test('hostile and damaged files are each reported failed with what is wrong, and every other file is checked', async () => {
    const files: [string, Buffer][] = [
      ['bom.xlsx', zipBomb(1500)],
      ['thực thể.xlsx', billionLaughs()],
      ['nói dối cỡ.xlsx', lyingSize(24)],
      ['chép dở.xlsx', zipParts(minimalParts()).subarray(0, 300)],
    ];
    for (const [name, bytes] of files) await fs.writeFile(path.join(dir, name), bytes);
    const good = path.join(dir, 'Thư viện tỉnh.xlsx');
    const report = path.join(dir, 'doc-hai.json');
    const r = await run([
      'validate',
      ...files.map(([name]) => path.join(dir, name)),
      good,
      '--as-of',
      '2023-06-30',
      '--report',
      report,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const json = JSON.parse(await fs.readFile(report, 'utf8'));
    expect(
      json.files.map((f: { file: string; state: string; error?: { code: string } }) => [
        f.file,
        f.state,
        f.error?.code ?? null,
      ]),
    ).toEqual([
      ['bom.xlsx', 'failed', 'unreadable-file'],
      ['thực thể.xlsx', 'failed', 'unreadable-file'],
      ['nói dối cỡ.xlsx', 'failed', 'unreadable-file'],
      ['chép dở.xlsx', 'failed', 'unreadable-file'],
      ['Thư viện tỉnh.xlsx', 'merged', null],
    ]);
    const message = (f: string) => json.files.find((e: { file: string }) => e.file === f).error.message;
    expect(message('bom.xlsx')).toContain('giải nén lớn bất thường');
    expect(message('nói dối cỡ.xlsx')).toContain('giải nén lớn bất thường');
    expect(message('thực thể.xlsx')).toContain('DOCTYPE/ENTITY');
    expect(message('chép dở.xlsx')).toContain('hỏng hoặc chép chưa hết');
    expect(r.out).toContain('bom.xlsx: KHÔNG ĐỌC ĐƯỢC');
    expect(r.out).toContain('Thư viện tỉnh.xlsx: 3 đầu việc');
    expect(json.commitments).toHaveLength(3);
  });

  test('a workbook that trips camket itself is reported failed, and the files after it are still checked', async () => {
    const good = path.join(dir, 'Thư viện tỉnh.xlsx');
    const copy = path.join(dir, 'Bản sao 2.xlsx');
    await fs.copyFile(good, copy);
    const real = core.checkWorkbook;
    const spy = jest.spyOn(core, 'checkWorkbook').mockImplementation((grid, options) => {
      if (grid.file === 'Thư viện tỉnh.xlsx')
        throw new TypeError("Cannot read properties of undefined (reading 'date1904')");
      return real(grid, options);
    });
    try {
      const report = path.join(dir, 'vap.json');
      const r = await run(['validate', good, copy, '--as-of', '2023-06-30', '--report', report]);
      expect(r.code).toBe(1);
      const json = JSON.parse(await fs.readFile(report, 'utf8'));
      expect(json.files.map((f: { file: string; state: string }) => `${f.file}:${f.state}`)).toEqual([
        'Thư viện tỉnh.xlsx:failed',
        'Bản sao 2.xlsx:merged',
      ]);
      expect(json.files[0].error.message).toContain('camket gặp lỗi ngoài dự kiến');
      expect(r.out).toContain('Bản sao 2.xlsx: 3 đầu việc');
    } finally {
      spy.mockRestore();
    }
  });

  test('lists each problem with its file, sheet and cell, in Vietnamese; exit 1 on errors', async () => {
    const { code, out } = await run(['validate', path.join(dir, 'Thư viện tỉnh.xlsx'), '--as-of', '2023-06-30']);
    expect(code).toBe(1);
    expect(out).toContain('Thư viện tỉnh.xlsx: 3 đầu việc');
    expect(out).toMatch(/Lỗi\s+Sheet1!C5\s+\[bad-deadline\].*"Sau Tết"/);
    expect(out).toMatch(/Lỗi\s+Sheet1!D6\s+\[bad-progress\]/);
    // Done, no completion date, its deadline past: counted late, and the date asked for.
    expect(out).toMatch(/Cảnh báo\s+Sheet1!E6\s+\[missing-completion-date\]/);
    expect(out).toContain('Tổng: 3 đầu việc; 2 lỗi, 1 cảnh báo.');
  });

  test('--lang en speaks English and --report writes the JSON report', async () => {
    const report = path.join(dir, 'bao cao.json');
    const { code, out } = await run([
      'validate',
      path.join(dir, 'Thư viện tỉnh.xlsx'),
      '--as-of',
      '2023-06-30',
      '--lang',
      'en',
      '--report',
      report,
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /Error\s+Sheet1!C5\s+\[bad-deadline\] Unreadable deadline: The deadline "Sau Tết" cannot be read/,
    );
    const json = JSON.parse(await fs.readFile(report, 'utf8'));
    expect(json.asOf).toBe('2023-06-30');
    expect(json.commitments).toHaveLength(3);
    expect(json.commitments[0]).toMatchObject({
      title: 'Luân chuyển sách về cơ sở',
      deadline: '2023-06-30',
      status: 'done_on_time',
      source: { file: 'Thư viện tỉnh.xlsx', sheet: 'Sheet1', row: 4 },
    });
    expect(json.commitments[1]).toMatchObject({ deadline: null, status: null, deadlineText: 'Sau Tết' });
    expect(json.totals.byStatus.done_on_time).toBe(1);
    expect(json.issues.map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`)).toEqual([
      'bad-deadline@C5',
      'bad-progress@D6',
      'missing-completion-date@E6',
    ]);
  });

  test('bad arguments: a wrong date or a missing file never show a stack trace', async () => {
    const bad = await run(['validate', 'x.xlsx', '--as-of', '30/06/2023']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Ngày "30/06/2023" không hợp lệ');
    const missing = await run(['validate', path.join(dir, 'không có.xlsx'), '--as-of', '2023-06-30']);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('KHÔNG ĐỌC ĐƯỢC');
    expect(missing.out).toContain('không thấy tệp');
    expect(missing.out + missing.err).not.toMatch(/\n\s+at /);
  });
});

describe('camket validate on Windows-style arguments', () => {
  test('an unexpanded *.xlsx pattern and a folder both name the workbooks inside', async () => {
    const byPattern = await run(['validate', path.join(dir, '*.XLSX'), '--as-of', '2023-06-30']);
    expect(byPattern.out).toContain('Thư viện tỉnh.xlsx: 3 đầu việc');
    const byFolder = await run(['validate', dir, '--as-of', '2023-06-30']);
    expect(byFolder.out).toContain('Thư viện tỉnh.xlsx: 3 đầu việc');
    expect(byFolder.code).toBe(1);
  });
});
