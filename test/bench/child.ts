// One measured run in its own process, so its peak memory is its own: `floor <folder>`,
// `read <file.xlsx>` (one workbook read, or refused) or `merge <folder> <department.json> <out.xlsx>
// <report.json>`. Prints one JSON line with the figures. The merge is runMerge, exactly what
// `camket merge` runs, with its phases timed.
import { loadDepartment } from '../../src/node/department-file';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { type MergePhase, runMerge } from '../../src/node/merge';
import { floor } from './floor';

export interface ChildFigures {
  ms: number;
  maxRssMb: number;
  phases?: Partial<Record<MergePhase, number>>;
  /** Peak RSS so far when each phase ended: says which phase set the peak. */
  peakAfterMb?: Partial<Record<MergePhase, number>>;
  rows?: number;
  code?: number;
  tokens?: number;
  /** For `read`: why the workbook was refused, or null when it was read. */
  refused?: string | null;
}

function maxRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes on every platform Node supports.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main(argv: string[]): Promise<ChildFigures> {
  const [mode, folder, config, out, report] = argv;
  const t0 = performance.now();
  if (mode === 'floor') {
    const r = await floor(folder);
    return { ms: performance.now() - t0, maxRssMb: maxRssMb(), tokens: r.tags + r.texts };
  }
  if (mode === 'read') {
    let refused: string | null = null;
    try {
      await readWorkbookFile(folder);
    } catch (e) {
      refused = (e as { params?: { reason?: string } }).params?.reason ?? String(e);
    }
    return { ms: performance.now() - t0, maxRssMb: maxRssMb(), refused };
  }
  const department = await loadDepartment(config);
  const phases: Partial<Record<MergePhase, number>> = {};
  const peakAfterMb: Partial<Record<MergePhase, number>> = {};
  let last = performance.now();
  let current: MergePhase | null = null;
  const result = await runMerge(
    {
      folder,
      department,
      asOf: '2023-06-30',
      lang: 'vi',
      out,
      report,
      onPhase: (p) => {
        const now = performance.now();
        if (current) {
          phases[current] = now - last;
          peakAfterMb[current] = maxRssMb();
        }
        current = p;
        last = now;
      },
    },
    () => {},
    (line) => process.stderr.write(`${line}\n`),
  );
  return {
    ms: performance.now() - t0,
    maxRssMb: maxRssMb(),
    phases,
    peakAfterMb,
    rows: result.report?.commitments.length ?? 0,
    code: result.code,
  };
}

main(process.argv.slice(2)).then(
  (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
