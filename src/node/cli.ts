// The `camket` command line. Help and messages in Vietnamese, English with --lang en.
import { closeSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Department } from '../core/department';
import type { Lang } from '../core/model';
import { DepartmentFileError, loadDepartment } from './department-file';
import { pathProblem, pathProblemMessage } from './arg-paths';
import { OutputLockedError, lockedMessage } from './atomic-write';
import { FormsUsageError, runForms } from './forms';
import { MergeUsageError, defaultOutName, inputText, runMerge } from './merge';
import { type Terminal, issueMarks } from './print';
import { type Progress, barProgress, lineProgress } from './progress';
import { runValidate } from './validate';

/** Ctrl-C; Ctrl+Break (Windows); the console window closed (Windows too: then ten seconds are left). */
const STOP_SIGNALS = ['SIGINT', 'SIGBREAK', 'SIGHUP'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];
/** Exit status of a run stopped by one of them, whichever. */
export const INTERRUPTED = 130;

const TEXT = {
  vi: {
    description: 'camket — kiểm tra và tổng hợp đầu việc cam kết của các đơn vị',
    validate: 'Kiểm tra một hoặc nhiều tệp đầu việc của đơn vị (.xlsx) và liệt kê lỗi theo ô',
    workbooks: 'các tệp .xlsx cần kiểm tra',
    config: 'tệp cấu hình của Sở (JSON): đơn vị, số đăng ký, nhiệm vụ UBND tỉnh giao',
    asOf: 'tính tình trạng đến ngày này (YYYY-MM-DD); mặc định là hôm nay',
    report: 'ghi báo cáo JSON vào tệp này',
    lang: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    badDate: (v: string) => `Ngày "${v}" không hợp lệ: hãy ghi theo dạng YYYY-MM-DD, ví dụ 2023-06-30.`,
    unexpected: (m: string) => `Lỗi ngoài dự kiến: ${m}. Hãy gửi thông báo này cho bộ phận kỹ thuật.`,
    help: 'hiện hướng dẫn',
    version: 'in số phiên bản',
    merge: 'Tổng hợp các tệp đầu việc của đơn vị trong một thư mục thành bản tổng hợp của Sở (.xlsx) và báo cáo JSON',
    folder: 'thư mục chứa các tệp của đơn vị (đọc cả thư mục con)',
    mergeConfig: 'tệp cấu hình của Sở (JSON): đơn vị, số đăng ký, nhiệm vụ UBND tỉnh giao (bắt buộc)',
    out: 'ghi bản tổng hợp vào tệp này; mặc định tong-hop-YYYY-MM.xlsx (tháng của ngày tính) ở thư mục hiện tại',
    previous: 'bản tổng hợp tháng trước (tong-hop-….xlsx): mang lịch sử sang và liệt kê thay đổi từng đầu việc',
    feedback: 'ghi vào thư mục này mỗi đơn vị một tệp phản hồi phan-hoi-<mã đơn vị>.xlsx: lỗi cần sửa (kèm liên kết tới đúng ô trong tệp của đơn vị) và các đầu việc camket đã đọc',
    docx: 'ghi bản dự thảo báo cáo tháng gửi UBND tỉnh (Word, theo thể thức Nghị định 30/2020/NĐ-CP) vào tệp này: số liệu chung, theo khối và đơn vị, nhiệm vụ UBND tỉnh giao, đầu việc quá hạn, đơn vị chưa báo cáo, thay đổi so với tháng trước (khi có --previous)',
    forms: 'Soạn bản cam kết thực hiện nhiệm vụ năm (Word) cho từng người có đầu việc, từ các tệp của đơn vị trong một thư mục',
    formsOut: 'thư mục ghi các bản cam kết cam-ket-<họ tên không dấu>.docx (bắt buộc; chưa có thì được tạo)',
    formsUsage: '<thư-mục> --config <department.json> --out <thư-mục-kết-quả> [tùy chọn]',
    formsAfter: `
Mỗi người chịu trách nhiệm (cột người chịu trách nhiệm, dòng "Người đăng ký: …" phía trên bảng, hoặc tên sheet) được một bản cam kết
gồm họ tên, chức vụ, đơn vị, bảng đầu việc (STT, nội dung, chỉ tiêu / sản phẩm, thời gian hoàn thành), lời cam kết và chỗ ký của người
cam kết và Giám đốc Sở (letterhead.signer trong tệp cấu hình); bản của Giám đốc Sở do Chủ tịch UBND tỉnh ký nhận. Đầu việc không ghi
người chịu trách nhiệm được đưa vào bản cam kết của đơn vị, kèm cảnh báo. Tệp của đơn vị được đọc như camket merge đọc.

Mã thoát: 0 không có lỗi; 1 có lỗi trong dữ liệu hoặc có tệp không đọc được; 2 không đọc được tệp nào hoặc sai tham số.

Ví dụ:
  camket forms examples/units --config examples/department.json --out ban-cam-ket
  camket forms "D:\\Cam ket 2023\\Dang ky" --config so-vhttdl.json --out "D:\\Cam ket 2023\\Ban cam ket"`,
    mergeAfter: `
Tệp bị bỏ qua: tệp khóa của Excel (~$…), Thumbs.db, desktop.ini, tệp/thư mục ẩn (tên bắt đầu bằng dấu chấm), tệp không phải bảng tính.
Tệp .xls, .ods, .csv, tệp hỏng hoặc có mật khẩu được liệt kê là không đọc được; các tệp còn lại vẫn được tổng hợp.

Mã thoát: 0 tổng hợp xong, không có lỗi; 1 tổng hợp xong nhưng có tệp không đọc được hoặc có lỗi;
2 không tổng hợp được (sai tham số, sai tệp cấu hình, không có tệp nào đọc được) và không ghi gì.

Ví dụ:
  camket merge examples/units --config examples/department.json --as-of 2023-06-30
  camket merge "D:\\Cam ket 2023\\Thang 6" --config so-vhttdl.json --previous tong-hop-2023-05.xlsx --report bao-cao.json`,
    seeHelp: '(xem hướng dẫn: thêm --help)',
    mergeUsage: '<thư-mục> --config <department.json> [tùy chọn]',
    log: 'ghi thêm mọi dòng hiện trên màn hình vào tệp này (UTF-8), đọc đúng tiếng Việt trong Notepad; dùng thay cho > trong PowerShell',
    logFailed: (f: string, code: string) =>
      `Không ghi được tệp nhật ký ${f} (${{ ENOENT: 'không có thư mục này', EACCES: 'không có quyền ghi', EPERM: 'không có quyền ghi', EISDIR: 'đó là một thư mục', EBUSY: 'tệp đang bị chương trình khác giữ' }[code] ?? code}). Hãy chọn tệp khác cho --log.`,
    interrupted: (how: string) => `Đã dừng theo yêu cầu (${how}). Các tệp kết quả cũ giữ nguyên.`,
    stoppedBy: { SIGINT: 'Ctrl-C', SIGBREAK: 'Ctrl+Break', SIGHUP: 'cửa sổ bị đóng' } as Record<StopSignal, string>,
  },
  en: {
    description: 'camket — check and merge the units\' commitment workbooks',
    validate: 'Check one or more unit workbooks (.xlsx) and list the problems cell by cell',
    workbooks: 'the .xlsx files to check',
    config: 'the department file (JSON): units, registered counts, provincial tasks',
    asOf: 'compute statuses as of this date (YYYY-MM-DD); default today',
    report: 'write the JSON report to this file',
    lang: 'message language: vi (default) or en',
    badDate: (v: string) => `The date "${v}" is not valid: write it as YYYY-MM-DD, e.g. 2023-06-30.`,
    unexpected: (m: string) => `Unexpected error: ${m}. Please send this message to the maintainers.`,
    help: 'show help',
    version: 'print the version',
    merge: 'Merge the units\' commitment workbooks in a folder into the department summary (.xlsx) and a JSON report',
    folder: 'the folder holding the units\' workbooks (subfolders are read too)',
    mergeConfig: 'the department file (JSON): units, registered counts, provincial tasks (required)',
    out: 'write the summary to this file; default tong-hop-YYYY-MM.xlsx (month of the as-of date) in the current folder',
    previous: 'last month\'s summary (tong-hop-….xlsx): carries the history forward and lists what changed per commitment',
    feedback: 'write one feedback workbook per unit into this folder, phan-hoi-<unit code>.xlsx: the issues to fix (each linked to its cell in the unit\'s workbook) and the commitments as camket read them',
    docx: 'write the draft of the month\'s written report to the province (Word, laid out as Decree 30/2020/ND-CP sets) to this file: overall figures, by block and unit, provincial tasks, overdue tasks, units that have not reported, changes since last month (with --previous)',
    forms: 'Draft the yearly commitment form (Word) of every person who owns commitments, from the units\' workbooks in a folder',
    formsOut: 'the folder to write the forms in, cam-ket-<name without diacritics>.docx (required; made when missing)',
    formsUsage: '<folder> --config <department.json> --out <output-folder> [options]',
    formsAfter: `
Every owner (the owner column, a line such as "Người đăng ký: …" above the table, or the sheet's name) gets one form: name, position,
unit, the table of his or her commitments (no., title, target / product, deadline), the pledge, and the signatures of the person and of
the Director (letterhead.signer in the department file); the Director's own form is countersigned by the Chairman of the Province
People's Committee. Commitments with no owner go into the unit's form, with a warning. The workbooks are read as camket merge reads them.
The forms themselves are always in Vietnamese; --lang en sets the language of the messages.

Exit status: 0 no error; 1 some issue is an error or some file failed; 2 nothing could be read, or bad arguments.

Examples:
  camket forms examples/units --config examples/department.json --out forms --lang en
  camket forms "D:\\Cam ket 2023\\Dang ky" --config so-vhttdl.json --out "D:\\Cam ket 2023\\Forms"`,
    mergeAfter: `
Skipped: Excel's lock files (~$…), Thumbs.db, desktop.ini, hidden files and folders (names starting with a dot), non-spreadsheets.
.xls, .ods, .csv, damaged and password-protected files are listed as failed; the rest is merged all the same.

Exit status: 0 merged, no error; 1 merged, but some file failed or some issue is an error;
2 nothing merged (bad arguments, bad department file, no readable workbook), nothing written.

Examples:
  camket merge examples/units --config examples/department.json --as-of 2023-06-30 --lang en
  camket merge "D:\\Cam ket 2023\\Thang 6" --config so-vhttdl.json --previous tong-hop-2023-05.xlsx --report report.json`,
    seeHelp: '(see the help: add --help)',
    mergeUsage: '<folder> --config <department.json> [options]',
    log: 'also write every line shown on the console to this file (UTF-8), readable in Notepad; use it instead of > in PowerShell',
    logFailed: (f: string, code: string) =>
      `Cannot write the log file ${f} (${{ ENOENT: 'no such folder', EACCES: 'no permission to write', EPERM: 'no permission to write', EISDIR: 'it is a folder', EBUSY: 'another program holds it' }[code] ?? code}). Give --log another file.`,
    interrupted: (how: string) => `Stopped on request (${how}). The earlier outputs are unchanged.`,
    stoppedBy: { SIGINT: 'Ctrl-C', SIGBREAK: 'Ctrl+Break', SIGHUP: 'the window was closed' } as Record<StopSignal, string>,
  },
};

