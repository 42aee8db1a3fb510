// OneDrive's Files On-Demand on Windows, simulated: a file kept only online is a reparse point that
// Node's readdir reports as a symbolic link; with OneDrive stopped or offline its stat or its read
// fails (libuv leaves ERROR_CLOUD_FILE_* unmapped: UNKNOWN, errno -4094; ERROR_CANT_ACCESS_FILE is
// EACCES, ERROR_INVALID_REPARSE_DATA ENOENT). Such a file is "not downloaded", never a broken link
// or a damaged file, and the clerk is told to keep it on the device.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type DirentLike, discover } from '../../src/node/discover';
import { runMerge } from '../../src/node/merge';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { renderMessage } from '../../src/core/rules';
import { ASOF, smallDepartment, writeUnitWorkbook } from '../helpers/merge-fixtures';

const fsError = (code: string, errno: number) => Object.assign(new Error(`${code}: stat`), { code, errno });
const ERR = {
  UNKNOWN: fsError('UNKNOWN', -4094),
  EIO: fsError('EIO', -4070),
  EACCES: fsError('EACCES', -4092),
  ENOENT: fsError('ENOENT', -4058),
};
type Code = keyof typeof ERR;

const link = (name: string): DirentLike => ({
  name,
  isDirectory: () => false,
  isFile: () => false,
  isSymbolicLink: () => true,
});
const file = (name: string): DirentLike => ({
  name,
  isDirectory: () => false,
  isFile: () => true,
  isSymbolicLink: () => false,
});

/** One folder whose link entries fail their stat with the codes given. */
function fakeFolder(root: string, entries: [DirentLike, Code | null][]) {
  const failing = new Map(entries.map(([d, code]) => [path.join(root, d.name), code]));
  return {
    realpath: async (p: string) => p,
    readdir: async (dir: string) => (dir === root ? entries.map(([d]) => d) : []),
    stat: async (p: string) => {
      const code = failing.get(p);
      if (code) throw ERR[code];
      return { isDirectory: () => false, isFile: () => true };
    },
  };
}

const shape = (found: Awaited<ReturnType<typeof discover>>) =>
  found.map((f) => [f.rel, f.kind, f.reason ?? null, f.cloudOnly ?? false]);

describe('discover: placeholders of files kept only online', () => {
  const inOneDrive = '/Users/lan/OneDrive - So VHTTDL/Thang 6';
  const entries: [DirentLike, Code | null][] = [
    [link('van-phong.xlsx'), 'ENOENT'],
    [link('thu-vien.xlsx'), 'EACCES'],
    [link('bao-tang.xlsx'), 'UNKNOWN'],
    [link('Khoi su nghiep'), 'EIO'],
    [link('cong-van.pdf'), 'EIO'],
    [file('ke-hoach.xlsx'), null],
  ];

  test('on Windows, in a OneDrive folder: every failing link is a cloud-only file, not a broken link', async () => {
    const found = await discover(inOneDrive, { platform: 'win32', env: {}, fs: fakeFolder(inOneDrive, entries) });
    expect(shape(found)).toEqual([
      ['bao-tang.xlsx', 'read', null, true],
      ['cong-van.pdf', 'skipped', 'not-spreadsheet', false],
      ['ke-hoach.xlsx', 'read', null, false],
      // No extension: most likely a folder of unit workbooks that OneDrive has not brought down.
      ['Khoi su nghiep', 'skipped', 'cloud-only', false],
      ['thu-vien.xlsx', 'read', null, true],
      ['van-phong.xlsx', 'read', null, true],
    ]);
  });

  test('a OneDrive folder named by the environment (OneDriveCommercial), whatever its name', async () => {
    const root = '/srv/Tai lieu Cong ty/Thang 6';
    const found = await discover(root, {
      platform: 'win32',
      env: { OneDriveCommercial: '/srv/Tai lieu Cong ty' },
      fs: fakeFolder(root, [[link('van-phong.xlsx'), 'ENOENT']]),
    });
    expect(shape(found)).toEqual([['van-phong.xlsx', 'read', null, true]]);
  });

  test('on Windows, outside OneDrive: only a workbook link failing with EIO or UNKNOWN is cloud-only', async () => {
    const root = '/data/Du lieu';
    const found = await discover(root, {
      platform: 'win32',
      env: { OneDrive: '/Users/lan/OneDrive' },
      fs: fakeFolder(root, [
        [link('bao-tang.xlsx'), 'UNKNOWN'],
        [link('so-gd.xlsx'), 'EIO'],
        [link('cu.xlsx'), 'ENOENT'],
        [link('ghi-chu.txt'), 'EIO'],
      ]),
    });
    expect(shape(found)).toEqual([
      ['bao-tang.xlsx', 'read', null, true],
      ['cu.xlsx', 'skipped', 'broken-link', false],
      ['ghi-chu.txt', 'skipped', 'broken-link', false],
      ['so-gd.xlsx', 'read', null, true],
    ]);
  });

  test('on Linux and macOS a failing link stays a broken link', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const found = await discover(inOneDrive, { platform, env: {}, fs: fakeFolder(inOneDrive, entries) });
      expect(found.filter((f) => f.reason === 'broken-link').map((f) => f.rel)).toEqual([
        'bao-tang.xlsx',
        'cong-van.pdf',
        'Khoi su nghiep',
        'thu-vien.xlsx',
        'van-phong.xlsx',
      ]);
    }
  });
});

