// Every reason a workbook cannot be read, each provoked on its own and followed through the real
// paths the clerk runs: checkWorkbookFile (what validate and merge both call), `camket validate`
// (runValidate) and, for what only the merge decides (a 0-byte file, a placeholder OneDrive keeps
// online), `camket merge` (runMerge). Each checks the issue's rule, file and reason, and the whole
// message — reason and advice — in Vietnamese and in English. What this machine cannot do for real
// (a file another program holds open, a read that OneDrive refuses, a permission that root ignores)
// is an fs error with Node's own code, injected through fs.promises or the existing injection points.
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Lang } from '../../src/core/model';
import * as core from '../../src/core/check';
import { billionLaughs, zipBomb } from '../bench/hostile';
import * as cloudFiles from '../../src/node/cloud-files';
import { runMerge } from '../../src/node/merge';
import { checkWorkbookFile } from '../../src/node/check-workbook-file';
import { runValidate } from '../../src/node/validate';
import { PACKAGE_LIMITS } from '../../src/node/xlsx-fast';
import { ASOF, encryptedWorkbookBytes, smallDepartment, writeUnitWorkbook, xlsBytes } from '../helpers/merge-fixtures';

const fs = nodeFs.promises;
const LANGS: Lang[] = ['vi', 'en'];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket đọc lỗi '));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** The message of unreadable-file, as the rule catalogue words it, for a reason in both languages. */
const unreadable = (vi: string, en: string) => ({
  vi: `Không đọc được tệp (${vi}). Hãy mở tệp bằng Excel để kiểm tra, lưu lại dạng .xlsx rồi chạy lại.`,
  en: `The file cannot be read (${en}). Open it in Excel to check it, save it as .xlsx and run again.`,
});

interface Expected {
  rule: 'unreadable-file' | 'encrypted-file' | 'unsupported-format';
  params: Record<string, string>;
  vi: string;
  en: string;
}

const CANNOT_READ: Record<Lang, string> = { vi: 'KHÔNG ĐỌC ĐƯỢC', en: 'CANNOT BE READ' };
const FAILED_HEAD: Record<Lang, string> = { vi: '  Tệp không đọc được:', en: '  Files that could not be read:' };

/** One file that fails, through checkWorkbookFile and through `camket validate`, in both languages. */
async function expectReadFailure(file: string, want: Expected): Promise<void> {
  const name = path.basename(file);
  for (const lang of LANGS) {
    const message = want[lang];
    const outcome = await checkWorkbookFile(file, { asOf: ASOF, department: null, lang });
    expect(outcome.check).toBeNull();
    expect(outcome.issues).toEqual([
      {
        rule: want.rule,
        severity: 'error',
        file: name,
        sheet: null,
        cell: null,
        unit: null,
        params: want.params,
        message,
      },
    ]);
    expect(outcome.entry).toEqual({
      file: name,
      path: name,
      unit: null,
      state: 'failed',
      commitments: 0,
      error: { code: want.rule, message },
    });

    const lines: string[] = [];
    const { code, report } = await runValidate([file], { asOf: ASOF, department: null, lang }, (l) => lines.push(l));
    // Nothing could be read: exit status 2.
    expect(code).toBe(2);
    expect(report.files).toEqual([
      { file: name, path: name, unit: null, state: 'failed', commitments: 0, error: { code: want.rule, message } },
    ]);
    expect(report.issues).toEqual([
      { rule: want.rule, severity: 'error', message, file: name, sheet: null, cell: null, unit: null },
    ]);
    expect(report.commitments).toEqual([]);
    expect(lines).toContain(`${name}: ${CANNOT_READ[lang]} — ${message}`);
  }
}

/** An fs error as Node gives it (code, errno, syscall, path). */
function fsError(code: string, errno: number, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, errno, syscall, path: file });
}

/** fs.promises.readFile fails for this one file with the code given; every other read goes through. */
function failRead(file: string, code: string, errno: number): jest.SpyInstance {
  const real = fs.readFile.bind(fs) as (...args: unknown[]) => Promise<unknown>;
  return jest
    .spyOn(fs, 'readFile')
    .mockImplementation(((p: unknown, ...rest: unknown[]) =>
      typeof p === 'string' && path.resolve(p) === path.resolve(file)
        ? Promise.reject(fsError(code, errno, 'open', file))
        : real(p, ...rest)) as typeof fs.readFile);
}