const HELP_TITLES: Record<Lang, Record<string, string>> = {
  vi: { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Arguments:': 'Tham số:', 'Commands:': 'Lệnh:' },
  en: {},
};

/** Commander's own error lines, said in Vietnamese (English ones pass through). */
export function translateCommanderError(line: string, lang: Lang): string {
  if (lang === 'en') return line;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: missing required argument '([^']+)'/, (a) => `Lỗi: thiếu tham số bắt buộc '${a}'.`],
    [/^error: required option '([^']+)' not specified/, (o) => `Lỗi: thiếu tùy chọn bắt buộc ${o}.`],
    [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (o, v, c) => `Lỗi: giá trị '${v}' của tùy chọn ${o} không hợp lệ; hãy chọn một trong: ${c}.`],
    [/^error: option '([^']+)' argument missing/, (o) => `Lỗi: tùy chọn ${o} cần một giá trị.`],
    [/^error: unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (o, s) => `Lỗi: không có tùy chọn '${o}'.${s ? ` Có phải ý bạn là ${s}?` : ''}`],
    [/^error: too many arguments(?: for '([^']+)')?/, (c) => `Lỗi: thừa tham số${c ? ` cho lệnh '${c}'` : ''}.`],
    [/^error: unknown command '([^']+)'/, (c) => `Lỗi: không có lệnh '${c}'.`],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(line);
    if (m) return say(...m.slice(1));
  }
  return line;
}

