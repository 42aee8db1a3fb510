// Writing an output so that a crash or Ctrl-C never leaves a half file: write beside it, then rename.
// On Windows a file that another program holds open cannot be replaced: Excel keeps its workbooks
// locked, and Defender or OneDrive hold a new file for a moment after it appears.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../core/model';
import { section } from '../core/catalogue';

/** Who holds the target: Excel (its `~$name` lock file lies beside it) or another program. */
export type Holder = 'excel' | 'other';

export class OutputLockedError extends Error {
  constructor(
    readonly target: string,
    /** Where the new result is kept instead (null: nothing could be kept). */
    readonly keptAs: string | null,
    readonly holder: Holder = 'other',
  ) {
    super(`output locked: ${target}`);
  }
}

/** The file system and clock moveIntoPlace uses: real ones, or a test's. */
export interface MoveDeps {
  rename(from: string, to: string): Promise<void>;
  rm(file: string): Promise<void>;
  exists(file: string): boolean;
  sleep(ms: number): Promise<void>;
  now(): Date;
}

const realDeps: MoveDeps = {
  rename: (a, b) => fs.rename(a, b),
  rm: (f) => fs.rm(f, { force: true }),
  exists: existsSync,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => new Date(),
};

/** How long a brief hold (Defender, OneDrive) is waited out before the target counts as locked. */
export const LOCK_RETRY = { totalMs: 2000, everyMs: 200 };

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

const isLock = (e: unknown) => ['EBUSY', 'EPERM', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '');

/** "20230630-091500" in the clerk's own time: the name of the copy kept beside a locked target. */
export function localStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Whether Excel holds the file: it keeps `~$<name>` beside every workbook it has open. */
export function excelHolds(target: string, exists: (f: string) => boolean = existsSync): boolean {
  return exists(path.join(path.dirname(target), `~$${path.basename(target)}`));
}

/** Write atomically. When the target is held open, keep the new result under another name and
 *  throw OutputLockedError naming both. */
export async function writeFileAtomic(target: string, data: string | Buffer): Promise<void> {
  const tmp = tempName(target);
  await fs.writeFile(tmp, data);
  await moveIntoPlace(tmp, target);
}

export async function moveIntoPlace(tmp: string, target: string, deps: MoveDeps = realDeps): Promise<void> {
  let waited = 0;
  for (;;) {
    try {
      await deps.rename(tmp, target);
      return;
    } catch (e) {
      if (!isLock(e)) {
        await deps.rm(tmp);
        throw e;
      }
      if (waited >= LOCK_RETRY.totalMs) break;
      await deps.sleep(LOCK_RETRY.everyMs);
      waited += LOCK_RETRY.everyMs;
    }
  }
  const holder: Holder = excelHolds(target, deps.exists) ? 'excel' : 'other';
  const ext = path.extname(target);
  const alt = path.join(path.dirname(target), `${path.basename(target, ext)} (mới ${localStamp(deps.now())})${ext}`);
  try {
    await deps.rename(tmp, alt);
    throw new OutputLockedError(target, alt, holder);
  } catch (e) {
    if (e instanceof OutputLockedError) throw e;
    // The finished result is never thrown away: it stays in the temporary file, and the clerk is told where.
    throw new OutputLockedError(target, tmp, holder);
  }
}

const LOCKED = section('outputLocked');

/** The one sentence for a locked output, in the clerk's language. */
export function lockedMessage(e: OutputLockedError, lang: Lang): string {
  const t = LOCKED[lang];
  return `${t[e.holder](e.target)} ${e.keptAs ? t.kept(e.keptAs) : t.none}`;
}
