// The `camket` command line. Help and messages in Vietnamese, English with --lang en.
import { Command, CommanderError, Option } from 'commander';
import type { Department } from '../core/department';
import type { Lang } from '../core/model';
import { DepartmentFileError, loadDepartment } from './department-file';
import { OutputLockedError } from './atomic-write';
import { runValidate } from './validate';

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
    locked: (t: string, alt: string | null) =>
      alt ? `Tệp ${t} đang mở (có thể trong Excel) nên không ghi đè được. Kết quả mới được lưu thành: ${alt}` : `Tệp ${t} đang mở (có thể trong Excel) nên không ghi được. Hãy đóng tệp rồi chạy lại.`,
    unexpected: (m: string) => `Lỗi ngoài dự kiến: ${m}. Hãy gửi thông báo này cho bộ phận kỹ thuật.`,
    help: 'hiện hướng dẫn',
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
    locked: (t: string, alt: string | null) =>
      alt ? `${t} is open (perhaps in Excel) and cannot be overwritten. The new result was saved as: ${alt}` : `${t} is open (perhaps in Excel) and cannot be written. Close it and run again.`,
    unexpected: (m: string) => `Unexpected error: ${m}. Please send this message to the maintainers.`,
    help: 'show help',
  },
};

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
}

async function departmentFrom(file: string | undefined, lang: Lang): Promise<Department | null> {
  return file ? loadDepartment(file, lang) : null;
}

export function buildProgram(lang: Lang, io: Io, setCode: (c: number) => void): Command {
  const t = TEXT[lang];
  const program = new Command('camket')
    .description(t.description)
    .helpOption('-h, --help', t.help)
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });
  const langOption = () => new Option('--lang <lang>', t.lang).choices(['vi', 'en']).default('vi');
  const asOfOption = () =>
    new Option('--as-of <date>', t.asOf).argParser((v: string) => {
      if (!checkIsoDate(v)) throw new UsageError(t.badDate(v));
      return v;
    });

  program
    .command('validate')
    .description(t.validate)
    .helpOption('-h, --help', t.help)
    .argument('<workbooks...>', t.workbooks)
    .option('--config <department.json>', t.config)
    .addOption(asOfOption())
    .option('--report <file.json>', t.report)
    .addOption(langOption())
    .action(async (workbooks: string[], opts: { config?: string; asOf?: string; report?: string }) => {
      const department = await departmentFrom(opts.config, lang);
      const { code } = await runValidate(workbooks, { asOf: opts.asOf ?? todayIso(), department, lang, report: opts.report }, io.out);
      setCode(code);
    });
  return program;
}

/** Runs the command line; returns the exit status. Never lets a stack trace reach the clerk. */
export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgs(argv);
  const t = TEXT[lang];
  let code = 0;
  const program = buildProgram(lang, io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof DepartmentFileError) {
      for (const p of e.problems) io.err(p);
      return 2;
    }
    if (e instanceof OutputLockedError) {
      io.err(t.locked(e.target, e.keptAs));
      return 1;
    }
    io.err(t.unexpected(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}
