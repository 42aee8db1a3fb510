import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { classifyName, comparePaths, discover } from '../../src/node/discover';

describe('classifyName', () => {
  test.each([
    ['van-phong.xlsx', 'read', undefined],
    ['Bảo tàng.XLSM', 'read', undefined],
    ['mau.xltx', 'read', undefined],
    ['cu.xls', 'read', undefined], // the reader tells an old binary .xls from an .xlsx renamed
    ['so lieu.ods', 'unsupported', undefined],
    ['xuat.csv', 'unsupported', undefined],
    ['nhi phan.xlsb', 'unsupported', undefined],
    ['wps.et', 'unsupported', undefined],
    ['~$van-phong.xlsx', 'skipped', 'lock-file'],
    ['Thumbs.db', 'skipped', 'system-file'],
    ['DESKTOP.INI', 'skipped', 'system-file'],
    ['~WRL0003.tmp', 'skipped', 'system-file'],
    ['.~lock.van-phong.xlsx#', 'skipped', 'hidden'],
    ['.DS_Store', 'skipped', 'hidden'],
    ['cong van.pdf', 'skipped', 'not-spreadsheet'],
    ['tong-hop-2023-05.xlsx', 'skipped', 'camket-output'],
    ['tong-hop-2023-05 (mới 20230630-080000).xlsx', 'skipped', 'camket-output'],
  ])('%s → %s', (name, kind, reason) => {
    const c = classifyName(name);
    expect([c.kind, c.reason]).toEqual([kind, reason]);
  });
});

describe('discover', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket discover '));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('sorted as a reader sorts, subfolders included, link loops and outputs passed over', async () => {
    const root = path.join(dir, 'Tháng 6');
    await fs.mkdir(path.join(root, 'Khối sự nghiệp', 'Bảo tàng'), { recursive: true });
    for (const f of [
      'b.xlsx',
      'A.xlsx',
      'Đơn vị.xlsx',
      'Khối sự nghiệp/Bảo tàng/z.xlsx',
      'Khối sự nghiệp/a.xlsx',
      'bao-cao.json',
    ])
      await fs.writeFile(path.join(root, f), 'x');
    // The NFD spelling a Mac gives a name is shown and sorted as NFC.
    await fs.writeFile(path.join(root, 'Thư viện.xlsx'.normalize('NFD')), 'x');
    await fs.symlink(root, path.join(root, 'Khối sự nghiệp', 'lên trên'), 'dir');
    const found = await discover(root, { exclude: [path.join(root, 'bao-cao.json')] });
    expect(found.map((f) => [f.rel, f.kind, f.reason ?? null])).toEqual([
      ['A.xlsx', 'read', null],
      ['b.xlsx', 'read', null],
      ['bao-cao.json', 'skipped', 'camket-output'],
      ['Đơn vị.xlsx', 'read', null],
      ['Khối sự nghiệp/a.xlsx', 'read', null],
      ['Khối sự nghiệp/Bảo tàng/z.xlsx', 'read', null],
      ['Thư viện.xlsx', 'read', null],
    ]);
    // The file is still opened by the name the file system holds.
    await expect(fs.stat(found[6].abs)).resolves.toBeTruthy();
  });

  test('comparePaths ignores case and diacritics first, then breaks ties exactly', () => {
    expect(['b', 'Á', 'a', 'đ', 'c'].sort(comparePaths)).toEqual(['a', 'Á', 'b', 'c', 'đ']);
  });
});