/** The `--log` file, taken before commander parses, so that its own errors are logged too. */
export function logFromArgs(argv: string[]): string | null {
  const i = argv.findIndex((a) => a === '--log' || a.startsWith('--log='));
  if (i < 0) return null;
  const v = argv[i].startsWith('--log=') ? argv[i].slice('--log='.length) : argv[i + 1];
  return v && !v.startsWith('-') ? v : null;
}

export function langFromArgs(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'vi';
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function checkIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Raised for bad arguments or department file: exit status 2, nothing written. */
export class UsageError extends Error {}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  isTty: boolean;
  /** The console's platform and environment, for the marks its font has (default: this process's). */
  terminal?: Terminal;
  /** The process that is signalled and exits (default: this one). */
  host?: Host;
}

/** What stopping needs of the process: a test gives its own. */
export interface Host {
  on(signal: StopSignal, listener: (signal: StopSignal) => void): void;
  off(signal: StopSignal, listener: (signal: StopSignal) => void): void;
  /** A line written before exit. Synchronously: an asynchronous write (a Windows console, a POSIX
   *  pipe) still pending at exit is lost. */
  lastWords(line: string): void;
  exit(code: number): void;
}

const processHost: Host = {
  on: (s, l) => void process.on(s, l as NodeJS.SignalsListener),
  off: (s, l) => void process.removeListener(s, l as NodeJS.SignalsListener),
  lastWords: (line) => {
    try {
      writeSync(2, `${line}\n`);
    } catch {
      // stderr went with the closed window: no one is left to tell
    }
  },
  exit: (code) => process.exit(code),
};

