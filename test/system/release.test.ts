// The clerk's install (README, "Cài đặt cho văn thư"): the developer's `npm pack`, installed with
// `npm install -g` into an empty prefix — Node, the tarball and its runtime dependencies, nothing of the
// repository — then `camket --version` and the monthly merge (May, then June with --previous) on the
// example department as shipped in the installed package, copied to a folder with spaces and Vietnamese
// letters in its name.
//
// `npm pack` runs in a copy of the checkout (its node_modules linked, its lib/ absent): prepack clears
// lib/ and prepare rebuilds it, which must not happen under the other tests that run the repository's
// own bin/camket.js at the same time. The registry must be reachable (npm fetches the dependencies).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';

const repo = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
};
const win = process.platform === 'win32';

/** Everything the checkout holds but a fresh clone does not (the .gitignore'd outputs, .git). */
const NOT_IN_A_CLONE = new Set(['.git', 'node_modules', 'lib', 'dist', 'coverage', 'test-artifacts', '.bench', 'out']);

/** npm's own CLI script, run with this Node: no shell, no .cmd/.ps1 shim. */
function npmCli(): string {
  const candidates = [
    process.env.npm_execpath ?? '',
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const found = candidates.find((c) => /npm-cli\.js$/.test(c) && existsSync(c));
  if (!found) throw new Error(`npm-cli.js not found next to ${process.execPath}`);
  return found;
}

/** The environment without what `npm test` exports about this repository (its prefix, package, script). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^npm_(package_|lifecycle_|command$)/i.test(key) ||
      /^npm_config_(local_prefix|prefix|global_prefix|global|legacy_peer_deps)$/i.test(key) ||
      key === 'INIT_CWD'
    ) {
      delete env[key];
    }
  }
  // The installed command's `#!/usr/bin/env node` (and camket.cmd) must find this Node.
  const PATH = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  env[PATH] = [path.dirname(process.execPath), env[PATH]].filter(Boolean).join(path.delimiter);
  return env;
}

const show = (r: SpawnSyncReturns<string>) =>
  `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** A .tgz's entries (names without npm's `package/` prefix) with their contents. */
function tarEntries(tgz: string): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(tgz));
  const entries = new Map<string, Buffer>();
  let paxPath: string | null = null;
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, to: number) =>
      header
        .subarray(from, to)
        .toString('utf8')
        .replace(/\0[\s\S]*$/, '');
    const size = parseInt(field(124, 136).trim() || '0', 8);
    const type = field(156, 157);
    const body = tar.subarray(at + 512, at + 512 + size);
    if (type === 'x') {
      paxPath = /^\d+ path=(.*)$/m.exec(body.toString('utf8'))?.[1] ?? null;
    } else if (type === '0' || type === '') {
      const prefix = field(345, 500);
      const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
      entries.set(name.replace(/^package\//, ''), Buffer.from(body));
      paxPath = null;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

let tmp: string;
let tgz: string;
let entries: Map<string, Buffer>;
let prefix: string;
let camket: string;
let installed: string;
const timings: Record<string, number> = {};

function timed<T>(name: string, run: () => T): T {
  const start = Date.now();
  try {
    return run();
  } finally {
    timings[name] = Date.now() - start;
  }
}

/** The installed `camket` with these arguments, as a clerk's shell starts it. */
function runCamket(args: string[], cwd: string): SpawnSyncReturns<string> {
  const options = { cwd, encoding: 'utf8' as const, env: cleanEnv(), timeout: 120_000 };
  // camket.cmd needs cmd.exe; every argument quoted, as a clerk types paths with spaces.
  return win
    ? spawnSync(
        `"${camket}"`,
        args.map((a) => `"${a}"`),
        { ...options, shell: true },
      )
    : spawnSync(camket, args, options);
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'camket release '));
  const checkout = path.join(tmp, 'checkout');
  cpSync(repo, checkout, {
    recursive: true,
    filter: (src) => !NOT_IN_A_CLONE.has(path.relative(repo, src).split(path.sep)[0]),
  });
  symlinkSync(path.join(repo, 'node_modules'), path.join(checkout, 'node_modules'), 'junction');

  const dest = path.join(tmp, 'release');
  mkdirSync(dest);
  const pack = timed('pack', () =>
    spawnSync(process.execPath, [npmCli(), 'pack', '--pack-destination', dest], {
      cwd: checkout,
      encoding: 'utf8',
      env: cleanEnv(),
    }),
  );
  if (pack.status !== 0) throw new Error(`npm pack failed: ${show(pack)}`);
  const made = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  expect(made).toEqual([`${pkg.name}-${pkg.version}.tgz`]);
  tgz = path.join(dest, made[0]);
  entries = tarEntries(tgz);

  prefix = path.join(tmp, 'prefix');
  mkdirSync(prefix);
  const install = timed('install', () =>
    spawnSync(process.execPath, [npmCli(), 'install', '--global', '--prefix', prefix, tgz, '--no-audit', '--no-fund'], {
      cwd: tmp,
      encoding: 'utf8',
      env: cleanEnv(),
    }),
  );
  if (install.status !== 0) throw new Error(`npm install -g failed: ${show(install)}`);
  camket = win ? path.join(prefix, 'camket.cmd') : path.join(prefix, 'bin', 'camket');
  installed = win ? path.join(prefix, 'node_modules', 'camket') : path.join(prefix, 'lib', 'node_modules', 'camket');
}, 240_000);