describe('readWorkbookFile: a workbook that cannot be brought down', () => {
  const stats = { isFile: () => true, size: 10 };
  const sys = (opts: {
    platform?: NodeJS.Platform;
    stat?: Code;
    read?: Code;
    lstat?: boolean;
    env?: Record<string, string>;
  }) => ({
    platform: opts.platform ?? 'win32',
    env: opts.env ?? {},
    stat: async () => {
      if (opts.stat) throw ERR[opts.stat];
      return stats;
    },
    lstat: async () => {
      if (!opts.lstat) throw ERR.ENOENT;
      return stats;
    },
    readFile: async () => {
      if (opts.read) throw ERR[opts.read];
      return Buffer.from('x');
    },
  });
  const reason = (file: string, s: ReturnType<typeof sys>) =>
    readWorkbookFile(file, s).then(
      () => 'read',
      (e: { params?: { reason?: string } }) => e.params?.reason,
    );

  test('read offline (UNKNOWN, errno -4094): cloud-only, not "damaged"', async () => {
    await expect(reason('/data/bao-tang.xlsx', sys({ read: 'UNKNOWN' }))).resolves.toBe('cloud-only');
    await expect(reason('/data/bao-tang.xlsx', sys({ stat: 'UNKNOWN' }))).resolves.toBe('cloud-only');
  });

  test('in a OneDrive folder: EIO, EACCES, and ENOENT on an entry that is there, are cloud-only', async () => {
    const f = '/Users/lan/OneDrive/Thang 6/van-phong.xlsx';
    await expect(reason(f, sys({ read: 'EIO' }))).resolves.toBe('cloud-only');
    await expect(reason(f, sys({ stat: 'EACCES' }))).resolves.toBe('cloud-only');
    await expect(reason(f, sys({ stat: 'ENOENT', lstat: true }))).resolves.toBe('cloud-only');
    // A name typed wrong is still "not found".
    await expect(reason(f, sys({ stat: 'ENOENT', lstat: false }))).resolves.toBe('not-found');
  });

  test('elsewhere, and on other systems, the old reasons stand', async () => {
    await expect(reason('/data/van-phong.xlsx', sys({ stat: 'EACCES' }))).resolves.toBe('no-access');
    await expect(reason('/data/van-phong.xlsx', sys({ stat: 'ENOENT', lstat: true }))).resolves.toBe('not-found');
    await expect(
      reason('/Users/lan/OneDrive/van-phong.xlsx', sys({ platform: 'darwin', read: 'UNKNOWN' })),
    ).resolves.toBe('corrupt');
  });

  test('the message says to keep the file on the device, in both languages', () => {
    const vi = renderMessage('unreadable-file', { reason: 'cloud-only' }, 'vi');
    expect(vi).toContain('tệp chưa được tải về từ OneDrive/SharePoint');
    expect(vi).toContain('Luôn giữ trên thiết bị này');
    expect(vi).not.toContain('lưu lại dạng .xlsx');
    expect(renderMessage('unreadable-file', { reason: 'cloud-only' }, 'en')).toContain('Always keep on this device');
    // Every other reason keeps the usual advice.
    expect(renderMessage('unreadable-file', { reason: 'corrupt' }, 'vi')).toContain('lưu lại dạng .xlsx');
  });
});

describe('camket merge in a OneDrive folder on Windows', () => {
  let dir: string;
  let units: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket-cloud-'));
    units = path.join(dir, 'OneDrive - Sở VHTTDL', 'Tháng 6');
    await writeUnitWorkbook(path.join(units, 'van-phong.xlsx'), 'VĂN PHÒNG SỞ', [
      ['Báo cáo quý II', '30/6/2023', 100, 'Đã hoàn thành'],
    ]);
    // A placeholder that cannot be followed: on this Linux machine, a link to nothing (ENOENT).
    await fs.symlink(path.join(dir, 'trên mây.xlsx'), path.join(units, 'Bảo tàng tỉnh.xlsx'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const merge = (platform: NodeJS.Platform) =>
    runMerge(
      {
        folder: units,
        department: smallDepartment(),
        asOf: ASOF,
        lang: 'vi',
        out: path.join(dir, `tong-hop-${platform}.xlsx`),
        platform,
        env: {},
        summary: {
          writeSummary: (f) => fs.writeFile(f, 'x'),
          readSummaryState: () => Promise.reject(new Error('unused')),
        },
      },
      () => {},
      () => {},
    );

  test('the file kept online is failed as not downloaded, under its unit, which is not said to have sent nothing', async () => {
    const { report } = await merge('win32');
    const entry = report!.files.find((f) => f.file === 'Bảo tàng tỉnh.xlsx')!;
    expect(entry).toMatchObject({ state: 'failed', unit: 'BT', error: { code: 'unreadable-file' } });
    expect(entry.error!.message).toContain('Luôn giữ trên thiết bị này');
    const missing = report!.issues.find((i) => i.rule === 'missing-unit' && i.unit === 'BT')!;
    expect(missing.message).toContain('có tệp nhưng không đọc được (Bảo tàng tỉnh.xlsx)');
  });

  test('on Linux the same link is a broken link, skipped', async () => {
    const { report } = await merge('linux');
    expect(report!.files.find((f) => f.file === 'Bảo tàng tỉnh.xlsx')).toMatchObject({
      state: 'skipped',
      reason: 'lối tắt trỏ tới tệp không còn',
    });
  });
});