/** `--log FILE`: every line shown on the console, in FILE too, as UTF-8 with a BOM. Windows
 *  PowerShell 5.1's `>` decodes camket's UTF-8 by the console's code page and garbles Vietnamese;
 *  with the BOM, Notepad and PowerShell's Get-Content read the file as UTF-8. Written synchronously,
 *  so a stop or a crash leaves every line so far. */
export class ConsoleLog {
  private fd: number | null = null;
  open(file: string): void {
    this.fd = openSync(file, 'w');
    writeSync(this.fd, '\ufeff');
  }
  line(s: string): void {
    if (this.fd === null) return;
    try {
      writeSync(this.fd, `${s}\n`);
    } catch {
      // A log that can no longer be written (disk full) must not stop the merge: the console has it all.
      this.close();
    }
  }
  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      closeSync(fd);
    } catch {
      // already gone with the disk: nothing more to keep
    }
  }
}

/** The version in camket's package.json: found by walking up from this file, which runs from
 *  src/node (tsx, tests) and from lib/src/node (the built command) alike. */
export function camketVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'camket' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}

async function departmentFrom(file: string | undefined, lang: Lang): Promise<Department | null> {
  return file ? loadDepartment(file, lang) : null;
}

export function buildProgram(lang: Lang, io: Io, setCode: (c: number) => void, log: ConsoleLog = new ConsoleLog()): Command {
  const t = TEXT[lang];
  const marks = issueMarks(io.terminal);
  const program = new Command('camket')
    .description(t.description)
    .version(camketVersion(), '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand(false)
    .exitOverride()
    .showHelpAfterError(t.seeHelp)
    .configureHelp({
      styleTitle: (s: string) => HELP_TITLES[lang][s] ?? s,
      // Choices and defaults are said in each description, in the clerk's language.
      optionDescription: (o: Option) => o.description,
    })
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
      outputError: (s, write) => write(translateCommanderError(s, lang)),
    });
  const langOption = () => new Option('--lang <lang>', t.lang).choices(['vi', 'en']).default('vi');
  const asOfOption = () =>
    new Option('--as-of <date>', t.asOf).argParser((v: string) => {
      if (!checkIsoDate(v)) throw new UsageError(t.badDate(v));
      return v;
    });
  // Opened by main before parsing (logFromArgs); declared so that commander accepts it and the help lists it.
  const logOption = () => new Option('--log <file.txt>', t.log);

  /** One stop for every signal and both commands. The outputs are only ever renamed into place
   *  whole, so the old files stay as they were; the half-written temporary files of this process
   *  beside the targets are removed (a leading dot does not hide them on Windows). The last line is
   *  written synchronously, to the console and the log, before exit. Returns the release. */
  const guardStop = (targets: () => string[], progress?: Progress): (() => void) => {
    const host = io.host ?? processHost;
    const onStop = (signal: StopSignal) => {
      progress?.stop();
      removeTempFiles(targets());
      const said = t.interrupted(t.stoppedBy[signal]);
      host.lastWords(said);
      log.line(said);
      log.close();
      host.exit(INTERRUPTED);
    };
    for (const s of STOP_SIGNALS) host.on(s, onStop);
    return () => {
      for (const s of STOP_SIGNALS) host.off(s, onStop);
    };
  };
  /** A command that writes files, run under the stop handler: it names its targets (`onWriting`)
   *  as soon as it knows them, and a stop then removes their temporary files. */
  const guarded = async (progress: Progress | undefined, run: (onWriting: (targets: string[]) => void) => Promise<{ code: number }>): Promise<void> => {
    let targets: string[] = [];
    const release = guardStop(() => targets, progress);
    try {
      setCode((await run((t) => (targets = t))).code);
    } finally {
      release();
    }
  };
  const readingProgress = (): Progress => (io.isTty ? barProgress(inputText(lang).bar) : lineProgress(io.out));

  program
    .command('validate')
    .description(t.validate)
    .helpOption('-h, --help', t.help)
    .argument('<workbooks...>', t.workbooks)
    .option('--config <department.json>', t.config)
    .addOption(asOfOption())
    .option('--report <file.json>', t.report)
    .addOption(logOption())
    .addOption(langOption())
    .action(async (workbooks: string[], opts: { config?: string; asOf?: string; report?: string }) => {
      const department = await departmentFrom(opts.config, lang);
      await guarded(undefined, (onWriting) => {
        onWriting(opts.report ? [opts.report] : []);
        return runValidate(workbooks, { asOf: opts.asOf ?? todayIso(), department, lang, report: opts.report, marks }, io.out);
      });
    });

  program
    .command('merge')
    .description(t.merge)
    .helpOption('-h, --help', t.help)
    .usage(t.mergeUsage)
    .argument(lang === 'vi' ? '<thư-mục>' : '<folder>', t.folder)
    .requiredOption('--config <department.json>', t.mergeConfig)
    .addOption(asOfOption())
    .option('--out <file.xlsx>', t.out)
    .option('--report <file.json>', t.report)
    .option('--previous <summary.xlsx>', t.previous)
    .option('--feedback <dir>', t.feedback)
    .option('--docx <report.docx>', t.docx)
    .addOption(logOption())
    .addOption(langOption())
    .addHelpText('after', t.mergeAfter)
    .action(async (folder: string, opts: { config: string; asOf?: string; out?: string; report?: string; previous?: string; feedback?: string; docx?: string }) => {
      const department = await loadDepartment(opts.config, lang);
      const asOf = opts.asOf ?? todayIso();
      const progress = readingProgress();
      await guarded(progress, (onWriting) =>
        runMerge(
          { folder, department, asOf, lang, out: opts.out ?? defaultOutName(asOf), report: opts.report, previous: opts.previous, feedback: opts.feedback, docx: opts.docx, progress, marks, onWriting },
          io.out,
          io.err,
        ),
      );
    });

  program
    .command('forms')
    .description(t.forms)
    .helpOption('-h, --help', t.help)
    .usage(t.formsUsage)
    .argument(lang === 'vi' ? '<thư-mục>' : '<folder>', t.folder)
    .requiredOption('--config <department.json>', t.mergeConfig)
    .requiredOption('--out <dir>', t.formsOut)
    .addOption(asOfOption())
    .addOption(logOption())
    .addOption(langOption())
    .addHelpText('after', t.formsAfter)
    .action(async (folder: string, opts: { config: string; out: string; asOf?: string }) => {
      const department = await loadDepartment(opts.config, lang);
      const progress = readingProgress();
      await guarded(progress, (onWriting) => runForms({ folder, department, out: opts.out, asOf: opts.asOf ?? todayIso(), lang, progress, marks, onWriting }, io.out, io.err));
    });
  return program;
}

