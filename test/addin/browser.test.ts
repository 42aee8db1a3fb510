// The built task pane in a real browser: Debian's headless Chromium opens dist/taskpane.html; the
// request for office.js is answered with the in-memory Excel emulation holding an example
// workbook. A clerk's path is played: check, click an issue, write the roll-up, save the mapping,
// install the drop-downs, clear the marks — and a protected sheet gives a Vietnamese message.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { requireTool } from '../helpers/system-tools';
import * as ts from 'typescript';
import type { WorkbookGrid } from '../../src/core/grid';
import { MAPPING_SHEET } from '../../src/core/saved-mapping';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { analyse } from '../../src/addin/analyse';
import { ROLLUP_SHEET } from '../../src/addin/rollup-sheet';
import { dist, ensureBuild, repoRoot } from './build';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const EXAMPLE = path.join(repoRoot, 'examples', 'units', 'ban-giam-doc-2023.xlsx');
const ARTIFACTS = path.join(repoRoot, 'test-artifacts');
const asOf = JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'expected.json'), 'utf8')).asOf as string;

let browser: BrowserContext;
let profile: string;
let grid: WorkbookGrid;
let emulationJs: string;

/** The emulation, transpiled to one script that installs Office and Excel globals. */
function officeScript(displayLanguage: string, apiVersion: string): string {
  return `window.__CAMKET_GRID__ = ${JSON.stringify(grid)};
(function () {
  var exports = {}; var module = { exports: exports };
  ${emulationJs}
  var emu = exports.emulationFromGrid(window.__CAMKET_GRID__, { displayLanguage: ${JSON.stringify(displayLanguage)}, apiVersion: ${JSON.stringify(apiVersion)} });
  exports.installGlobals(window, emu);
  window.__emu = emu;
})();`;
}

async function openPane(displayLanguage = 'vi-VN', apiVersion = '1.17', waitReady = true): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 380, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'application/javascript', body: officeScript(displayLanguage, apiVersion) });
    if (url.startsWith('file:')) return route.continue();
    return route.abort();
  });
  await page.goto(`file://${path.join(dist, 'taskpane.html')}`);
  if (waitReady) await page.waitForSelector('#btn-check:not([disabled])');
  return page;
}

const emuEval = <T>(page: Page, fn: string): Promise<T> => page.evaluate(fn) as Promise<T>;
const markCount = (page: Page) =>
  emuEval<number>(page, `window.__emu.sheets.flatMap(s => s.conditionalFormats).filter(cf => cf.formula.includes('camket-mark')).length`);

