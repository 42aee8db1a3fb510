// The built task pane in a real browser: Debian's headless Chromium opens dist/taskpane.html; the
// request for office.js is answered with the in-memory Excel emulation holding an example
// workbook. A clerk's path is played: check, click an issue, write the roll-up, save the mapping,
// install the drop-downs, clear the marks — and a protected sheet gives a Vietnamese message.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { requireTool } from '../helpers/system-tools';
import * as ts from 'typescript';
import type { WorkbookGrid } from '../../src/core/grid';
import { MAPPING_SHEET } from '../../src/core/saved-mapping';
import { readWorkbookFile } from '../../src/node/read-workbook';
import { checkOpenWorkbook } from '../../src/addin/check-open-workbook';
import { ROLLUP_SHEET } from '../../src/addin/rollup-sheet';
import { dist, ensureBuild, repoRoot } from '../addin/build';
import { excelApiReference } from '../addin/emulation/api-sets';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const EXAMPLE = path.join(repoRoot, 'examples', 'units', 'ban-giam-doc-2023.xlsx');
const ARTIFACTS = path.join(repoRoot, 'test-artifacts');
const asOf = JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'expected.json'), 'utf8')).asOf as string;

let browser: BrowserContext;
let profile: string;
let grid: WorkbookGrid;
let emulationJs: string;

/** The emulation, transpiled to one script that installs Office and Excel globals. */
function officeScript(displayLanguage: string, apiVersion: string, extra: Record<string, unknown> = {}): string {
  return `window.__CAMKET_GRID__ = ${JSON.stringify(grid)};
(function () {
  var exports = {}; var module = { exports: exports };
  ${emulationJs}
  var emu = exports.emulationFromGrid(window.__CAMKET_GRID__, Object.assign({ api: ${JSON.stringify(excelApiReference())}, displayLanguage: ${JSON.stringify(displayLanguage)}, apiVersion: ${JSON.stringify(apiVersion)} }, ${JSON.stringify(extra)}));
  exports.installGlobals(window, emu);
  window.__emu = emu;
})();`;
}

async function openPane(
  displayLanguage = 'vi-VN',
  apiVersion = '1.17',
  waitReady = true,
  userAgent?: string,
  extra: Record<string, unknown> = {},
): Promise<Page> {
  const page = await browser.newPage();
  if (userAgent)
    await page.addInitScript((ua) => Object.defineProperty(navigator, 'userAgent', { get: () => ua }), userAgent);
  await page.setViewportSize({ width: 380, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        status: 200,
        contentType: 'application/javascript',
        body: officeScript(displayLanguage, apiVersion, extra),
      });
    if (url.startsWith('file:')) return route.continue();
    return route.abort();
  });
  await page.goto(`file://${path.join(dist, 'taskpane.html')}`);
  if (waitReady) await page.waitForSelector('#btn-check:not([disabled])');
  return page;
}

const emuEval = <T>(page: Page, fn: string): Promise<T> => page.evaluate(fn) as Promise<T>;
const markCount = (page: Page) =>
  emuEval<number>(
    page,
    `window.__emu.sheets.flatMap(s => s.conditionalFormats).filter(cf => cf.formula.includes('camket-mark')).length`,
  );

/** Every cell a mark covers, as "sheet!row,column" (0-based), sorted. */
const markedCells = (page: Page) =>
  emuEval<string[]>(
    page,
    `window.__emu.sheets.flatMap(s => s.conditionalFormats.filter(cf => cf.formula.includes('camket-mark')).flatMap(cf => cf.areas.flatMap(a => {
      const out = [];
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(s.name + '!' + r + ',' + c);
      return out;
    }))).sort()`,
  );

/** An issue's cell in the same form ("E17" → "16,4"). */
function cellKey(sheet: string, cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return `${sheet}!${Number(m[2]) - 1},${col}`;
}

