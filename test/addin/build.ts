// Builds dist/ once for the tests that need it (manifest, browser), when it is missing or older
// than its sources. A lock directory keeps two jest workers from building at the same time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const dist = path.join(repoRoot, 'dist');

const SOURCES = [
  'src/addin',
  'src/core',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'tsconfig.addin.json',
  'package.json',
];

function newest(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

function isFresh(): boolean {
  const out = ['taskpane.html', 'taskpane.js', 'legacy-guard.js', 'manifest.xml'].map((f) => path.join(dist, f));
  if (!out.every(existsSync)) return false;
  const built = Math.min(...out.map((f) => statSync(f).mtimeMs));
  return SOURCES.every((s) => !existsSync(path.join(repoRoot, s)) || newest(path.join(repoRoot, s)) <= built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function ensureBuild(): Promise<void> {
  const lock = path.join(
    tmpdir(),
    `camket-addin-build-${createHash('sha1').update(repoRoot).digest('hex').slice(0, 12)}.lock`,
  );
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 240_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'],
      {
        cwd: repoRoot,
        stdio: 'pipe',
        env: { ...process.env, CAMKET_ADDIN_URL: '' },
      },
    );
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
