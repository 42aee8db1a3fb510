// `npm run bench`: build, generate (or reuse) the corpus, then in separate processes the floor and
// the merge, and the example department through the real command, timed from outside.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ChildFigures } from './child';
import { LAYOUTS, makeCorpus } from './corpus';
import { zipBomb } from './hostile';

export interface BenchOptions {
  root: string;
  files: number;
  rowsPerFile: number;
  /** Runs of the example department (the median is reported). */
  exampleRuns: number;
  print: (line: string) => void;
}

interface Spawned {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

function run(cmd: string, args: string[], cwd: string): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err, ms: performance.now() - t0 }));
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');

async function figures(root: string, args: string[]): Promise<ChildFigures & { wallMs: number }> {
  const r = await run(
    process.execPath,
    [path.join(root, '.bench', 'build', 'test', 'bench', 'child.js'), ...args],
    root,
  );
  const line = r.out.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !line.startsWith('{'))
    throw new Error(`bench child failed (${args[0]}): ${r.err.trim() || r.out.trim()}`);
  return { ...(JSON.parse(line) as ChildFigures), wallMs: r.ms };
}

export async function runBench(o: BenchOptions): Promise<Record<string, unknown>> {
  const { root, print } = o;
  const benchDir = path.join(root, '.bench');
  const outDir = path.join(benchDir, 'out');
  await fs.mkdir(outDir, { recursive: true });

  // The command (bin/camket.js runs lib/) and the measuring child (.bench/build/) are compiled, so that
  // neither figure includes a TypeScript loader.
  for (const config of ['tsconfig.node.json', 'tsconfig.bench.json']) {
    print(`building (tsc -p ${config}) …`);
    const build = await run(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config],
      root,
    );
    if (build.code !== 0) throw new Error(`build failed:\n${build.out}${build.err}`);
  }

  const rows = o.files * o.rowsPerFile;
  const corpusDir = path.join(benchDir, `corpus-${o.files}x${o.rowsPerFile}`);
  print(
    `corpus: ${o.files} workbooks × ${o.rowsPerFile} rows = ${n(rows)} commitments, layouts ${LAYOUTS.join(', ')} → ${path.relative(root, corpusDir)}`,
  );
  const t0 = performance.now();
  let lastShown = 0;
  const corpus = await makeCorpus(corpusDir, { files: o.files, rowsPerFile: o.rowsPerFile }, (done) => {
    if (done - lastShown >= Math.max(1, Math.floor(o.files / 10))) {
      lastShown = done;
      print(`  generated ${done}/${o.files}`);
    }
  });
  const genMs = performance.now() - t0;
  let bytes = 0;
  for (const f of await fs.readdir(corpus.folder)) bytes += (await fs.stat(path.join(corpus.folder, f))).size;
  print(`  ${lastShown ? `generated in ${s(genMs)}` : 'reused'}; ${(bytes / 1048576).toFixed(1)} MB on disk`);

  print('floor: jszip unzip + XML tokenise of the same sheets …');
  const fl = await figures(root, ['floor', corpus.folder]);
  print('merge: read, check, roll up, write the summary and the JSON report …');
  const summary = path.join(outDir, `tong-hop-${o.files}x${o.rowsPerFile}.xlsx`);
  const report = path.join(outDir, `bao-cao-${o.files}x${o.rowsPerFile}.json`);
  const mg = await figures(root, ['merge', corpus.folder, corpus.config, summary, report]);
  if (mg.rows !== rows) throw new Error(`merge found ${mg.rows} commitments, the corpus holds ${rows}`);

  print(`example department: node bin/camket.js merge examples/units …, ${o.exampleRuns} runs …`);
  const walls: number[] = [];
  for (let i = 0; i < o.exampleRuns; i++) {
    const r = await run(
      process.execPath,
      [
        path.join(root, 'bin', 'camket.js'),
        'merge',
        'examples/units',
        '--config',
        'examples/department.json',
        '--as-of',
        '2023-06-30',
        '--out',
        path.join(outDir, 'vi-du.xlsx'),
        '--report',
        path.join(outDir, 'vi-du.json'),
      ],
      root,
    );
    if (r.code === null || r.code > 1) throw new Error(`example merge failed (${r.code}): ${r.err}`);
    walls.push(r.ms);
  }
  walls.sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)];

  // A zip bomb (a few MB of zip, 1.5 GB of sheet) alone, then beside two unit workbooks of the corpus.
  print('zip bomb: refused alone, then merged beside two unit workbooks …');
  const hostileDir = path.join(benchDir, 'hostile');
  await fs.rm(hostileDir, { recursive: true, force: true });
  await fs.mkdir(hostileDir, { recursive: true });
  const bomb = zipBomb(1500);
  const bombFile = path.join(hostileDir, 'bom.xlsx');
  await fs.writeFile(bombFile, bomb);
  for (const f of (await fs.readdir(corpus.folder)).sort().slice(0, 2))
    await fs.copyFile(path.join(corpus.folder, f), path.join(hostileDir, f));
  const refusal = await figures(root, ['read', bombFile]);
  if (refusal.refused !== 'too-large') throw new Error(`the zip bomb was not refused as too large: ${refusal.refused}`);
  const beside = await figures(root, [
    'merge',
    hostileDir,
    corpus.config,
    path.join(outDir, 'tong-hop-bom.xlsx'),
    path.join(outDir, 'bao-cao-bom.json'),
  ]);
  if (beside.rows !== 2 * o.rowsPerFile)
    throw new Error(
      `the merge beside the zip bomb found ${beside.rows} commitments, the two workbooks hold ${2 * o.rowsPerFile}`,
    );

  const phases = mg.phases ?? {};
  const readMs = phases.read ?? 0;
  print('');
  print(
    `camket bench — ${n(o.files)} workbooks, ${n(rows)} commitments (${(bytes / 1048576).toFixed(1)} MB), Node ${process.version}, ${process.platform}`,
  );
  print(`  floor (unzip + tokenise) ${s(fl.ms)}   ${n(rows / (fl.ms / 1000))} rows/s   peak RSS ${fl.maxRssMb} MB`);
  print(
    `  merge, end to end        ${s(mg.ms)}   ${n(rows / (mg.ms / 1000))} rows/s   peak RSS ${mg.maxRssMb} MB   (process wall ${s(mg.wallMs)})`,
  );
  print(
    `    read + check ${s(readMs)} (${n(rows / (readMs / 1000))} rows/s), combine ${s(phases.combine ?? 0)}, summary ${s(phases['write-summary'] ?? 0)}, report ${s(phases['write-report'] ?? 0)}`,
  );
  const peak = mg.peakAfterMb ?? {};
  print(
    `    peak RSS after reading ${peak.read ?? '?'} MB, after combining ${peak.combine ?? '?'} MB, after the summary ${peak['write-summary'] ?? '?'} MB, after the report ${peak['write-report'] ?? '?'} MB`,
  );
  print(`  ratio to the floor: merge ${(mg.ms / fl.ms).toFixed(1)}×, reading alone ${(readMs / fl.ms).toFixed(1)}×`);
  print(
    `  example department (13 workbooks) with Node start-up: median ${s(median)}, min ${s(walls[0])}, max ${s(walls[walls.length - 1])} over ${walls.length} runs`,
  );
  print(
    `  zip bomb (${(bomb.length / 1048576).toFixed(1)} MB → 1.5 GB): refused in ${s(refusal.ms)}, peak RSS ${refusal.maxRssMb} MB; merged beside two workbooks in ${s(beside.ms)}, peak RSS ${beside.maxRssMb} MB`,
  );
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    files: o.files,
    rows,
    corpusMb: +(bytes / 1048576).toFixed(1),
    floor: { ms: Math.round(fl.ms), rowsPerSecond: Math.round(rows / (fl.ms / 1000)), peakRssMb: fl.maxRssMb },
    merge: {
      ms: Math.round(mg.ms),
      wallMs: Math.round(mg.wallMs),
      rowsPerSecond: Math.round(rows / (mg.ms / 1000)),
      peakRssMb: mg.maxRssMb,
      peakAfterMb: mg.peakAfterMb,
      phasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v ?? 0)])),
    },
    ratioToFloor: +(mg.ms / fl.ms).toFixed(2),
    example: { medianMs: Math.round(median), minMs: Math.round(walls[0]), runs: walls.length },
    zipBomb: {
      zipMb: +(bomb.length / 1048576).toFixed(1),
      refusal: { ms: Math.round(refusal.ms), peakRssMb: refusal.maxRssMb },
      mergeBesideTwo: { ms: Math.round(beside.ms), wallMs: Math.round(beside.wallMs), peakRssMb: beside.maxRssMb },
    },
  };
  await fs.writeFile(
    path.join(benchDir, `results-${o.files}x${o.rowsPerFile}.json`),
    JSON.stringify(result, null, 2) + '\n',
  );
  return result;
}