beforeAll(async () => {
  await ensureBuild();
  grid = await readWorkbookFile(EXAMPLE);
  const source = readFileSync(path.join(__dirname, '..', 'addin', 'emulation', 'excel-emulation.ts'), 'utf8');
  emulationJs = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
  }).outputText;
  mkdirSync(ARTIFACTS, { recursive: true });
  profile = mkdtempSync(path.join(tmpdir(), 'camket-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: requireTool('browser'),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('a clerk checks, goes to an issue, writes the roll-up, saves the mapping, installs lists, clears marks', async () => {
  const page = await openPane();
  const expected = checkOpenWorkbook(grid, { asOf, lang: 'vi' });
  expect(expected.issues.some((i) => i.cell)).toBe(true);

  await page.fill('#asof', asOf);
  await page.click('#btn-check');
  await page.waitForSelector('#issues .issue');
  expect(await page.textContent('#status')).toBe(
    `${expected.check.commitments.length} đầu việc trong ${expected.check.sheets.filter((o) => o.table).length} sheet.`,
  );
  const shown = await page.$$eval('#issues .issue .issue-message', (els) => els.map((e) => e.textContent));
  expect(shown).toEqual(expected.issues.map((i) => i.message));
  expect(await page.textContent('#counts')).toContain(
    `${expected.issues.filter((i) => i.severity === 'error').length} Lỗi`,
  );
  // Exactly the cells the core finds a problem in are marked, each once.
  const problemCells = [
    ...new Set(expected.issues.filter((i) => i.sheet && i.cell).map((i) => cellKey(i.sheet!, i.cell!))),
  ].sort();
  expect(await markedCells(page)).toEqual(problemCells);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-check.png'), fullPage: true });

  // Click an issue: Excel (the emulation) selects its cell on its sheet.
  const target = expected.issues.find((i) => i.cell)!;
  await page.click(`#issues button.issue[data-cell="${target.sheet}!${target.cell}"]`);
  await page.waitForFunction(
    (want) => JSON.stringify((window as unknown as { __emu: { selection: unknown } }).__emu.selection) === want,
    JSON.stringify({ sheet: target.sheet, address: target.cell }),
  );

  // Roll-up: one sheet with a native chart.
  await page.click('#tab-rollup');
  expect(await page.textContent('#kpis')).toContain(String(expected.totals.commitments));
  await page.click('#btn-rollup');
  await page.waitForSelector('#banner.success');
  expect(
    await emuEval<number>(page, `window.__emu.sheets.filter(s => s.name === ${JSON.stringify(ROLLUP_SHEET)}).length`),
  ).toBe(1);
  expect(await emuEval<number>(page, `window.__emu.sheet(${JSON.stringify(ROLLUP_SHEET)}).charts.length`)).toBe(1);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-rollup.png'), fullPage: true });

  // Mapping: take the first column for what it is, save; the choice lands in the very hidden sheet.
  await page.click('#tab-mapping');
  const select = page.locator('#mapping details[open] table.mapping select').first();
  expect(await page.locator('#mapping details:not([open]) summary').first().textContent()).toContain(
    'không có bảng đầu việc',
  );
  const current = await select.inputValue();
  await select.selectOption('notes');
  await select.selectOption(current);
  await page.screenshot({ path: path.join(ARTIFACTS, 'addin-mapping.png'), fullPage: true });
  await page.click('#btn-save-mapping');
  await page.waitForFunction(
    (name) =>
      (window as unknown as { __emu: { sheet(n: string): { visibility: string } | undefined } }).__emu.sheet(name)
        ?.visibility === 'VeryHidden',
    MAPPING_SHEET,
  );
  const saved = JSON.parse(await emuEval<string>(page, `window.__emu.valueAt(${JSON.stringify(MAPPING_SHEET)}, 'A1')`));
  expect(saved.kind).toBe('camket-mapping');
  const sheetName = await page.locator('#mapping details[open]').first().getAttribute('data-sheet');
  expect(Object.keys(saved.sheets)).toEqual([sheetName]);
  expect(saved.sheets[sheetName!].columns).toEqual({ A: current });
  await page.waitForFunction(
    () => document.getElementById('banner-text')!.textContent === 'Đã lưu cách đọc cột vào sổ làm việc.',
  );

  // Drop-down lists on the status column.
  await page.click('#btn-lists');
  await page.waitForFunction(() =>
    document.getElementById('banner-text')!.textContent!.startsWith('Đã cài danh sách chọn'),
  );
  expect(await emuEval<number>(page, 'window.__emu.sheets.filter(s => s.validations.length > 0).length')).toBe(
    expected.check.sheets.filter((o) => o.table?.fields.status !== undefined).length,
  );

  // Clear the marks.
  await page.click('#tab-check');
  await page.click('#btn-clear');
  await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('Đã xóa'));
  expect(await markCount(page)).toBe(0);

  // A protected sheet: a clear Vietnamese message, the pane still there.
  await page.evaluate(() =>
    (window as unknown as { __emu: { sheets: { protected: boolean }[] } }).__emu.sheets.forEach(
      (s) => (s.protected = true),
    ),
  );
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

test('marking is the clerk’s choice, remembered; turned off, a check leaves the file untouched', async () => {
  const page = await openPane();
  await page.fill('#asof', asOf);
  expect(await page.isChecked('#mark-cells')).toBe(true);
  expect(await page.textContent('#mark-hint')).toContain('được lưu cùng tệp');
  await page.uncheck('#mark-cells');
  const snapshot = 'JSON.stringify(window.__emu.snapshot())';
  const before = await emuEval<string>(page, snapshot);
  await page.click('#btn-check');
  await page.waitForSelector('#issues .issue');
  expect(await page.textContent('#status-detail')).toBe('Không tô màu ô nào (đã tắt): tệp không bị thay đổi.');
  expect(await markCount(page)).toBe(0);
  expect(await emuEval<string>(page, snapshot)).toBe(before);
  await page.close();
  // The next time the pane opens, the choice is still there.
  const again = await openPane();
  expect(await again.isChecked('#mark-cells')).toBe(false);
  await again.check('#mark-cells');
  await again.close();
}, 60_000);

test('a read-only workbook is checked and listed, without marks, and writing says why in plain words', async () => {
  const page = await openPane();
  await page.evaluate(() => ((window as unknown as { __emu: { readOnly: boolean } }).__emu.readOnly = true));
  await page.fill('#asof', asOf);
  await page.click('#btn-check');
  await page.waitForSelector('#issues .issue');
  const expected = checkOpenWorkbook(grid, { asOf, lang: 'vi' });
  expect(await page.textContent('#status')).toContain(`${expected.check.commitments.length} đầu việc`);
  expect(await page.textContent('#banner-text')).toContain('chế độ chỉ đọc, nên camket chỉ kiểm tra');
  expect(await markCount(page)).toBe(0);
  await page.click('#tab-rollup');
  await page.click('#btn-rollup');
  await page.waitForFunction(() => document.getElementById('banner')!.className.includes('error'));
  expect(await page.textContent('#banner-text')).toContain('chế độ chỉ đọc, nên camket không ghi được');
  expect(await page.textContent('#banner-text')).not.toContain('bỏ bảo vệ');
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  await page.close();
}, 60_000);

test('when marking fails after a good check, the check stays on screen and the failure is said', async () => {
  const page = await openPane();
  await page.evaluate(
    () =>
      ((window as unknown as { __emu: { faults: Record<string, string> } }).__emu.faults[
        'ConditionalFormatCollection.add'
      ] = 'GeneralException'),
  );
  await page.fill('#asof', asOf);
  await page.click('#btn-check');
  await page.waitForSelector('#banner.warning');
  expect(await page.textContent('#banner-text')).toMatch(
    /^Đã kiểm tra xong \(danh sách lỗi ở dưới\), nhưng không tô màu được ô: /,
  );
  const expected = checkOpenWorkbook(grid, { asOf, lang: 'vi' });
  expect(await page.textContent('#status')).toContain(`${expected.check.commitments.length} đầu việc`);
  expect(await page.$$eval('#issues .issue', (els) => els.length)).toBe(expected.issues.length);
  await page.close();
}, 60_000);

test('saving the column mapping when Excel refuses it says so, never "saved"', async () => {
  const page = await openPane();
  await page.fill('#asof', asOf);
  await page.click('#btn-check');
  await page.waitForSelector('#issues .issue');
  // Review › Protect Workbook: no sheet can be added, so the very hidden mapping sheet cannot be made.
  await page.evaluate(
    () => ((window as unknown as { __emu: { structureProtected: boolean } }).__emu.structureProtected = true),
  );
  await page.click('#tab-mapping');
  const select = page.locator('#mapping details[open] table.mapping select').first();
  await select.selectOption('notes');
  await page.click('#btn-save-mapping');
  await page.waitForSelector('#banner.error');
  await page.waitForFunction(() => !document.getElementById('btn-save-mapping')!.hasAttribute('disabled'));
  await page.waitForTimeout(300);
  expect(await page.getAttribute('#banner', 'class')).toContain('error');
  expect(await page.textContent('#banner-text')).toContain('Bảo vệ sổ làm việc');
  expect(await page.textContent('#banner-text')).not.toContain('Đã lưu');
  expect(await emuEval<boolean>(page, `Boolean(window.__emu.sheet(${JSON.stringify(MAPPING_SHEET)}))`)).toBe(false);
  await page.close();
}, 60_000);

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
  expect(await old.textContent('#banner-text')).toContain('Tệp › Tài khoản › Giới thiệu về Excel');
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

test('Office 2016/2019 showing the pane in Internet Explorer or old Edge: a message, not a blank pane', async () => {
  const webviews = {
    trident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
    edgeHtml:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  };
  for (const [lang, ua] of [
    ['vi-VN', webviews.trident],
    ['en-US', webviews.edgeHtml],
  ]) {
    const page = await openPane(lang, '1.1', false, ua);
    await page.waitForFunction(() => document.documentElement.classList.contains('old-webview'));
    await page.waitForFunction(() => (document.getElementById('old-webview')!.textContent ?? '').length > 0);
    const text = await page.textContent('#old-webview');
    expect(text).toContain(
      lang === 'vi-VN'
        ? 'trình duyệt cũ (Internet Explorer hoặc Edge cũ)'
        : 'an old browser (Internet Explorer or old Edge)',
    );
    expect(await page.isVisible('#old-webview')).toBe(true);
    expect(await page.isVisible('.app')).toBe(false);
    await page.close();
  }
  // Edge on Chromium ("Edg/") is not old: the pane starts.
  const modern = await openPane(
    'vi-VN',
    '1.17',
    true,
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  );
  expect(await modern.isVisible('#old-webview')).toBe(false);
  await modern.close();
}, 60_000);

/** WCAG contrast ratio of two CSS colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the pane for every clerk: severity not by colour alone, contrast, keyboard tabs, visible focus, day-first date, Vietnamese percentages, help, busy said', async () => {
  const page = await openPane('vi-VN', '1.17', true, undefined, { partitionKey: 'pk-camket:' });
  // Before any check: what to do, and a link to the help page that the build serves.
  expect(await page.getAttribute('#issues li.empty a', 'href')).toBe('help.html');
  expect(existsSync(path.join(dist, 'help.html'))).toBe(true);

  // The day chosen, day first, beside a box that shows the PC's own format.
  await page.fill('#asof', asOf);
  const [y, m, d] = asOf.split('-');
  expect(await page.textContent('#asof-echo')).toBe(`Ngày ${d}/${m}/${y}`);

  // Keyboard focus shows on the date box (no "outline: none").
  await page.focus('#asof');
  expect(await page.$eval('#asof', (el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  await page.click('#btn-check');
  await page.waitForSelector('#issues .issue');
  const expected = checkOpenWorkbook(grid, { asOf, lang: 'vi' });
  // Each issue says its severity in words (read aloud), and shows a sign, not only a colour.
  const words = await page.$$eval('#issues .issue', (els) =>
    els.map((e) => e.querySelector('.visually-hidden')?.textContent),
  );
  expect(words).toEqual(
    expected.issues.map((i) => ({ error: 'Lỗi: ', warning: 'Cảnh báo: ', info: 'Thông tin: ' })[i.severity]),
  );
  const glyphs = await page.$$eval('#issues .issue .sev', (els) => els.map((e) => e.textContent));
  expect(new Set(glyphs).size).toBe(new Set(expected.issues.map((i) => i.severity)).size);

  // Text on its background: 4.5:1 at least (WCAG AA), the warning chip included.
  const pairs = await page.$$eval('.chip, .status-detail, .issue-message, .muted', (els) =>
    els.map((e) => {
      let bg = 'rgba(0, 0, 0, 0)';
      for (let n: Element | null = e; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement)
        bg = getComputedStyle(n).backgroundColor;
      return { what: e.className, fg: getComputedStyle(e).color, bg };
    }),
  );
  expect(pairs.length).toBeGreaterThan(5);
  for (const p of pairs) expect({ what: p.what, ok: contrast(p.fg, p.bg) >= 4.5 }).toEqual({ what: p.what, ok: true });

  // Tabs: each names its panel; arrows, Home and End move between them.
  for (const id of ['tab-check', 'tab-rollup', 'tab-mapping']) {
    const panel = await page.getAttribute(`#${id}`, 'aria-controls');
    expect(await page.getAttribute(`#${panel}`, 'aria-labelledby')).toBe(id);
  }
  await page.focus('#tab-check');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-rollup');
  expect(await page.getAttribute('#tab-rollup', 'aria-selected')).toBe('true');
  expect(await page.isVisible('#panel-rollup')).toBe(true);
  await page.keyboard.press('End');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-mapping');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-check');
  await page.keyboard.press('ArrowLeft');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-mapping');
  await page.keyboard.press('Home');
  expect(await page.getAttribute('#tab-check', 'aria-selected')).toBe('true');
  expect(await page.getAttribute('#tab-mapping', 'tabindex')).toBe('-1');

  // The on-time rate in Vietnamese notation, with a comma: a rate with a decimal place on 30/9/2023.
  const september = checkOpenWorkbook(grid, { asOf: '2023-09-30', lang: 'vi' }).totals;
  const rate = (100 * september.onTimeRate!).toFixed(1);
  expect(rate.endsWith('.0')).toBe(false);
  await page.fill('#asof', '2023-09-30');
  await page.click('#btn-check');
  await page.waitForFunction(
    (want) => document.querySelector('#kpis .kpi.good .kpi-value')?.textContent === want,
    `${rate.replace('.', ',')}%`,
  );

  // Stored choices live under Office.context.partitionKey.
  await page.uncheck('#mark-cells');
  expect(await page.evaluate(() => window.localStorage.getItem('pk-camket:camket.markCells'))).toBe('off');
  expect(await page.evaluate(() => window.localStorage.getItem('camket.markCells'))).toBeNull();
  await page.check('#mark-cells');

  // A click while Excel is still busy is answered, not ignored.
  await page.evaluate(
    () => ((window as unknown as { __emu: { options: { syncDelayMs: number } } }).__emu.options.syncDelayMs = 400),
  );
  await page.click('#btn-check');
  await page.waitForSelector('#progress:not([hidden])');
  await page.locator('#issues button.issue').first().click();
  expect(await page.textContent('#progress-text')).toContain('Vẫn đang làm việc với Excel');
  await page.waitForSelector('#progress', { state: 'hidden' });
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  await page.close();
}, 60_000);
