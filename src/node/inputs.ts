// The workbooks named on the command line. Windows' cmd.exe and PowerShell pass `*.xlsx` through
// unexpanded, so camket expands patterns itself; a folder stands for the workbooks inside it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { matchesPattern } from '../core/units';
import { comparePaths, discover } from './discover';

const PATTERN = /[*?]/;

export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    const stat = await fs.stat(abs).catch(() => null);
    if (stat?.isDirectory()) {
      const found = await discover(abs);
      out.push(...found.filter((f) => f.kind !== 'skipped').map((f) => f.abs));
    } else if (!stat && PATTERN.test(path.basename(arg))) {
      const dir = path.dirname(abs);
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      const matched = names.filter((n) => !n.startsWith('~$') && matchesPattern(n, path.basename(arg))).sort(comparePaths);
      // A pattern that matches nothing is kept, so the clerk is told "file not found" for it.
      out.push(...(matched.length ? matched.map((n) => path.join(dir, n)) : [abs]));
    } else out.push(abs);
  }
  return [...new Set(out)];
}