afterAll(() => {
  process.stdout.write(
    `release: ${tgz ? `${path.basename(tgz)} ${(statSync(tgz).size / 1024).toFixed(1)} kB, ${entries.size} files; ` : ''}` +
      Object.entries(timings)
        .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
        .join(', ') +
      '\n',
  );
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('holds the compiled command, bin/, README, LICENSE, the examples and the schema', () => {
    const names = [...entries.keys()];
    for (const name of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/camket.js',
      'lib/scripts/camket.js',
      'lib/src/node/cli.js',
      'lib/src/core/check.js',
      'examples/department.json',
      'examples/expected.json',
      'schema/department.schema.json',
    ]) {
      expect({ name, packed: names.includes(name) }).toEqual({ name, packed: true });
    }
    expect(names.filter((n) => n.startsWith('examples/units/') && n.endsWith('.xlsx'))).toHaveLength(13);
  });

  test('holds no source, tests, node_modules, example generator, benchmark or add-in', () => {
    const names = [...entries.keys()];
    const unwanted = names.filter(
      (n) =>
        /\.tsx?$/.test(n) ||
        /(^|\/)node_modules\//.test(n) ||
        /^(src|test|scripts|dist|lib\/test|lib\/src\/addin)\//.test(n) ||
        (n.startsWith('lib/scripts/') && n !== 'lib/scripts/camket.js') ||
        /^lib\/scripts\/make-examples/.test(n) ||
        /\.map$/.test(n),
    );
    expect(unwanted).toEqual([]);
  });

  test('every require in lib/ is Node, a runtime dependency, or a file in the tarball', () => {
    const builtins = new Set(builtinModules);
    const unmet: string[] = [];
    for (const [name, body] of entries) {
      if (!/^lib\/.*\.js$/.test(name) && name !== 'bin/camket.js') continue;
      for (const m of body.toString('utf8').matchAll(/\brequire\((['"])([^'"]+)\1\)/g)) {
        const spec = m[2];
        if (spec.startsWith('.')) {
          const target = path.posix.join(path.posix.dirname(name), spec);
          if (![target, `${target}.js`, `${target}/index.js`].some((t) => entries.has(t)))
            unmet.push(`${name} → ${spec}`);
        } else if (!spec.startsWith('node:') && !builtins.has(spec.split('/')[0])) {
          const dep = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!(dep in pkg.dependencies)) unmet.push(`${name} → ${spec}`);
        }
      }
    }
    expect(unmet).toEqual([]);
  });

  test('every runtime dependency is required by lib/', () => {
    const required = new Set<string>();
    for (const [name, body] of entries) {
      if (!/^lib\/.*\.js$/.test(name)) continue;
      for (const m of body.toString('utf8').matchAll(/\brequire\((['"])([^.'"][^'"]*)\1\)/g)) {
        required.add(m[2].startsWith('@') ? m[2].split('/').slice(0, 2).join('/') : m[2].split('/')[0]);
      }
    }
    expect(Object.keys(pkg.dependencies).filter((d) => !required.has(d))).toEqual([]);
  });
});

describe('installed with npm install -g into an empty prefix', () => {
  test('`camket --version` prints the version', () => {
    const r = runCamket(['--version'], tmp);
    expect({ status: r.status, stdout: r.stdout.trim(), ...(r.status !== 0 && { stderr: r.stderr }) }).toEqual({
      status: 0,
      stdout: pkg.version,
    });
  });

  test('the monthly merge on the shipped examples: May, then June with --previous; summaries and reports with the expected totals', () => {
    // A clerk's folder: spaces and Vietnamese letters, outside the install.
    const work = path.join(tmp, 'Cam kết 2023');
    cpSync(path.join(installed, 'examples'), work, { recursive: true });
    const months = [
      {
        folder: 'previous-month',
        asOf: '2023-05-31',
        name: 'tong-hop-2023-05',
        expected: 'expected-previous.json',
        previous: null,
      },
      {
        folder: 'units',
        asOf: '2023-06-30',
        name: 'tong-hop-2023-06',
        expected: 'expected.json',
        previous: 'tong-hop-2023-05',
      },
    ];
    for (const month of months) {
      const out = path.join(work, `${month.name}.xlsx`);
      const reportFile = path.join(work, `${month.name}.json`);
      const args = [
        'merge',
        path.join(work, month.folder),
        '--config',
        path.join(work, 'department.json'),
        '--as-of',
        month.asOf,
        '--out',
        out,
        '--report',
        reportFile,
      ];
      const r = runCamket(
        month.previous ? [...args, '--previous', path.join(work, `${month.previous}.xlsx`)] : args,
        work,
      );
      // 1: merged, and the example data holds errors on purpose. A crash exits with 1 too, hence no
      // stack trace, and the summary and the report must be there.
      expect({ month: month.name, status: r.status, trace: /^\s+at /m.test(r.stderr) && r.stderr }).toEqual({
        month: month.name,
        status: 1,
        trace: false,
      });
      expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      const expected = JSON.parse(readFileSync(path.join(work, month.expected), 'utf8'));
      const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);
      const groups = (
        g: Record<
          string,
          {
            registered: number;
            found: number;
            byStatus: Record<string, number>;
            due: number;
            onTimeRate: number | null;
          }
        >,
      ) =>
        Object.fromEntries(
          Object.entries(g).map(([k, v]) => [
            k,
            {
              registered: v.registered,
              found: v.found,
              byStatus: v.byStatus,
              due: v.due,
              onTimeRate: round(v.onTimeRate),
            },
          ]),
        );
      const t = report.totals;
      expect({
        asOf: report.asOf,
        commitments: t.commitments,
        registered: t.registered,
        byStatus: t.byStatus,
        due: t.due,
        onTimeRate: round(t.onTimeRate),
      }).toEqual({
        asOf: expected.asOf,
        commitments: expected.totals.commitments,
        registered: expected.totals.registered,
        byStatus: expected.totals.byStatus,
        due: expected.totals.due,
        onTimeRate: expected.totals.onTimeRate,
      });
      expect(groups(t.byBlock)).toEqual(expected.totals.byBlock);
      expect(groups(t.byUnit)).toEqual(expected.totals.byUnit);
    }
  });
});
