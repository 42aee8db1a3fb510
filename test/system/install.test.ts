// A bare machine's `npm ci`: nothing compiled, nothing fetched from outside the npm registry. The
// Microsoft 365 Agents Toolkit (a peer of office-addin-dev-settings, used only through `npx` to sideload
// JSON manifests and Outlook add-ins) brought keytar, which compiles against libsecret: `.npmrc` keeps
// npm from installing peers on its own, and every peer the tools really use is a direct dependency.
// fs-extra is one of ours too: @microsoft/app-manifest (under office-addin-manifest) requires it without
// declaring it, and only found it because the toolkit's copy was hoisted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    {
      version?: string;
      resolved?: string;
      hasInstallScript?: boolean;
      optional?: boolean;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    }
  >;
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};
const entries = Object.entries(lock.packages).filter(([k]) => k !== '');
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** How Node finds `name` from the package at `key`: its own node_modules, then each parent's. */
function resolves(key: string, name: string): boolean {
  let base = key;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

test('npm installs no peer dependency on its own', () => {
  const npmrc = readFileSync(path.join(root, '.npmrc'), 'utf8');
  expect(npmrc).toMatch(/^legacy-peer-deps=true$/m);
});

test('no native module to build: keytar and the Microsoft 365 toolkit are not in the lockfile', () => {
  const names = entries.map(([k]) => nameOf(k));
  expect(names).not.toContain('keytar');
  expect(names).not.toContain('@microsoft/m365agentstoolkit-cli');
  expect(names).not.toContain('@azure/msal-node-extensions');
});

test('the only packages with install scripts are the two whose scripts are not needed, and both are denied', () => {
  const withScripts = entries
    .filter(([, v]) => v.hasInstallScript)
    .map(([k]) => nameOf(k))
    .sort();
  // esbuild checks its platform binary, which comes as an optional dependency; @parcel/watcher builds
  // from source only when npm_config_build_from_source is set (its prebuilt binary is a dependency too).
  expect(withScripts).toEqual(['@parcel/watcher', 'esbuild']);
  for (const name of withScripts) expect(pkg.allowScripts?.[name]).toBe(false);
});

test('every package comes from the npm registry', () => {
  const elsewhere = entries.filter(([, v]) => v.resolved && !v.resolved.startsWith('https://registry.npmjs.org/'));
  expect(elsewhere).toEqual([]);
});

test('every required peer is in the tree, but for the toolkit the add-in tools never load', () => {
  const unmet: string[] = [];
  for (const [key, v] of entries) {
    for (const peer of Object.keys(v.peerDependencies ?? {})) {
      if (v.peerDependenciesMeta?.[peer]?.optional) continue;
      if (!resolves(key, peer)) unmet.push(`${nameOf(key)} → ${peer}`);
    }
  }
  expect(unmet).toEqual(['office-addin-dev-settings → @microsoft/m365agentstoolkit-cli']);
});

test('the add-in tools still start without the toolkit (sideloading an XML manifest never loads it)', () => {
  for (const tool of [
    'office-addin-debugging',
    'office-addin-dev-settings',
    'office-addin-manifest',
    'office-addin-dev-certs',
  ]) {
    const cli = path.join(root, 'node_modules', tool, 'lib', 'cli.js');
    const r = spawnSync(process.execPath, [cli, '--help'], {
      encoding: 'utf8',
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
    });
    expect({ tool, status: r.status, stderr: r.stderr }).toEqual({ tool, status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: /);
  }
});
