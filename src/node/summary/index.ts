// The department summary workbook that leadership opens, written in one pass by exceljs's streaming
// writer (rows committed as they go, so 200k commitments stay within bounded memory), with native
// charts added to its package as it goes (package.ts). It is written to a temporary file beside the
// target; only a complete file is moved over it, so a failure at any point leaves the previous
// summary whole.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { moveIntoPlace } from '../atomic-write';
import { writeCommitmentsSheet } from './commitments-sheet';
import { planDashboard, writeDashboard } from './dashboard';
import { labels as labelsFor } from './labels';
import { writeAttentionSheet, writeChangesSheet, writeFilesSheet, writeHistorySheet, writeIssuesSheet, writeProvincialSheet } from './lists';
import { type StreamWorkbook, streamSharedStrings } from './sheet-kit';
import { writeStateSheet } from './state';
import { WorkbookWriter } from './exceljs-writer';
import type { SummaryData } from './types';

export type { SummaryData } from './types';
export { readSummaryState, SummaryStateError, STATE_SHEET, type SummaryStateProblem } from './state';
export { planDashboard, type DashboardPlan } from './dashboard';
export { labels as summaryLabels, STATUS_NAMES, CHANGE_NAMES } from './labels';

function tempBase(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}`);
}

/** The sheet names of a summary in a language (the state sheet's name never changes). */
export function summarySheetNames(lang: SummaryData['lang']) {
  return labelsFor(lang).sheets;
}

/** Stop a streaming writer that failed midway and close its file (Windows cannot delete an open file). */
async function abandon(wb: StreamWorkbook): Promise<void> {
  const inner = wb as unknown as { zip?: { abort(): void }; stream?: NodeJS.WritableStream & { destroy(): void; closed?: boolean } };
  inner.zip?.abort();
  const stream = inner.stream;
  if (stream && !stream.closed) {
    await new Promise<void>((resolve) => {
      stream.once('close', () => resolve());
      stream.destroy();
    });
  }
}

async function writeSheets(file: string, data: SummaryData): Promise<void> {
  const labels = labelsFor(data.lang);
  const names = labels.sheets;
  const wb = new WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true }) as StreamWorkbook;
  wb.creator = 'camket';
  wb.lastModifiedBy = 'camket';
  streamSharedStrings(wb);
  const plan = planDashboard(data, { dashboard: names.dashboard, commitments: names.commitments }, labels);
  try {
    // Each sheet is created only when it is written: the streaming writer queues sheets in the zip
    // in creation order, so an open sheet would hold back (and buffer) every later one.
    writeDashboard(wb, plan, data.lang);
    await writeCommitmentsSheet(wb, { name: names.commitments, labels, lang: data.lang, commitments: data.report.commitments, department: data.department });
    await writeAttentionSheet(wb, names.attention, data, labels);
    await writeProvincialSheet(wb, names.provincial, names.commitments, data, labels);
    await writeHistorySheet(wb, names.history, data, labels);
    await writeChangesSheet(wb, names.changes, data, labels);
    await writeIssuesSheet(wb, names.issues, data, labels);
    await writeFilesSheet(wb, names.files, data, labels);
    await writeStateSheet(wb, data.state);
    await wb.commit();
  } catch (e) {
    await abandon(wb);
    throw e;
  }
}

/** Write the summary workbook to `file`, atomically. */
export async function writeSummary(file: string, data: SummaryData): Promise<void> {
  const temporary = `${tempBase(file)}.tmp`;
  try {
    await writeSheets(temporary, data);
    await moveIntoPlace(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