/** A real unit workbook (three commitments), to corrupt or to hold back. */
async function goodWorkbook(file: string): Promise<void> {
  await writeUnitWorkbook(file, 'VĂN PHÒNG SỞ', [
    ['Tham mưu hội nghị sơ kết 6 tháng', '30/6/2023', 100, 'Đã hoàn thành'],
    ['Rà soát quy chế chi tiêu nội bộ', 'Quý III/2023', 50, 'Đang thực hiện'],
    ['Cập nhật danh bạ cơ quan', 'Thường xuyên', null, null],
  ]);
}

describe('read failures, each with its own reason, through validate', () => {
  test('corrupt: a workbook copied only halfway', async () => {
    const whole = path.join(dir, 'nguyên vẹn.xlsx');
    await goodWorkbook(whole);
    const bytes = await fs.readFile(whole);
    const file = path.join(dir, 'Văn phòng - chép dở.xlsx');
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectReadFailure(file, {
      rule: 'unreadable-file',
      params: { reason: 'corrupt' },
      ...unreadable('tệp bị hỏng hoặc chép chưa hết', 'the file is damaged or incomplete'),
    });
  });

  test('not-xlsx: text saved under an .xlsx name, and a zip that holds no workbook', async () => {
    const want: Expected = {
      rule: 'unreadable-file',
      params: { reason: 'not-xlsx' },
      ...unreadable('nội dung không phải tệp Excel .xlsx', 'the content is not an Excel .xlsx file'),
    };
    const text = path.join(dir, 'Thư viện - đổi đuôi.xlsx');
    await fs.writeFile(text, 'STT;Nội dung công việc;Thời hạn\n1;Luân chuyển sách;Quý II/2023\n');
    await expectReadFailure(text, want);
    const noWorkbook = path.join(dir, 'Thư viện - zip rỗng.xlsx');
    await fs.writeFile(
      noWorkbook,
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'docProps/app.xml': strToU8('<Properties/>') }),
    );
    await expectReadFailure(noWorkbook, want);
  });

  test('empty: a workbook of 0 bytes says so in validate as in the merge, not "not an .xlsx"', async () => {
    const file = path.join(dir, 'Thư viện - rỗng.xlsx');
    await fs.writeFile(file, Buffer.alloc(0));
    await expectReadFailure(file, {
      rule: 'unreadable-file',
      params: { reason: 'empty' },
      ...unreadable('tệp rỗng, dung lượng 0 byte', 'the file is empty, 0 bytes'),
    });
  });

  test('not-found: a name typed wrong', async () => {
    await expectReadFailure(path.join(dir, 'Bảo tàng - không có.xlsx'), {
      rule: 'unreadable-file',
      params: { reason: 'not-found' },
      ...unreadable('không thấy tệp', 'file not found'),
    });
  });

  test('locked: the file is held open by another program (EBUSY, or EPERM as Windows also says)', async () => {
    const file = path.join(dir, 'Văn phòng - đang mở.xlsx');
    await goodWorkbook(file);
    const want: Expected = {
      rule: 'unreadable-file',
      params: { reason: 'locked' },
      ...unreadable('tệp đang bị chương trình khác khóa', 'the file is locked by another program'),
    };
    // Windows' sharing violation; Linux has no mandatory lock to provoke it for real.
    const busy = failRead(file, 'EBUSY', -4082);
    await expectReadFailure(file, want);
    expect(busy).toHaveBeenCalled();
    busy.mockRestore();
    failRead(file, 'EPERM', -4048);
    await expectReadFailure(file, want);
  });

  test('no-access: no permission to read the file', async () => {
    const file = path.join(dir, 'Phòng Kế hoạch - không có quyền.xlsx');
    await goodWorkbook(file);
    await fs.chmod(file, 0o000);
    try {
      // As root (or on a file system that ignores modes) the chmod blocks nothing: the read then
      // fails as Node fails it for anyone else.
      const blocked = await fs.readFile(file).then(
        () => false,
        (e: NodeJS.ErrnoException) => e.code === 'EACCES',
      );
      const spy = blocked ? null : failRead(file, 'EACCES', -13);
      await expectReadFailure(file, {
        rule: 'unreadable-file',
        params: { reason: 'no-access' },
        ...unreadable('không có quyền đọc tệp', 'no permission to read the file'),
      });
      if (spy) expect(spy).toHaveBeenCalled();
    } finally {
      await fs.chmod(file, 0o644);
    }
  });

  test('cloud-only: on Windows, a OneDrive file whose read fails offline (UNKNOWN, errno -4094)', async () => {
    const folder = path.join(dir, 'OneDrive - Sở VHTTDL', 'Tháng 6');
    const file = path.join(folder, 'Bảo tàng tỉnh.xlsx');
    await goodWorkbook(file);
    jest.spyOn(cloudFiles, 'thisMachine').mockReturnValue({ platform: 'win32', env: {} });
    failRead(file, 'UNKNOWN', -4094);
    await expectReadFailure(file, {
      rule: 'unreadable-file',
      params: { reason: 'cloud-only' },
      // Opening it in Excel does not help a file that is not on the computer: the advice differs.
      vi: 'Không đọc được tệp (tệp chưa được tải về từ OneDrive/SharePoint). Hãy bật OneDrive và kết nối mạng, rồi trong File Explorer bấm chuột phải vào tệp (hoặc thư mục chứa nó) › Luôn giữ trên thiết bị này; chờ tải xong rồi chạy lại.',
      en: 'The file cannot be read (the file has not been downloaded from OneDrive/SharePoint). Start OneDrive and get online, then in File Explorer right-click the file (or its folder) › Always keep on this device; wait for the download to finish and run again.',
    });
  });

  test('too-large: a zip bomb, and a file larger than any workbook (not read into memory at all)', async () => {
    const want: Expected = {
      rule: 'unreadable-file',
      params: { reason: 'too-large' },
      ...unreadable(
        'tệp khi giải nén lớn bất thường so với dung lượng của nó, hoặc vượt giới hạn số ô: có thể không phải sổ làm việc thật',
        'the file inflates far beyond its size, or holds more cells than a workbook can: it may not be a real workbook',
      ),
    };
    const bomb = path.join(dir, 'Bảo tàng - bom nén.xlsx');
    await fs.writeFile(bomb, zipBomb(1500));
    await expectReadFailure(bomb, want);
    // A sparse file: one byte past the limit, no disk used.
    const huge = path.join(dir, 'Bảo tàng - quá lớn.xlsx');
    const handle = await fs.open(huge, 'w');
    await handle.truncate(PACKAGE_LIMITS.MAX_FILE_BYTES + 1);
    await handle.close();
    const reads = jest.spyOn(fs, 'readFile');
    await expectReadFailure(huge, want);
    expect(reads.mock.calls.filter(([p]) => typeof p === 'string' && path.resolve(p) === huge)).toEqual([]);
  });

  test('xml-entities: a billion-laughs package', async () => {
    const file = path.join(dir, 'Thư viện - thực thể XML.xlsx');
    await fs.writeFile(file, billionLaughs());
    await expectReadFailure(file, {
      rule: 'unreadable-file',
      params: { reason: 'xml-entities' },
      ...unreadable(
        'tệp chứa khai báo DOCTYPE/ENTITY mà Excel không bao giờ ghi: có thể là tệp độc hại, không phải sổ làm việc thật',
        'the file holds DOCTYPE/ENTITY declarations that Excel never writes: it may be a hostile file, not a real workbook',
      ),
    });
  });

  test('internal: a workbook that trips camket itself', async () => {
    const file = path.join(dir, 'Văn phòng - gây lỗi.xlsx');
    await goodWorkbook(file);
    const real = core.checkWorkbook;
    const spy = jest.spyOn(core, 'checkWorkbook').mockImplementation((grid, options) => {
      if (grid.file === path.basename(file))
        throw new TypeError("Cannot read properties of undefined (reading 'date1904')");
      return real(grid, options);
    });
    await expectReadFailure(file, {
      rule: 'unreadable-file',
      // The error's own text is kept for the log (detail), never shown to the clerk.
      params: { reason: 'internal' },
      ...unreadable(
        'camket gặp lỗi ngoài dự kiến khi đọc tệp; hãy gửi tệp này cho bộ phận kỹ thuật',
        'camket failed unexpectedly while reading it; please send this file to the maintainers',
      ),
    });
    expect(spy).toHaveBeenCalled();
  });

  test('encrypted-file: a password-protected workbook', async () => {
    const file = path.join(dir, 'Phòng Kế hoạch - mật khẩu.xlsx');
    await fs.writeFile(file, encryptedWorkbookBytes());
    await expectReadFailure(file, {
      rule: 'encrypted-file',
      params: {},
      vi: 'Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.',
      en: 'The file is password-protected and cannot be read. Remove the password (File › Info › Protect Workbook) and send it again.',
    });
  });

  test('unsupported-format: an old .xls, named .xls or renamed .xlsx', async () => {
    const save = (format: string) => ({
      vi: `Tệp dạng ${format} không đọc được. Hãy mở tệp bằng Excel và chọn Lưu thành › Sổ làm việc Excel (.xlsx), rồi chạy lại.`,
      en: `A ${format} file cannot be read. Open it in Excel, choose Save As › Excel Workbook (.xlsx), and run again.`,
    });
    const xls = path.join(dir, 'Bảo tàng - bản cũ.xls');
    await fs.writeFile(xls, xlsBytes());
    await expectReadFailure(xls, { rule: 'unsupported-format', params: { format: '.xls' }, ...save('.xls') });
    const renamed = path.join(dir, 'Bảo tàng - đổi tên.xlsx');
    await fs.writeFile(renamed, xlsBytes());
    await expectReadFailure(renamed, {
      rule: 'unsupported-format',
      params: { format: '.xls (Excel 97-2003)' },
      ...save('.xls (Excel 97-2003)'),
    });
  });
});

