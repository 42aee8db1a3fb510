// OneDrive's Files On-Demand on Windows: a file kept only online is a placeholder, a reparse point
// that Node's readdir reports as a symbolic link. With OneDrive stopped or the machine offline, its
// stat or its read fails: libuv leaves ERROR_CLOUD_FILE_* unmapped (code UNKNOWN, errno -4094), and
// maps ERROR_CANT_ACCESS_FILE to EACCES, ERROR_INVALID_REPARSE_DATA to ENOENT, device errors to EIO.
// Such a file is "not downloaded" (advice: Always keep on this device), not a broken link or damaged.

/** The machine the files are on: the real one, or a test's. */
export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

export const thisMachine = (): Machine => ({ platform: process.platform, env: process.env });

/** Where OneDrive keeps its folders (personal, work or school). */
const ONEDRIVE_ENV = ['OneDrive', 'OneDriveCommercial', 'OneDriveConsumer'];

const comparable = (p: string) =>
  p
    .replace(/[\\/]+/g, '/')
    .replace(/\/$/, '')
    .toLowerCase();

/** Inside a folder OneDrive syncs: under one the environment names, or under `OneDrive…` (its
 *  folders are "OneDrive" and "OneDrive - <organisation>"). */
export function inOneDrive(abs: string, env: Machine['env']): boolean {
  const p = comparable(abs);
  for (const name of ONEDRIVE_ENV) {
    const root = env[name] ? comparable(env[name]!) : '';
    if (root && (p === root || p.startsWith(`${root}/`))) return true;
  }
  return p.split('/').some((segment) => segment.startsWith('onedrive'));
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code ?? '';

/** A link readdir listed whose stat failed: a placeholder kept online? In a OneDrive folder any of
 *  the codes above says so; elsewhere (a SharePoint library, another provider) only a workbook whose
 *  error is EIO or unmapped, which a link to a deleted file never gives. */
export function cloudOnlyLink(abs: string, error: unknown, spreadsheet: boolean, m: Machine): boolean {
  if (m.platform !== 'win32') return false;
  const code = errorCode(error);
  if (inOneDrive(abs, m.env)) return ['EIO', 'UNKNOWN', 'EACCES', 'ENOENT'].includes(code);
  return spreadsheet && (code === 'EIO' || code === 'UNKNOWN');
}

/** A workbook whose stat or read failed: kept online? `exists`: the entry itself is there (lstat),
 *  so ENOENT is a placeholder that cannot be followed rather than a name typed wrong. */
export function cloudOnlyRead(abs: string, error: unknown, exists: boolean, m: Machine): boolean {
  if (m.platform !== 'win32') return false;
  const code = errorCode(error);
  if (code === 'UNKNOWN') return true;
  return inOneDrive(abs, m.env) && (code === 'EIO' || code === 'EACCES' || (code === 'ENOENT' && exists));
}
