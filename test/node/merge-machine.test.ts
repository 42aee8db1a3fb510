// The merge on the clerks' own machines: a summary open in Excel for Mac (which locks nothing, so
// the write succeeds and a later Save from Excel would undo it), a summary whose path is too long
// for Excel to open, and outputs named on the command line in another case or normalisation than
// the file system spells them. The summary writer is injected: what is checked here is the merge.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type MergeOptions, type SummaryIo, runMerge } from '../../src/node/merge';
import { discover } from '../../src/node/discover';
import { ASOF, smallDepartment, writeUnitWorkbook } from '../helpers/merge-fixtures';

let dir: string;
let units: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket máy '));
  units = path.join(dir, 'Tháng 6');
  await writeUnitWorkbook(path.join(units, 'van-phong.xlsx'), 'VĂN PHÒNG SỞ', [
    ['Báo cáo quý II', '30/6/2023', 100, 'Đã hoàn thành'],
  ]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const summary: SummaryIo = {
  writeSummary: (file) => fs.writeFile(file, 'summary'),
  readSummaryState: () => Promise.reject(new Error('not used')),
};

async function merge(out: string, lang: MergeOptions['lang'] = 'vi') {
  const printed: string[] = [];
  const warned: string[] = [];
  const result = await runMerge(
    { folder: units, department: smallDepartment(), asOf: ASOF, lang, out, summary },
    (l) => printed.push(l),
    (l) => warned.push(l),
  );
  return { result, printed, warned };
}

describe('a summary open in Excel for Mac (written, but its ~$ lock file lies beside it)', () => {
  test('the write succeeds and the clerk is told to close it without saving, then reopen it, in Vietnamese', async () => {
    const outDir = path.join(dir, 'mac');
    await fs.mkdir(outDir);
    const out = path.join(outDir, 'tong-hop-2023-06.xlsx');
    await fs.writeFile(out, 'old');
    await fs.writeFile(path.join(outDir, '~$tong-hop-2023-06.xlsx'), 'lock');
    const { result, warned } = await merge(out);
    expect(result.written.summary).toBe(out);
    await expect(fs.readFile(out, 'utf8')).resolves.toBe('summary');
    expect(warned).toEqual([
      expect.stringContaining(`Bản tổng hợp ${out} đã được ghi, nhưng có vẻ tệp đang mở trong Excel`),
    ]);
    expect(warned[0]).toContain('hãy đóng tệp trong Excel mà không lưu');
    expect(warned[0]).toContain('rồi mở lại');
  });

  test('in English with --lang en', async () => {
    const outDir = path.join(dir, 'mac-en');
    await fs.mkdir(outDir);
    const out = path.join(outDir, 'tong-hop-2023-06.xlsx');
    await fs.writeFile(path.join(outDir, '~$tong-hop-2023-06.xlsx'), 'lock');
    const { warned } = await merge(out, 'en');
    expect(warned).toEqual([
      expect.stringContaining(`The summary ${out} was written, but it seems to be open in Excel`),
    ]);
    expect(warned[0]).toContain('close it in Excel without saving');
  });

  test('no lock file beside it: no warning', async () => {
    const outDir = path.join(dir, 'closed');
    await fs.mkdir(outDir);
    const { result, warned } = await merge(path.join(outDir, 'tong-hop-2023-06.xlsx'));
    expect(result.written.summary).not.toBeNull();
    expect(warned).toEqual([]);
  });
});

describe("a summary whose path nears Excel's 218-character limit", () => {
  test('over 210 characters: written, and a shorter folder suggested, in both languages', async () => {
    // Segments of 40 characters until the summary's path is just over 210.
    let deep = dir;
    while (path.join(deep, 'tong-hop-2023-06.xlsx').length <= 210)
      deep = path.join(deep, 'Thư mục con có tên rất dài của phòng ban'.slice(0, 40));
    await fs.mkdir(deep, { recursive: true });
    const out = path.join(deep, 'tong-hop-2023-06.xlsx');
    expect(out.length).toBeGreaterThan(210);
    const vi = await merge(out);
    expect(vi.result.written.summary).toBe(out);
    expect(vi.warned).toEqual([expect.stringContaining(`Đường dẫn của bản tổng hợp dài ${out.length} ký tự`)]);
    expect(vi.warned[0]).toContain('218 ký tự');
    expect(vi.warned[0]).toContain('thư mục có đường dẫn ngắn hơn');
    const en = await merge(out, 'en');
    expect(en.warned).toEqual([expect.stringContaining(`The summary's path is ${out.length} characters long`)]);
    expect(en.warned[0]).toContain('218 characters');
  });

  test('210 characters or fewer: no warning', async () => {
    let deep = dir;
    while (path.join(deep, 'x', 'tong-hop-2023-06.xlsx').length <= 210) deep = path.join(deep, 'x');
    await fs.mkdir(deep, { recursive: true });
    const out = path.join(deep, 'tong-hop-2023-06.xlsx');
    expect(out.length).toBeLessThanOrEqual(210);
    expect((await merge(out)).warned).toEqual([]);
  });
});

describe("the merge's own outputs are kept out of its input, whatever their spelling", () => {
  test('--out in another case (Windows) or in NFC over an NFD name (macOS) is still the output, not a unit workbook', async () => {
    const root = path.join(dir, 'ra');
    await fs.mkdir(root);
    // On disk: a summary named by a Mac (NFD) and one named in lower case; asked for: NFC, upper case.
    await fs.writeFile(path.join(root, 'Tổng hợp tháng 6.xlsx'.normalize('NFD')), 'x');
    await fs.writeFile(path.join(root, 'bao-cao-so.xlsx'), 'x');
    await fs.writeFile(path.join(root, 'don-vi.xlsx'), 'x');
    const found = await discover(root, {
      exclude: [path.join(root, 'Tổng hợp tháng 6.xlsx'.normalize('NFC')), path.join(root, 'BAO-CAO-SO.XLSX')],
    });
    expect(found.map((f) => [f.rel, f.kind, f.reason ?? null])).toEqual([
      ['bao-cao-so.xlsx', 'skipped', 'camket-output'],
      ['don-vi.xlsx', 'read', null],
      ['Tổng hợp tháng 6.xlsx', 'skipped', 'camket-output'],
    ]);
  });
});
