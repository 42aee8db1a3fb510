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
import { section } from '../core/catalogue';

/** Ctrl-C; Ctrl+Break (Windows); the console window closed (Windows too: then ten seconds are left). */
const STOP_SIGNALS = ['SIGINT', 'SIGBREAK', 'SIGHUP'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];
/** Exit status of a run stopped by one of them, whichever. */
export const INTERRUPTED = 130;

const TEXT = section('cli');

/** Commander's own error lines, said in the clerk's language. */
export function translateCommanderError(line: string, lang: Lang): string {
  const say = TEXT[lang].commander;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: missing required argument '([^']+)'/, say.missingArgument],
    [/^error: required option '([^']+)' not specified/, say.missingOption],
    [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, say.badChoice],
    [/^error: option '([^']+)' argument missing/, say.missingValue],
    [/^error: unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, say.unknownOption],
    [/^error: too many arguments(?: for '([^']+)')?/, say.tooManyArguments],
    [/^error: unknown command '([^']+)'/, say.unknownCommand],
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
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
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

export function buildProgram(
  lang: Lang,
  io: Io,
  setCode: (c: number) => void,
  log: ConsoleLog = new ConsoleLog(),
): Command {
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
      styleTitle: (s: string) => TEXT[lang].helpTitles[s] ?? s,
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
  const guarded = async (
    progress: Progress | undefined,
    run: (onWriting: (targets: string[]) => void) => Promise<{ code: number }>,
  ): Promise<void> => {
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
        return runValidate(
          workbooks,
          { asOf: opts.asOf ?? todayIso(), department, lang, report: opts.report, marks },
          io.out,
        );
      });
    });

  program
    .command('merge')
    .description(t.merge)
    .helpOption('-h, --help', t.help)
    .usage(t.mergeUsage)
    .argument(t.folderArgument, t.folder)
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
    .action(
      async (
        folder: string,
        opts: {
          config: string;
          asOf?: string;
          out?: string;
          report?: string;
          previous?: string;
          feedback?: string;
          docx?: string;
        },
      ) => {
        const department = await loadDepartment(opts.config, lang);
        const asOf = opts.asOf ?? todayIso();
        const progress = readingProgress();
        await guarded(progress, (onWriting) =>
          runMerge(
            {
              folder,
              department,
              asOf,
              lang,
              out: opts.out ?? defaultOutName(asOf),
              report: opts.report,
              previous: opts.previous,
              feedback: opts.feedback,
              docx: opts.docx,
              progress,
              marks,
              onWriting,
            },
            io.out,
            io.err,
          ),
        );
      },
    );

  program
    .command('forms')
    .description(t.forms)
    .helpOption('-h, --help', t.help)
    .usage(t.formsUsage)
    .argument(t.folderArgument, t.folder)
    .requiredOption('--config <department.json>', t.mergeConfig)
    .requiredOption('--out <dir>', t.formsOut)
    .addOption(asOfOption())
    .addOption(logOption())
    .addOption(langOption())
    .addHelpText('after', t.formsAfter)
    .action(async (folder: string, opts: { config: string; out: string; asOf?: string }) => {
      const department = await loadDepartment(opts.config, lang);
      const progress = readingProgress();
      await guarded(progress, (onWriting) =>
        runForms(
          { folder, department, out: opts.out, asOf: opts.asOf ?? todayIso(), lang, progress, marks, onWriting },
          io.out,
          io.err,
        ),
      );
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
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
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