describe('read failures only the merge decides', () => {
  const unsummarised = {
    writeSummary: (f: string) => fs.writeFile(f, 'x'),
    readSummaryState: () => Promise.reject(new Error('unused')),
  };

  /** `camket merge` over a folder holding one good workbook (VP) and the failing file; in both languages. */
  async function expectMergeFailure(
    folder: string,
    rel: string,
    platform: NodeJS.Platform,
    want: { unit: string; vi: string; en: string },
  ): Promise<void> {
    await goodWorkbook(path.join(folder, 'van-phong.xlsx'));
    for (const lang of LANGS) {
      const lines: string[] = [];
      const { code, report } = await runMerge(
        {
          folder,
          department: smallDepartment(),
          asOf: ASOF,
          lang,
          out: path.join(dir, `tong-hop-${lang}.xlsx`),
          platform,
          env: {},
          summary: unsummarised,
        },
        (l) => lines.push(l),
        () => {},
      );
      const message = want[lang];
      // The good workbook is merged; the failed file is an error: exit status 1.
      expect(code).toBe(1);
      expect(report!.files.map((f) => [f.file, f.state])).toEqual([
        [rel, 'failed'],
        ['van-phong.xlsx', 'merged'],
      ]);
      expect(report!.files[0]).toEqual({
        file: rel,
        path: rel,
        unit: want.unit,
        state: 'failed',
        commitments: 0,
        error: { code: 'unreadable-file', message },
      });
      expect(report!.issues.filter((i) => i.rule === 'unreadable-file')).toEqual([
        { rule: 'unreadable-file', severity: 'error', message, file: rel, sheet: null, cell: null, unit: want.unit },
      ]);
      // The closing lines list it under the files that could not be read, with what to do.
      const head = lines.indexOf(FAILED_HEAD[lang]);
      expect(head).toBeGreaterThan(-1);
      expect(lines[head + 1]).toBe(`    - ${rel}: ${message}`);
    }
  }

  test('empty: a workbook of 0 bytes (an attachment saved before it finished downloading)', async () => {
    const folder = path.join(dir, 'gộp - rỗng');
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'Bảo tàng tỉnh - cam kết.xlsx'), Buffer.alloc(0));
    await expectMergeFailure(folder, 'Bảo tàng tỉnh - cam kết.xlsx', 'linux', {
      unit: 'BT',
      ...unreadable('tệp rỗng, dung lượng 0 byte', 'the file is empty, 0 bytes'),
    });
  });

  test('cloud-only: on Windows, a placeholder in a OneDrive folder that cannot be followed', async () => {
    const folder = path.join(dir, 'gộp', 'OneDrive - Sở VHTTDL', 'Tháng 6');
    await fs.mkdir(folder, { recursive: true });
    // On this machine, a link to nothing: what readdir shows for a placeholder OneDrive cannot bring down.
    await fs.symlink(path.join(dir, 'trên mây.xlsx'), path.join(folder, 'Bảo tàng tỉnh.xlsx'));
    await expectMergeFailure(folder, 'Bảo tàng tỉnh.xlsx', 'win32', {
      unit: 'BT',
      vi: 'Không đọc được tệp (tệp chưa được tải về từ OneDrive/SharePoint). Hãy bật OneDrive và kết nối mạng, rồi trong File Explorer bấm chuột phải vào tệp (hoặc thư mục chứa nó) › Luôn giữ trên thiết bị này; chờ tải xong rồi chạy lại.',
      en: 'The file cannot be read (the file has not been downloaded from OneDrive/SharePoint). Start OneDrive and get online, then in File Explorer right-click the file (or its folder) › Always keep on this device; wait for the download to finish and run again.',
    });
  });
});