/** Temporary files this process began beside the targets (see atomic-write.ts and report-file.ts). */
function removeTempFiles(targets: string[]): void {
  for (const target of targets) {
    const dir = path.dirname(target);
    const prefix = `.${path.basename(target)}.${process.pid}.`;
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((name) => name.startsWith(prefix));
    } catch {
      // a folder that cannot be listed now: nothing of ours can be found in it
    }
    for (const name of names) {
      try {
        // On Windows a file still open (the writer's stream) is deleted once this process exits.
        rmSync(path.join(dir, name), { force: true });
      } catch {
        // best effort: what cannot be removed stays, named after this process
      }
    }
  }
}

/** Runs the command line; returns the exit status. Never lets a stack trace reach the clerk. */
export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgs(argv);
  const log = new ConsoleLog();
  const logFile = logFromArgs(argv);
  if (logFile) {
    try {
      log.open(logFile);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      io.err(TEXT[lang].logFailed(logFile, err.code ?? err.message));
      return 2;
    }
  }
  const shown: Io = {
    ...io,
    out: (line) => {
      io.out(line);
      log.line(line);
    },
    err: (line) => {
      io.err(line);
      log.line(line);
    },
  };
  try {
    return await run(argv, shown, lang, log);
  } finally {
    log.close();
  }
}

async function run(argv: string[], io: Io, lang: Lang, log: ConsoleLog): Promise<number> {
  const t = TEXT[lang];
  let code = 0;
  const program = buildProgram(lang, io, (c) => (code = c), log);
  const badPath = pathProblem(argv);
  if (badPath) {
    io.err(pathProblemMessage(badPath, lang));
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError || e instanceof MergeUsageError || e instanceof FormsUsageError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof DepartmentFileError) {
      for (const p of e.problems) io.err(p);
      return 2;
    }
    if (e instanceof OutputLockedError) {
      io.err(lockedMessage(e, lang));
      return 1;
    }
    io.err(t.unexpected(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}
