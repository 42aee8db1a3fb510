// The command as a clerk runs it: a child process, its exit status, its help, what it leaves on
// disk when the department file is wrong or when it is stopped halfway through writing.
import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeCorpus } from '../bench/corpus';
import { OutputLockedError } from '../../src/node/atomic-write';
import { loadDepartment } from '../../src/node/department-file';
import { runMerge } from '../../src/node/merge';
import { readSummaryState, writeSummary } from '../../src/node/summary';
import { ASOF, sha256, smallDepartment, writeUnitWorkbook, xlsBytes } from '../helpers/merge-fixtures';

const repo = path.resolve(__dirname, '../..');
const examples = path.join(repo, 'examples');

// tsx registered by its absolute URL, so the command can run from any folder (one process: a signal reaches it).
const TSX = pathToFileURL(require.resolve('tsx')).href;

function start(args: string[], cwd = repo): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, path.join(repo, 'scripts', 'camket.ts'), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function camket(
  args: string[],
  cwd = repo,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  const child = start(args, cwd);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'camket cli '));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('help', () => {
  test('in Vietnamese by default', async () => {
    const r = await camket(['merge', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cách dùng: camket merge <thư-mục> --config <department.json> [tùy chọn]');
    expect(r.out).toContain('Tổng hợp các tệp đầu việc của đơn vị trong một thư mục');
    expect(r.out).toContain('Tùy chọn:');
    expect(r.out).toContain('--previous <summary.xlsx>');
    expect(r.out).toContain('Mã thoát: 0 tổng hợp xong');
    expect(r.out).not.toMatch(/Usage:|Options:|choices:|default:/);
  });

  test('in English with --lang en', async () => {
    const r = await camket(['merge', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: camket merge <folder> --config <department.json> [options]');
    expect(r.out).toContain("Merge the units' commitment workbooks in a folder");
    expect(r.out).toContain('Exit status: 0 merged, no error');
  });
});

describe('version', () => {
  test('--version and -V print the version of package.json and exit 0, also from the built command', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) {
      const r = await camket([flag]);
      expect(r).toMatchObject({ code: 0, out: `${version}\n`, err: '' });
    }
    const built = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(repo, 'bin', 'camket.js'), '--version'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(built).toEqual({ code: 0, out: `${version}\n` });
  });
});

describe('exit statuses of the real process', () => {
  test('1: the example department merges, with its planted errors', async () => {
    const out = path.join(dir, 'vi du.xlsx');
    const r = await camket([
      'merge',
      path.join(examples, 'units'),
      '--config',
      path.join(examples, 'department.json'),
      '--as-of',
      '2023-06-30',
      '--out',
      out,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tệp: 13 đã tổng hợp, 0 bỏ qua, 0 không đọc được');
    expect(r.out).toContain(`Đã ghi bản tổng hợp: ${out}`);
    // Plain lines, not a progress bar, when the output is not a terminal.
    expect(r.out).toMatch(/^\[ 1\/13\] /m);
    expect((await readSummaryState(out)).asOf).toBe('2023-06-30');
  });

  test('0: a clean folder; the default output is tong-hop-YYYY-MM.xlsx in the current folder; English messages', async () => {
    const work = path.join(dir, 'sạch sẽ');
    await writeUnitWorkbook(path.join(work, 'đơn vị', 'Bảo tàng tỉnh.xlsx'), 'BẢO TÀNG TỈNH', [
      ['Kiểm kê hiện vật', 'Tháng 3/2023', 100, 'Đã hoàn thành'],
    ]);
    const cfg = path.join(work, 'so.json');
    await fs.writeFile(
      cfg,
      JSON.stringify({
        ...smallDepartment(),
        blocks: [{ code: 'SN', name: 'Khối sự nghiệp', registered: 1 }],
        units: [{ code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 1 }],
      }),
    );
    const r = await camket(['merge', 'đơn vị', '--config', 'so.json', '--as-of', ASOF, '--lang', 'en'], work);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Files: 1 merged, 0 skipped, 0 failed');
    expect(r.out).toContain(`Summary written: ${path.join(work, 'tong-hop-2023-06.xlsx')}`);
    await expect(fs.stat(path.join(work, 'tong-hop-2023-06.xlsx'))).resolves.toBeTruthy();
  });

  test('2: nothing readable; nothing written', async () => {
    const work = path.join(dir, 'hỏng');
    await fs.mkdir(work);
    await fs.writeFile(path.join(work, 'cu.xls'), xlsBytes());
    const r = await camket(['merge', '.', '--config', path.join(examples, 'department.json'), '--as-of', ASOF], work);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có tệp đầu việc nào đọc được');
    expect((await fs.readdir(work)).sort()).toEqual(['cu.xls']);
  });

  test('2: arguments missing or wrong, said in Vietnamese, never a stack trace', async () => {
    const none = await camket(['merge']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Lỗi: thiếu tùy chọn bắt buộc --config');
    expect(none.err).toContain('(xem hướng dẫn: thêm --help)');
    const date = await camket([
      'merge',
      examples,
      '--config',
      path.join(examples, 'department.json'),
      '--as-of',
      '30/6/2023',
    ]);
    expect(date.code).toBe(2);
    expect(date.err).toContain('Ngày "30/6/2023" không hợp lệ');
    for (const r of [none, date]) expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  test('2: a wrong department file names line and key, and nothing is written', async () => {
    const work = path.join(dir, 'sai cấu hình');
    await fs.mkdir(work);
    const write = async (name: string, edit: (d: { units: Record<string, unknown>[] }) => void) => {
      const dept = smallDepartment() as unknown as { units: Record<string, unknown>[] };
      edit(dept);
      const file = path.join(work, name);
      await fs.writeFile(file, JSON.stringify(dept, null, 2));
      const text = await fs.readFile(file, 'utf8');
      return { file, lineOf: (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1 };
    };
    const typed = await write('kieu.json', (d) => (d.units[2].registered = 'ba'));
    const block = await write('khoi.json', (d) => (d.units[1].block = 'KHOI-LA'));
    const missing = await write('thieu.json', (d) => delete d.units[0].name);
    const cases = [
      [typed, `dòng ${typed.lineOf('"ba"')}, khóa "units[2].registered": sai kiểu dữ liệu, cần một số`],
      [block, `dòng ${block.lineOf('"KHOI-LA"')}, khóa "units[1].block": khối "KHOI-LA" không có trong "blocks"`],
      [missing, `khóa "units[0].name": thiếu (bắt buộc phải có)`],
    ] as const;
    for (const [cfg, said] of cases) {
      const r = await camket(
        ['merge', path.join(examples, 'units'), '--config', cfg.file, '--as-of', ASOF, '--report', 'r.json'],
        work,
      );
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err).toContain(said);
    }
    expect((await fs.readdir(work)).sort()).toEqual(['khoi.json', 'kieu.json', 'thieu.json']);
  });
});

describe('an interrupted write leaves the previous output whole', () => {
  let corpus: { folder: string; config: string };
  const old = () => path.join(dir, 'thang-truoc.xlsx');
  beforeAll(async () => {
    // Enough rows that writing the summary takes a noticeable time.
    corpus = await makeCorpus(path.join(dir, 'corpus'), { files: 12, rowsPerFile: 800 });
    const department = await loadDepartment(path.join(examples, 'department.json'));
    await runMerge(
      { folder: path.join(examples, 'units'), department, asOf: ASOF, lang: 'vi', out: old() },
      () => {},
      () => {},
    );
  });

  /** Last month's summary in place where this run writes. */
  const oldSummary = async (file: string) => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.copyFile(old(), file);
    return sha256(file);
  };

  /**
   * Start a merge and stop it with `signal` once its temporary file exists — not on a printed line,
   * which may come before the file is there (testing nothing) or after the rename.
   */
  const stopWhileWriting = async (out: string, signal: NodeJS.Signals) => {
    const child = start(['merge', corpus.folder, '--config', corpus.config, '--as-of', ASOF, '--out', out]);
    let text = '';
    let err = '';
    child.stdout!.on('data', (d) => (text += d));
    child.stderr!.on('data', (d) => (err += d));
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, sig) => resolve({ code, signal: sig })),
    );
    let sawTemp: string | null = null;
    while (sawTemp === null && child.exitCode === null) {
      sawTemp = (await fs.readdir(path.dirname(out))).find((f) => f.startsWith(`.${path.basename(out)}.`)) ?? null;
      if (sawTemp === null) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill(signal);
    const r = await closed;
    return { ...r, out: text, err, stoppedWriting: sawTemp !== null && !text.includes('Đã ghi bản tổng hợp') };
  };

  test('killed outright (a crash, a power cut): the old summary is byte for byte the same', async () => {
    const out = path.join(dir, 'kill', 'tong-hop-2023-06.xlsx');
    const before = await oldSummary(out);
    const r = await stopWhileWriting(out, 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(r.stoppedWriting).toBe(true);
    expect(await sha256(out)).toBe(before);
    expect((await readSummaryState(out)).asOf).toBe('2023-06-30');
  });

  test('Ctrl-C: the old summary is whole, the half-written temporary files are removed, exit 130', async () => {
    const out = path.join(dir, 'ctrl-c', 'tong-hop-2023-06.xlsx');
    const before = await oldSummary(out);
    const r = await stopWhileWriting(out, 'SIGINT');
    expect(r.stoppedWriting).toBe(true);
    expect(r.code).toBe(130);
    expect(r.err).toContain('Đã dừng theo yêu cầu (Ctrl-C). Các tệp kết quả cũ giữ nguyên.');
    expect(await sha256(out)).toBe(before);
    expect(await fs.readdir(path.dirname(out))).toEqual(['tong-hop-2023-06.xlsx']);
  });

  test('the console window closed (SIGHUP) while the temporary file exists: it is removed, the old summary whole, said, exit 130', async () => {
    const out = path.join(dir, 'sighup', 'tong-hop-2023-06.xlsx');
    const before = await oldSummary(out);
    const r = await stopWhileWriting(out, 'SIGHUP');
    expect(r.stoppedWriting).toBe(true);
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 130, signal: null });
    expect(r.err).toContain('Đã dừng theo yêu cầu (cửa sổ bị đóng). Các tệp kết quả cũ giữ nguyên.');
    expect(await sha256(out)).toBe(before);
    expect(await fs.readdir(path.dirname(out))).toEqual(['tong-hop-2023-06.xlsx']);
  });

  test('a write that fails midway (the disk fills up) keeps the old summary, removes its temporary files, and says so', async () => {
    const out = path.join(dir, 'full', 'tong-hop-2023-06.xlsx');
    const before = await oldSummary(out);
    const lines: string[] = [];
    const department = await loadDepartment(corpus.config);
    // The real writer, given a list of commitments that fails at its 5,000th row.
    const failingAt = <T>(list: T[], n: number): T[] => {
      const copy = [...list];
      Object.defineProperty(copy, n, {
        get: () => {
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        },
      });
      return copy;
    };
    const result = await runMerge(
      {
        folder: corpus.folder,
        department,
        asOf: ASOF,
        lang: 'vi',
        out,
        summary: {
          readSummaryState,
          writeSummary: (file, data) =>
            writeSummary(file, {
              ...data,
              report: { ...data.report, commitments: failingAt(data.report.commitments, 5000) },
            }),
        },
      },
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(lines.join('\n')).toContain(`Không ghi được ${out} (ENOSPC); tệp cũ (nếu có) giữ nguyên.`);
    expect(result.code).toBe(2);
    expect(await sha256(out)).toBe(before);
    expect(await fs.readdir(path.dirname(out))).toEqual(['tong-hop-2023-06.xlsx']);
  });
});

describe('a folder the clerk may not write in', () => {
  test('a temporary file refused (EPERM) is said as a sentence, not a bare code, exit 2', async () => {
    const out = path.join(dir, 'chỉ đọc', 'tong-hop-2023-06.xlsx');
    await fs.mkdir(path.dirname(out), { recursive: true });
    const lines: string[] = [];
    const department = await loadDepartment(path.join(examples, 'department.json'));
    const result = await runMerge(
      {
        folder: path.join(examples, 'units'),
        department,
        asOf: ASOF,
        lang: 'vi',
        out,
        summary: {
          readSummaryState,
          writeSummary: async () => {
            throw Object.assign(new Error('EPERM: operation not permitted, open'), { code: 'EPERM' });
          },
        },
      },
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(lines.join('\n')).toContain(`Không ghi được ${out}: không có quyền ghi vào thư mục này`);
    expect(lines.join('\n')).not.toContain('(EPERM)');
    expect(result.code).toBe(2);
  });
});

describe('an output held open by Excel', () => {
  test('says so plainly, keeps the new result under another name, exit 1, and still writes the report', async () => {
    const out = path.join(dir, 'khóa', 'tong-hop-2023-06.xlsx');
    const report = path.join(dir, 'khóa', 'bao-cao.json');
    await fs.mkdir(path.dirname(out), { recursive: true });
    const kept = path.join(dir, 'khóa', 'tong-hop-2023-06 (mới 20230630-080000).xlsx');
    const lines: string[] = [];
    const department = await loadDepartment(path.join(examples, 'department.json'));
    const result = await runMerge(
      {
        folder: path.join(examples, 'units'),
        department,
        asOf: ASOF,
        lang: 'vi',
        out,
        report,
        // What atomic-write.ts throws when Windows refuses the rename (EBUSY/EPERM): the new file kept beside it.
        summary: {
          readSummaryState,
          writeSummary: async (file) => {
            throw new OutputLockedError(file, kept, 'excel');
          },
        },
      },
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(lines.join('\n')).toContain(
      `Tệp ${out} đang mở trong Excel nên không ghi đè được; tệp cũ giữ nguyên. Kết quả mới được lưu thành: ${kept}`,
    );
    expect(result.code).toBe(1);
    expect(result.written).toEqual({ summary: kept, report });
  });
});