beforeAll(async () => {
  await ensureBuild();
  grid = await readWorkbookFile(EXAMPLE);
  const source = readFileSync(path.join(__dirname, 'emulation', 'excel-emulation.ts'), 'utf8');
  emulationJs = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } }).outputText;
  mkdirSync(ARTIFACTS, { recursive: true });
  profile = mkdtempSync(path.join(tmpdir(), 'camket-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: requireTool('browser'),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('a clerk checks, goes to an issue, writes the roll-up, saves the mapping, installs lists, clears marks', async () => {
  const page = await openPane();
  const expected = analyse(grid, { asOf, lang: 'vi' });
  expect(expected.issues.some((i) => i.cell)).toBe(true);

  await page.fill('#asof', asOf);
  await page.click('#btn-check');
  await page.waitForSelector('#issues .issue');
  expect(await page.textContent('#status')).toBe(`${expected.check.commitments.length} đầu việc trong ${expected.check.sheets.filter((o) => o.table).length} sheet.`);
  const shown = await page.$$eval('#issues .issue .issue-message', (els) => els.map((e) => e.textContent));
  expect(shown).toEqual(expected.issues.map((i) => i.message));
  expect(await page.textContent('#counts')).toContain(`${expected.issues.filter((i) => i.severity === 'error').length} Lỗi`);
  expect(await markCount(page)).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-check.png'), fullPage: true });

  // Click an issue: Excel (the emulation) selects its cell on its sheet.
  const target = expected.issues.find((i) => i.cell)!;
  await page.click(`#issues button.issue[data-cell="${target.sheet}!${target.cell}"]`);
  await page.waitForFunction((want) => JSON.stringify((window as unknown as { __emu: { selection: unknown } }).__emu.selection) === want, JSON.stringify({ sheet: target.sheet, address: target.cell }));

  // Roll-up: one sheet with a native chart.
  await page.click('#tab-rollup');
  expect(await page.textContent('#kpis')).toContain(String(expected.totals.commitments));
  await page.click('#btn-rollup');
  await page.waitForSelector('#banner.success');
  expect(await emuEval<number>(page, `window.__emu.sheets.filter(s => s.name === ${JSON.stringify(ROLLUP_SHEET)}).length`)).toBe(1);
  expect(await emuEval<number>(page, `window.__emu.sheet(${JSON.stringify(ROLLUP_SHEET)}).charts.length`)).toBe(1);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-rollup.png'), fullPage: true });

  // Mapping: take the first column for what it is, save; the choice lands in the very hidden sheet.
  await page.click('#tab-mapping');
  const select = page.locator('#mapping details[open] table.mapping select').first();
  expect(await page.locator('#mapping details:not([open]) summary').first().textContent()).toContain('không có bảng đầu việc');
  const current = await select.inputValue();
  await select.selectOption('notes');
  await select.selectOption(current);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-mapping.png'), fullPage: true });
  await page.click('#btn-save-mapping');
  await page.waitForFunction((name) => (window as unknown as { __emu: { sheet(n: string): { visibility: string } | undefined } }).__emu.sheet(name)?.visibility === 'VeryHidden', MAPPING_SHEET);
  const saved = JSON.parse(await emuEval<string>(page, `window.__emu.valueAt(${JSON.stringify(MAPPING_SHEET)}, 'A1')`));
  expect(saved.kind).toBe('camket-mapping');
  const sheetName = await page.locator('#mapping details[open]').first().getAttribute('data-sheet');
  expect(Object.keys(saved.sheets)).toEqual([sheetName]);
  expect(saved.sheets[sheetName!].columns).toEqual({ A: current });
  await page.waitForFunction(() => document.getElementById('banner-text')!.textContent === 'Đã lưu cách đọc cột vào sổ làm việc.');

  // Drop-down lists on the status column.
  await page.click('#btn-lists');
  await page.waitForFunction(() => document.getElementById('banner-text')!.textContent!.startsWith('Đã cài danh sách chọn'));
  expect(await emuEval<number>(page, 'window.__emu.sheets.filter(s => s.validations.length > 0).length')).toBe(expected.check.sheets.filter((o) => o.table?.fields.status !== undefined).length);

  // Clear the marks.
  await page.click('#tab-check');
  await page.click('#btn-clear');
  await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('Đã xóa'));
  expect(await markCount(page)).toBe(0);

  // A protected sheet: a clear Vietnamese message, the pane still there.
  await page.evaluate(() => (window as unknown as { __emu: { sheets: { protected: boolean }[] } }).__emu.sheets.forEach((s) => (s.protected = true)));
  await page.click('#btn-check');
  await page.waitForSelector('#banner.warning');
  expect(await page.textContent('#banner-text')).toContain('Không đánh dấu được sheet đang bảo vệ');
  await page.click('#tab-mapping');
  await page.click('#btn-lists');
  await page.waitForSelector('#banner.error');
  expect(await page.textContent('#banner-text')).toMatch(/^Sheet ".+" đang được bảo vệ\. Hãy bỏ bảo vệ/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-protected.png'), fullPage: true });

  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  await page.close();
}, 120_000);

test('English when Office speaks English; a clear message for an empty workbook', async () => {
  const saved = grid;
  grid = { file: 'Book1.xlsx', sheets: [{ name: 'Sheet1', values: [] }] };
  try {
    const page = await openPane('en-US');
    expect(await page.textContent('#btn-check')).toBe('Check');
    expect(await page.textContent('#tab-mapping')).toBe('Columns');
    await page.click('#btn-check');
    await page.waitForSelector('#banner.error');
    expect(await page.textContent('#banner-text')).toBe('The workbook is empty: there is nothing to check.');
    await page.close();
  } finally {
    grid = saved;
  }
}, 60_000);

test('without office.js (no network) the pane says so instead of staying blank', async () => {
  const page = await browser.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(`file://${path.join(dist, 'taskpane.html')}`);
  await page.waitForSelector('#banner.error');
  expect(await page.textContent('#banner-text')).toContain('Không tải được thư viện Office.js');
  await page.close();
}, 60_000);

test('an Excel older than ExcelApi 1.9 gets a message, and one without 1.13 a warning about merged cells', async () => {
  const old = await openPane('vi-VN', '1.8', false);
  await old.waitForSelector('#banner.error');
  expect(await old.textContent('#banner-text')).toContain('cần ExcelApi 1.9 trở lên');
  expect(await old.isDisabled('#btn-check')).toBe(true);
  await old.close();

  const noMerges = await openPane('vi-VN', '1.12');
  await noMerges.waitForSelector('#banner.warning');
  expect(await noMerges.textContent('#banner-text')).toContain('ExcelApi 1.13');
  await noMerges.fill('#asof', asOf);
  await noMerges.click('#btn-check');
  await noMerges.waitForSelector('#issues .issue');
  await noMerges.close();
}, 60_000);
