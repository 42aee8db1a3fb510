// The workbooks named on the command line. Windows' cmd.exe and PowerShell pass `*.xlsx` through
// unexpanded, so camket expands patterns itself, skipping what the merge skips in a folder (lock
// files, Mac `._` files, folders); a folder stands for the workbooks inside it. A file named twice
// is read once: by its real path, and without case where the file system ignores it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { matchesPattern } from '../core/units';
import { type Machine, thisMachine } from './cloud-files';
import { type DirentLike, type DiscoverFs, classifyName, comparePaths, discover } from './discover';

const PATTERN = /[*?]/;

/** The file system and machine expandInputs uses: the real ones, or a test's. */
export type InputsSystem = Machine & DiscoverFs;

const realSystem = (): InputsSystem => ({
  ...thisMachine(),
  realpath: (p) => fs.realpath(p),
  readdir: (dir) => fs.readdir(dir, { withFileTypes: true }),
  stat: (p) => fs.stat(p),
});

export async function expandInputs(args: string[], system: Partial<InputsSystem> = {}): Promise<string[]> {
  const sys: InputsSystem = { ...realSystem(), ...system };
  const out: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    const stat = await sys.stat(abs).catch(() => null);
    if (stat?.isDirectory()) {
      const found = await discover(abs, { platform: sys.platform, env: sys.env, fs: sys });
      out.push(...found.filter((f) => f.kind !== 'skipped').map((f) => f.abs));
    } else if (!stat && PATTERN.test(path.basename(arg))) {
      const dir = path.dirname(abs);
      const entries = await sys.readdir(dir).catch(() => [] as DirentLike[]);
      const matched: string[] = [];
      for (const e of entries) {
        const name = e.name.normalize('NFC');
        if (classifyName(name).kind === 'skipped' || !matchesPattern(name, path.basename(arg))) continue;
        // A link counts by what it points to; one that cannot be followed is left to the reader to explain.
        const isDir = e.isSymbolicLink()
          ? await sys.stat(path.join(dir, e.name)).then(
              (s) => s.isDirectory(),
              () => false,
            )
          : e.isDirectory();
        if (!isDir) matched.push(e.name);
      }
      matched.sort((a, b) => comparePaths(a.normalize('NFC'), b.normalize('NFC')));
      // A pattern that matches nothing is kept, so the clerk is told "file not found" for it.
      out.push(...(matched.length ? matched.map((n) => path.join(dir, n)) : [abs]));
    } else out.push(abs);
  }
  // Windows and macOS ignore case in names (and macOS the normalisation): `a.xlsx A.XLSX` is one file.
  const caseless = sys.platform === 'win32' || sys.platform === 'darwin';
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const p of out) {
    const real = (await sys.realpath(p).catch(() => p)).normalize('NFC');
    const key = caseless ? real.toLowerCase() : real;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  return unique;
}
