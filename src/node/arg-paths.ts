// Paths as Windows hands them over: a path with spaces typed without quotes arrives in pieces
// (`D:\Cam`, `ket\Thang`, `6`), and a quoted path ending in `\` swallows the rest of the line
// (cmd.exe's and the C runtime's rule: `\"` is a literal quote), so `"D:\Cam ket\" --config so.json`
// arrives as one argument `D:\Cam ket" --config so.json`. Both are told plainly, before commander
// would say "too many arguments" or "--config is missing".
import { existsSync } from 'node:fs';
import type { Lang } from '../core/model';
import { section } from '../core/catalogue';

/** Options that take a value (the value is no path argument of the command). */
const VALUED = new Set([
  '--config',
  '--as-of',
  '--out',
  '--report',
  '--previous',
  '--lang',
  '--feedback',
  '--docx',
  '--log',
]);

export type PathProblem = { kind: 'split'; joined: string } | { kind: 'final-backslash'; argument: string };

/** What went wrong with the command's path arguments, or null. */
export function pathProblem(argv: string[], exists: (p: string) => boolean = existsSync): PathProblem | null {
  const [command, ...rest] = argv;
  if (command !== 'merge' && command !== 'validate') return null;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (VALUED.has(a)) i++;
    else if (!a.startsWith('-')) positional.push(a);
  }
  for (const a of [...rest]) if (a.includes('"')) return { kind: 'final-backslash', argument: a };
  // The longest run of pieces that together name something that exists, where the pieces alone do not.
  for (let i = 0; i < positional.length; i++) {
    if (exists(positional[i])) continue;
    for (let j = positional.length; j > i + 1; j--) {
      const joined = positional.slice(i, j).join(' ');
      if (exists(joined)) return { kind: 'split', joined };
    }
  }
  if (command === 'merge' && positional.length > 1) return { kind: 'split', joined: positional.join(' ') };
  return null;
}

const TEXT = section('argPaths');

export function pathProblemMessage(p: PathProblem, lang: Lang): string {
  return p.kind === 'split' ? TEXT[lang].split(p.joined) : TEXT[lang].backslash(p.argument);
}
