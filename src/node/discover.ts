// Finding the unit workbooks in a folder and its subfolders, and saying why every other file is
// passed over. Hidden means a dot-name (and the few system names below): reading Windows' hidden
// attribute would take a child process per file, so a file hidden only by that attribute (rare in
// a folder of mailed attachments; Office's own lock files are also named `~$…`) is read like any other.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { foldText } from '../core/text';
import { type Machine, cloudOnlyLink, thisMachine } from './cloud-files';

export type SkipReason =
  | 'lock-file'
  | 'system-file'
  | 'hidden'
  | 'not-spreadsheet'
  | 'camket-output'
  | 'no-access'
  | 'broken-link'
  | 'cloud-only';

export interface FoundFile {
  /** Absolute path, as the file system spells it (NFD on macOS). */
  abs: string;
  /** Path relative to the folder read, with forward slashes, NFC: how it is shown and reported. */
  rel: string;
  /** 'read': a workbook to read; 'unsupported': a spreadsheet in a format camket cannot read; 'skipped'. */
  kind: 'read' | 'unsupported' | 'skipped';
  /** For 'unsupported': the format, e.g. '.ods'. */
  format?: string;
  reason?: SkipReason;
  /** A workbook OneDrive keeps only online and cannot bring down now: failed as not downloaded. */
  cloudOnly?: true;
}

/** What discover needs of a directory entry (a test's stand-in, or fs.Dirent). */
export type DirentLike = { name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean };

export interface DiscoverFs {
  realpath(p: string): Promise<string>;
  readdir(dir: string): Promise<DirentLike[]>;
  stat(p: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
}

const realFs: DiscoverFs = {
  realpath: (p) => fs.realpath(p),
  readdir: (dir) => fs.readdir(dir, { withFileTypes: true }),
  stat: (p) => fs.stat(p),
};

export interface DiscoverOptions {
  /** Absolute paths never read as unit workbooks (the outputs and the previous summary). */
  exclude?: string[];
  /** The machine's system and environment (default: this one's), for OneDrive's placeholders. */
  platform?: NodeJS.Platform;
  env?: Machine['env'];
  fs?: DiscoverFs;
}

/** Read as Office Open XML workbooks. */
const READ = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);
/** `.xls` goes to the reader too: it tells an old binary workbook from an .xlsx or a web page saved
 *  under that name. The others are spreadsheets camket cannot read: the clerk is told to save as .xlsx. */
const UNSUPPORTED = new Set([
  '.xls',
  '.xlt',
  '.xlsb',
  '.xlw',
  '.ods',
  '.ots',
  '.fods',
  '.csv',
  '.tsv',
  '.numbers',
  '.et',
  '.ett',
  '.wk1',
  '.wk3',
  '.wk4',
  '.wks',
  '.123',
  '.dbf',
]);
const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'ehthumbs_vista.db', 'desktop.ini', 'icon\r']);
const SYSTEM_FOLDERS = new Set(['$recycle.bin', 'system volume information', '__macosx']);
/** A summary camket wrote (tong-hop-2023-06.xlsx, or the copy kept beside a locked one). */
const SUMMARY_NAME = /^tong-hop-\d{4}-\d{2}\b/i;
/** A feedback workbook camket wrote (--feedback), should its folder lie inside the one read. */
const FEEDBACK_NAME = /^phan-hoi-/i;

export function classifyName(name: string): Pick<FoundFile, 'kind' | 'format' | 'reason'> {
  const lower = name.toLowerCase();
  if (name.startsWith('~$')) return { kind: 'skipped', reason: 'lock-file' };
  if (SYSTEM_FILES.has(lower) || /^~wrl\d+\.tmp$/.test(lower)) return { kind: 'skipped', reason: 'system-file' };
  if (name.startsWith('.')) return { kind: 'skipped', reason: 'hidden' };
  const ext = path.extname(lower);
  if (READ.has(ext))
    return SUMMARY_NAME.test(name) || FEEDBACK_NAME.test(name)
      ? { kind: 'skipped', reason: 'camket-output' }
      : { kind: 'read' };
  if (ext === '.xls') return { kind: 'read' };
  if (UNSUPPORTED.has(ext)) return { kind: 'unsupported', format: ext };
  return { kind: 'skipped', reason: 'not-spreadsheet' };
}

/** Outputs are matched as Windows and macOS match names: without case, NFC or NFD alike. */
const outputKey = (p: string) => p.normalize('NFC').toLowerCase();

function toRel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/').normalize('NFC');
}

/** Folded for a reader's order (no case or diacritics), the exact text breaking ties. */
export function comparePaths(a: string, b: string): number {
  const fa = foldText(a);
  const fb = foldText(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every file under root, classified, sorted by path. Symbolic links are followed, but a folder
 *  already visited (by its real path) is not entered again, so a link loop ends. */
export async function discover(root: string, options: DiscoverOptions = {}): Promise<FoundFile[]> {
  const io = options.fs ?? realFs;
  const here = thisMachine();
  const machine: Machine = { platform: options.platform ?? here.platform, env: options.env ?? here.env };
  const exclude = new Set<string>();
  for (const p of options.exclude ?? []) {
    exclude.add(outputKey(path.resolve(p)));
    try {
      exclude.add(outputKey(await io.realpath(p)));
    } catch {
      // not there yet: its resolved path is enough
    }
  }
  const excludedNames = new Set([...exclude].map((p) => path.basename(p)));
  const found: FoundFile[] = [];
  const visited = new Set<string>();
  const skip = (abs: string, reason: SkipReason, folder = false) =>
    found.push({ abs, rel: toRel(root, abs) + (folder ? '/' : ''), kind: 'skipped', reason });

  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await io.realpath(dir);
    } catch {
      skip(dir, 'no-access', true);
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: DirentLike[];
    try {
      entries = await io.readdir(dir);
    } catch {
      skip(dir, 'no-access', true);
      return;
    }
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await io.stat(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (e) {
          const c = classifyName(entry.name.normalize('NFC'));
          if (!cloudOnlyLink(abs, e, c.kind !== 'skipped', machine)) skip(abs, 'broken-link');
          else if (c.kind !== 'skipped') found.push({ abs, rel: toRel(root, abs), ...c, cloudOnly: true });
          // No extension: most likely a folder of workbooks that OneDrive has not brought down.
          else if (c.reason === 'not-spreadsheet' && !path.extname(entry.name)) skip(abs, 'cloud-only');
          else skip(abs, c.reason!);
          continue;
        }
      }
      if (isDir) {
        const lower = entry.name.toLowerCase();
        if (entry.name.startsWith('.')) skip(abs, 'hidden', true);
        else if (SYSTEM_FOLDERS.has(lower)) skip(abs, 'system-file', true);
        else await walk(abs);
        continue;
      }
      if (!isFile) continue; // sockets, devices: nothing a clerk put there
      if (
        excludedNames.has(outputKey(entry.name)) &&
        (exclude.has(outputKey(abs)) || exclude.has(outputKey(await io.realpath(abs).catch(() => abs))))
      ) {
        skip(abs, 'camket-output');
        continue;
      }
      found.push({ abs, rel: toRel(root, abs), ...classifyName(entry.name.normalize('NFC')) });
    }
  }

  await walk(path.resolve(root));
  return found.sort((a, b) => comparePaths(a.rel, b.rel));
}
