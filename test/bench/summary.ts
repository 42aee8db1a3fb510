// Time and memory of writing (and reading back the state of) a large summary:
//   npx tsx test/bench/summary.ts [commitments=200000] [out.xlsx]
// The input is built first; the figures printed are for the writer alone (RSS sampled every 20 ms).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Department } from '../../src/core/department';
import type { StatusCode } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import { emulationRanking } from '../../src/core/rollup';
import { readSummaryState, writeSummary } from '../../src/node/summary';
import { AS_OF, commitment, historyOf, sampleFiles, sampleIssues, stateOf } from '../node/summary/fixture';

const STATUSES: (StatusCode | null)[] = [
  'done_on_time',
  'done_on_time',
  'done_late',
  'overdue',
  'in_progress',
  'in_progress',
  'not_started',
  'recurring',
  'cancelled',
  null,
];

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 200_000);
  const out = process.argv[3] ?? path.join(os.tmpdir(), `camket-bench-summary-${n}.xlsx`);
  const unitCount = Math.max(5, Math.round(n / 200));
  const department: Department = {
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
    year: 2023,
    blocks: [
      { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: Math.floor(n / 2) },
      { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: n - Math.floor(n / 2) },
    ],
    units: Array.from({ length: unitCount }, (_, i) => ({
      code: `DV${String(i + 1).padStart(4, '0')}`,
      name: `Đơn vị số ${i + 1}`,
      block: i % 2 ? 'SN' : 'QLNN',
      registered: 200,
    })),
    provincialTasks: Array.from({ length: 17 }, (_, i) => ({
      code: `UBT-${String(i + 1).padStart(3, '0')}`,
      title: `Nhiệm vụ UBND tỉnh giao số ${i + 1}`,
    })),
  };
  const commitments = Array.from({ length: n }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    const month = 1 + (i % 12);
    const c = commitment({
      unit: null,
      title: `Tổ chức thực hiện nhiệm vụ trọng tâm số ${i + 1} về văn hóa, thể thao và du lịch năm 2023`,
      status,
      deadline: status === 'recurring' ? null : `2023-${String(month).padStart(2, '0')}-28`,
      progress: (i * 7) % 101,
      task: i % 10 === 0 ? `UBT-${String(1 + (i % 17)).padStart(3, '0')}` : null,
    });
    const u = department.units[i % unitCount];
    c.unit = u.code;
    c.block = u.block;
    c.id = `${u.code}:t${i}`;
    return c;
  });
  const report = buildReport({ asOf: AS_OF, department, files: sampleFiles(), commitments, issues: sampleIssues() });
  const history = historyOf(report, department);
  const data = {
    report,
    department,
    emulation: emulationRanking(report.totals, department),
    history,
    changes: [],
    state: stateOf(report, history),
    lang: 'vi' as const,
  };
  if (global.gc) global.gc();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  await writeSummary(out, data);
  const t1 = performance.now();
  clearInterval(timer);
  const size = (await fs.stat(out)).size;
  const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  console.log(
    `write: ${n} commitments in ${((t1 - t0) / 1000).toFixed(1)} s (${Math.round(n / ((t1 - t0) / 1000))} rows/s); file ${mb(size)}`,
  );
  console.log(`RSS before writing ${mb(before)}, peak while writing ${mb(peak)} (+${mb(peak - before)})`);
  if (process.env.NOREAD) return;
  let readPeak = process.memoryUsage().rss;
  const readTimer = setInterval(() => (readPeak = Math.max(readPeak, process.memoryUsage().rss)), 20);
  const t2 = performance.now();
  const state = await readSummaryState(out);
  const t3 = performance.now();
  clearInterval(readTimer);
  console.log(
    `readSummaryState: ${state.commitments.length} commitments in ${((t3 - t2) / 1000).toFixed(1)} s, peak RSS ${mb(readPeak)}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
