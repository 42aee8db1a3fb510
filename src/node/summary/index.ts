// The department summary workbook that leadership opens, written in one pass by camket's own
// SpreadsheetML writer (xlsx/: rows streamed into the zip as they go, so 200k commitments stay
// within bounded memory), native charts included. It is written to a temporary file beside the
// target; only a complete file is moved over it, so a failure at any point leaves the previous
// summary whole.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { moveIntoPlace } from '../atomic-write';
import { writeCommitmentsSheet } from './commitments-sheet';
import { planDashboard, writeDashboard } from './dashboard';
import {
  writeAttentionSheet,
  writeChangesSheet,
  writeFilesSheet,
  writeHistorySheet,
  writeIssuesSheet,
  writeProvincialSheet,
} from './lists';
import { writeStateSheet } from './state';
import type { SummaryData } from './types';
import { XlsxWriter } from './xlsx';
import { CATALOGUES } from '../../core/catalogue';

export type { SummaryData } from './types';
export { readSummaryState, SummaryStateError, STATE_SHEET, type SummaryStateProblem } from './state';
export { planDashboard, type DashboardPlan } from './dashboard';

function tempBase(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}`);
}

/** The sheet names of a summary in a language (the state sheet's name never changes). */
export function summarySheetNames(lang: SummaryData['lang']) {
  return CATALOGUES[lang].summary.sheets;
}

async function writeSheets(file: string, data: SummaryData): Promise<void> {
  const labels = CATALOGUES[data.lang].summary;
  const names = labels.sheets;
  const plan = planDashboard(data, { dashboard: names.dashboard, commitments: names.commitments }, labels);
  const wb = await XlsxWriter.toFile(file, { creator: 'camket' });
  try {
    // One sheet at a time, in order: each is streamed into the zip as it is written.
    await writeDashboard(wb, plan, data.lang);
    await writeCommitmentsSheet(wb, {
      name: names.commitments,
      labels,
      lang: data.lang,
      commitments: data.report.commitments,
      department: data.department,
    });
    await writeAttentionSheet(wb, names.attention, data, labels);
    await writeProvincialSheet(wb, names.provincial, names.commitments, data, labels);
    await writeHistorySheet(wb, names.history, data, labels);
    await writeChangesSheet(wb, names.changes, data, labels);
    await writeIssuesSheet(wb, names.issues, data, labels);
    await writeFilesSheet(wb, names.files, data, labels);
    await writeStateSheet(wb, data.state);
    await wb.finish();
  } catch (e) {
    // Closes the file before it is removed (Windows cannot delete an open file).
    await wb.abort();
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
