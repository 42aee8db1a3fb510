// LibreOffice headless as a second client of the summary workbook. Each run gets a fresh user
// profile (parallel runs would otherwise fight over one profile's lock), and that profile is seeded
// with one setting: recalculate OOXML files on load ("OOXMLRecalcMode" = 0, "always"). By default
// LibreOffice trusts the cached values in an .xlsx and recalculates nothing, so without it a test
// would only read back the values camket wrote.
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { loadSharedStrings, sheetParts, sheetRows } from '../../src/node/summary/ooxml';
import { requireTool } from './system-tools';

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function libreOffice(): string {
  return requireTool('libreoffice');
}

/** Convert `inputs` to `format` (e.g. "xlsx", "pdf") into `outDir`; returns the output paths. */
export async function convert(inputs: string[], format: string, outDir: string): Promise<string[]> {
  const profile = await fs.mkdtemp(path.join(outDir, 'lo-profile-'));
  await fs.mkdir(path.join(profile, 'user'), { recursive: true });
  await fs.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...inputs,
  ];
  const { stdout, stderr } = await run(libreOffice(), args, { timeout: 180_000 });
  const outputs = inputs.map((i) => path.join(outDir, `${path.basename(i, path.extname(i))}.${format}`));
  for (const o of outputs) {
    if (!existsSync(o)) throw new Error(`LibreOffice wrote no ${o}\n${stdout}\n${stderr}`);
  }
  return outputs;
}

/** The text of a PDF, laid out as printed (pdftotext -layout), one page after another. UTF-8 asked
 *  for: Poppler's pdftotext gives it anyway, Xpdf's (the one Git for Windows carries) does not. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run(requireTool('pdftotext'), ['-enc', 'UTF-8', '-layout', pdf, '-'], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  return stdout;
}

/** The raw cell values of one sheet (numbers as written, e.g. "0.705882352941177"), by row and
 *  column: read from the XML, since exceljs drops a formula result of 0. */
export async function sheetValues(file: string, sheet: string): Promise<Map<number, Map<number, string>>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const part = (await sheetParts(zip))?.get(sheet);
  if (!part) throw new Error(`no sheet ${sheet} in ${file}`);
  let strings: Promise<string[]> | null = null;
  const out = new Map<number, Map<number, string>>();
  for await (const { row, cells } of sheetRows(zip, part, () => (strings ??= loadSharedStrings(zip))))
    out.set(row, cells);
  return out;
}
