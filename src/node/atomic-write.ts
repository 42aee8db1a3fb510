// Writing an output so that a crash or Ctrl-C never leaves a half file: write beside it, then rename.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export class OutputLockedError extends Error {
  constructor(readonly target: string, readonly keptAs: string | null) {
    super(`output locked: ${target}`);
  }
}

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** Write atomically. When the target is held open (Excel on Windows locks it), keep the new result
 *  under another name and throw OutputLockedError naming both. */
export async function writeFileAtomic(target: string, data: string | Buffer): Promise<void> {
  const tmp = tempName(target);
  await fs.writeFile(tmp, data);
  await moveIntoPlace(tmp, target);
}

export async function moveIntoPlace(tmp: string, target: string): Promise<void> {
  try {
    await fs.rename(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      const ext = path.extname(target);
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
      const alt = path.join(path.dirname(target), `${path.basename(target, ext)} (mới ${stamp})${ext}`);
      try {
        await fs.rename(tmp, alt);
        throw new OutputLockedError(target, alt);
      } catch (e2) {
        if (e2 instanceof OutputLockedError) throw e2;
        await fs.rm(tmp, { force: true });
        throw new OutputLockedError(target, null);
      }
    }
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
