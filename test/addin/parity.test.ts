// Parity: every example workbook, read by the add-in's adapter from an emulated Excel holding the
// same file, gives exactly the issues and the roll-up that the Node side gives for the file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { departmentSchema } from '../../src/core/department';
import type { WorkbookGrid } from '../../src/core/grid';
import { rollUp } from '../../src/core/rollup';
import { reportIssue } from '../../src/core/report';
import { sortIssues } from '../../src/core/rules';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { runValidate } from '../../src/node/validate';
import { analyse } from '../../src/addin/analyse';
import { type ReadResult, readWorkbook } from '../../src/addin/excel-adapter';
import { type ExcelEmulation, emulationFromGrid } from './emulation/excel-emulation';

const repoRoot = path.resolve(__dirname, '../..');
const unitsDir = path.join(repoRoot, 'examples', 'units');
const files = existsSync(unitsDir) ? readdirSync(unitsDir).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort() : [];
const expectedPath = path.join(repoRoot, 'examples', 'expected.json');
const asOf: string = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')).asOf : '2023-06-30';
const departmentPath = path.join(repoRoot, 'examples', 'department.json');

async function readThroughAddin(grid: WorkbookGrid, emuOptions = {}): Promise<{ emu: ExcelEmulation; read: ReadResult }> {
  const emu = emulationFromGrid(grid, emuOptions);
  const read = await emu.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext, { capabilities: { mergedAreas: true } }));
  return { emu, read };
}

test('the example workbooks are there to compare', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.length ? files : ['(no example workbook)'])('%s', (file) => {
  const full = path.join(unitsDir, file);

  test('add-in and Node give the same issues and roll-up (no department file)', async () => {
    const grid = await readWorkbookFile(full);
    const node = checkWorkbook(grid, { asOf, lang: 'vi' });
    const { emu, read } = await readThroughAddin(grid);
    const addin = analyse(read.grid, { asOf, lang: 'vi' });

    expect(node.commitments.length).toBeGreaterThan(0);
    expect(sortIssues(addin.issues)).toEqual(sortIssues(node.issues));
    expect(addin.totals).toEqual(rollUp(node.commitments, asOf));
    expect(addin.check.commitments).toEqual(node.commitments);
    // Four round trips whatever the size, and no Excel.run left work unsynced.
    expect(read.syncs).toBeLessThanOrEqual(4);
    expect(emu.syncs).toBe(read.syncs);
    expect(emu.unflushed).toBe(0);
  });

  test('add-in with the department file gives what `camket validate` reports', async () => {
    const department = departmentSchema.parse(JSON.parse(readFileSync(departmentPath, 'utf8')));
    const { report } = await runValidate([full], { asOf, department, lang: 'vi' }, () => undefined);
    const grid = await readWorkbookFile(full);
    const { read } = await readThroughAddin(grid);
    const addin = analyse(read.grid, { asOf, lang: 'vi', department });

    expect(sortIssues(addin.issues).map(reportIssue)).toEqual(report.issues);
    expect(addin.totals).toEqual(report.totals);
    expect(addin.unit?.code).toBe(report.files[0].unit);
  });
});
