// `camket validate`'s own globbing, as the clerks' machines see it: a shared drive full of Mac
// AppleDouble files (`._x.xlsx`) and folders, a case-insensitive file system (Windows, macOS) on
// which `a.xlsx A.XLSX` is one file, and the NFD names macOS gives. The same classifier as the merge.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { DirentLike } from '../../src/node/discover';
import { expandInputs } from '../../src/node/inputs';
import { runValidate } from '../../src/node/validate';

async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRows([
    ['BẢO TÀNG TỈNH'],
    ['STT', 'Nội dung công việc', 'Thời hạn', 'Tiến độ (%)'],
    [1, 'Trưng bày chuyên đề', 'Sau Tết', 50],
  ]);
  await wb.xlsx.writeFile(file);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket-inputs-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('a pattern is filtered as the merge filters a folder', () => {
  test('AppleDouble files, lock files, system and non-spreadsheet files and folders are not read', async () => {
    const root = path.join(dir, 'chung');
    await fs.mkdir(path.join(root, 'Cũ'), { recursive: true });
    await fs.mkdir(path.join(root, 'Lưu trữ.xlsx'));
    await writeWorkbook(path.join(root, 'Thư viện.xlsx'));
    for (const junk of ['._Thư viện.xlsx', '~$Thư viện.xlsx', 'Thumbs.db', 'cong van.pdf', '.DS_Store'])
      await fs.writeFile(path.join(root, junk), 'x');
    expect(await expandInputs([path.join(root, '*')])).toEqual([path.join(root, 'Thư viện.xlsx')]);
    expect(await expandInputs([path.join(root, '*.xlsx')])).toEqual([path.join(root, 'Thư viện.xlsx')]);
  });
});

describe('one file named twice is read once', () => {
  const root = '/Volumes/Chung/Thang 6';
  /** A case-insensitive file system holding a.xlsx; `canonical`: realpath gives the name as stored (Windows). */
  function caseInsensitive(platform: NodeJS.Platform, canonical: boolean) {
    const stored = path.join(root, 'a.xlsx');
    const same = (p: string) => p.normalize('NFC').toLowerCase() === stored.toLowerCase();
    const notFound = () => Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return {
      platform,
      stat: async (p: string) => {
        if (p === root) return { isDirectory: () => true, isFile: () => false };
        if (!same(p)) throw notFound();
        return { isDirectory: () => false, isFile: () => true };
      },
      realpath: async (p: string) => {
        if (!same(p)) throw notFound();
        return canonical ? stored : p;
      },
      readdir: async (): Promise<DirentLike[]> => [
        { name: 'a.xlsx', isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false },
      ],
    };
  }

  test('Windows: a.xlsx, A.XLSX and *.xlsx are one file', async () => {
    const files = await expandInputs(
      [path.join(root, 'a.xlsx'), path.join(root, 'A.XLSX'), path.join(root, '*.xlsx')],
      caseInsensitive('win32', true),
    );
    expect(files).toEqual([path.join(root, 'a.xlsx')]);
  });

  test('macOS, whose realpath keeps the case typed: still one file', async () => {
    const files = await expandInputs(
      [path.join(root, 'A.XLSX'), path.join(root, 'a.xlsx')],
      caseInsensitive('darwin', false),
    );
    expect(files).toEqual([path.join(root, 'A.XLSX')]);
  });

  test('Linux (case-sensitive): a.xlsx and A.XLSX are two files', async () => {
    const root2 = path.join(dir, 'hoa-thuong');
    await fs.mkdir(root2);
    await fs.writeFile(path.join(root2, 'a.xlsx'), 'x');
    await fs.writeFile(path.join(root2, 'A.XLSX'), 'x');
    expect(
      await expandInputs([path.join(root2, 'a.xlsx'), path.join(root2, 'A.XLSX'), path.join(root2, 'a.xlsx')]),
    ).toEqual([path.join(root2, 'a.xlsx'), path.join(root2, 'A.XLSX')]);
  });

  test('a link and the file it points to are one file', async () => {
    const root3 = path.join(dir, 'lien-ket');
    await fs.mkdir(root3);
    await fs.writeFile(path.join(root3, 'goc.xlsx'), 'x');
    await fs.symlink(path.join(root3, 'goc.xlsx'), path.join(root3, 'loi-tat.xlsx'));
    expect(await expandInputs([path.join(root3, 'goc.xlsx'), path.join(root3, 'loi-tat.xlsx')])).toEqual([
      path.join(root3, 'goc.xlsx'),
    ]);
  });
});

describe("validate's report names files in NFC", () => {
  test('a workbook a Mac named in NFD is reported, and its commitments sourced, under the NFC name', async () => {
    const root = path.join(dir, 'nfd');
    await fs.mkdir(root);
    const nfd = 'Bảo tàng tỉnh.xlsx'.normalize('NFD');
    await writeWorkbook(path.join(root, nfd));
    const lines: string[] = [];
    const { report } = await runValidate(
      [path.join(root, '*.xlsx')],
      { asOf: '2023-06-30', department: null, lang: 'vi' },
      (l) => lines.push(l),
    );
    const nfc = 'Bảo tàng tỉnh.xlsx'.normalize('NFC');
    expect(report.files.map((f) => f.file)).toEqual([nfc]);
    expect(report.commitments.map((c) => c.source.file)).toEqual([nfc]);
    // The one problem planted ("Sau Tết" is no deadline), pointed at under the NFC name.
    expect(report.issues.map((i) => [i.rule, i.file, i.sheet, i.cell])).toEqual([
      ['bad-deadline', nfc, 'Sheet1', 'C3'],
    ]);
    expect(lines.some((l) => l.startsWith(`${nfc}: 1 đầu việc`))).toBe(true);
  });
});
