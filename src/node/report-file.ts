// The JSON report, written piece by piece: at province scale (200,000 commitments) one
// JSON.stringify of the whole report would hold a second copy of it in memory as a string.
// Written beside the target and renamed into place, like every output.
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { type Report, reportCommitment } from '../core/report';
import { moveIntoPlace } from './atomic-write';

export function tempPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** Items of an array one per line: a large report stays readable with grep and diff. */
async function writeReportTo(file: string, report: Report): Promise<void> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => {});
  // Lines are gathered into chunks of about 256 KB: one write per line costs more than the JSON.
  let chunk = '';
  const flush = async () => {
    if (!chunk) return;
    const s = chunk;
    chunk = '';
    if (!stream.write(s)) await Promise.race([once(stream, 'drain'), failed]);
  };
  const write = async (s: string) => {
    chunk += s;
    if (chunk.length >= 1 << 18) await flush();
  };
  const array = async <T>(
    key: string,
    items: readonly T[],
    last = false,
    shape: (item: T) => unknown = (item) => item,
  ) => {
    if (!items.length) return write(`  ${JSON.stringify(key)}: []${last ? '' : ','}\n`);
    await write(`  ${JSON.stringify(key)}: [\n`);
    for (let i = 0; i < items.length; i++)
      await write(`    ${JSON.stringify(shape(items[i]))}${i < items.length - 1 ? ',' : ''}\n`);
    await write(`  ]${last ? '' : ','}\n`);
  };
  await write('{\n');
  await write(`  "schemaVersion": ${JSON.stringify(report.schemaVersion)},\n`);
  await write(`  "asOf": ${JSON.stringify(report.asOf)},\n`);
  await write(`  "department": ${JSON.stringify(report.department)},\n`);
  await array('files', report.files);
  // Exactly the report's fields, whatever else the merge's commitments carry (buildReport's handOver).
  await array('commitments', report.commitments, false, reportCommitment);
  await write(`  "totals": ${JSON.stringify(report.totals, null, 2).replace(/\n/g, '\n  ')},\n`);
  await array('provincialTasks', report.provincialTasks);
  // History and changes are the merge's only (changes with --previous): written when there.
  const tail = [
    report.history && (['history', report.history] as const),
    report.changes && (['changes', report.changes] as const),
  ].filter((x) => !!x);
  await array('issues', report.issues, !tail.length);
  for (let k = 0; k < tail.length; k++) await array<unknown>(tail[k][0], tail[k][1], k === tail.length - 1);
  await write('}\n');
  await flush();
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
}

/** Write the report atomically; a locked target keeps the new report under another name (OutputLockedError). */
export async function writeReportFile(target: string, report: Report): Promise<void> {
  const tmp = tempPath(target);
  try {
    await writeReportTo(tmp, report);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await moveIntoPlace(tmp, target);
}
