// The manifest: valid against Microsoft's schema (offline, with libxml2 as WebAssembly), Vietnamese by default
// with English overrides, the requirement set the code assumes, and every resource it names
// present in the build — for the dev manifest and for the production one in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { MANIFEST_EXCEL_API, MIN_EXCEL_API } from '../../src/addin/excel-adapter';
import { paneLanguage } from '../../src/addin/i18n';
import { dist, ensureBuild, repoRoot } from './build';

// Microsoft's published schemas, copied into the repository (see manifest-xsd/README.md).
const xsd = path.join(__dirname, 'manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const DEV_URL = 'https://localhost:3000/';
const PROD_URL = 'https://camket.example.org/addin/';

beforeAll(async () => {
  await ensureBuild();
}, 240_000);

/** libxml2's own schema validation, compiled to WebAssembly (xmllint-wasm): the same check as
 *  `xmllint --schema`, with no system package on any platform. Returns the errors, one per line. */
async function schemaErrors(file: string, contents = readFileSync(file, 'utf8')): Promise<string> {
  const dir = path.dirname(xsd);
  const preload = readdirSync(dir)
    .filter((f) => f.endsWith('.xsd') && f !== path.basename(xsd))
    .map((fileName) => ({ fileName, contents: readFileSync(path.join(dir, fileName), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName: path.basename(file), contents }],
    schema: [readFileSync(xsd, 'utf8')],
    preload,
  });
  return result.errors.map((e) => e.rawMessage).join('\n');
}

function attrs(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

describe.each([
  ['manifest.xml (dev)', path.join(repoRoot, 'manifest.xml'), DEV_URL],
  ['dist/manifest.xml (production)', path.join(dist, 'manifest.xml'), PROD_URL],
])('%s', (_label, file, base) => {
  const xml = () => readFileSync(file, 'utf8');

  test('passes the Office add-in manifest schema', async () => {
    expect(existsSync(xsd)).toBe(true);
    expect(await schemaErrors(file)).toBe('');
  });

  test('the schema check refuses a manifest with its elements out of order or a required part missing', async () => {
    const text = xml();
    const noId = text.replace(/<Id>[^<]*<\/Id>/, '');
    expect(noId).not.toBe(text);
    expect(await schemaErrors(file, noId)).toMatch(/Id/);
    const swapped = text.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1');
    expect(swapped).not.toBe(text);
    expect(await schemaErrors(file, swapped)).not.toBe('');
  });

  test('every resid names a resource defined in <Resources>', () => {
    const text = xml();
    const resources = text.slice(text.indexOf('<Resources>'));
    const ids = new Set(attrs(resources, 'id'));
    const used = attrs(text, 'resid');
    expect(used.length).toBeGreaterThan(5);
    for (const r of used) expect(ids).toContain(r);
  });

  test('every URL and icon it names is served from the build', () => {
    const text = xml();
    // Every URL value (namespace URIs in xmlns attributes are names, not places).
    const urls = [...text.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(u.startsWith(base)).toBe(true);
      const local = path.join(dist, u.slice(base.length).split(/[?#]/)[0]);
      expect(existsSync(local)).toBe(true);
    }
    // Icons are real PNGs of the sizes they claim.
    for (const m of text.matchAll(/<bt:Image id="[^"]+" DefaultValue="[^"]+icon-(\d+)\.png"/g)) {
      const png = readFileSync(path.join(dist, 'assets', `icon-${m[1]}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(m[1]));
      expect(png.readUInt32BE(20)).toBe(Number(m[1]));
    }
  });
});

describe('what the manifest says', () => {
  const text = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');

  test('Excel workbooks, only the requirement set the pane needs to start (it checks the rest and says so), read/write permission', () => {
    expect(text).toContain('<Host Name="Workbook"/>');
    // Excel 2016 (ExcelApi 1.1) and 2019 (1.8) must see the button, so the pane can say what they lack.
    expect(MANIFEST_EXCEL_API).toBe('1.1');
    expect(Number(MIN_EXCEL_API.split('.')[1])).toBeGreaterThan(Number(MANIFEST_EXCEL_API.split('.')[1]));
    expect([...text.matchAll(/<Set Name="(\w+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['ExcelApi', MANIFEST_EXCEL_API],
    ]);
    expect(text).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  test('Vietnamese by default, English as an override, for the name, description and ribbon strings', () => {
    expect(text).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(text).toMatch(
      /<DisplayName DefaultValue="[^"]*Kiểm tra đầu việc cam kết">\s*<Override Locale="en-US" Value="[^"]+"\/>/,
    );
    expect(text).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    const strings = [...text.matchAll(/<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US"/g)].map((m) => m[1]);
    expect(strings).toEqual(expect.arrayContaining(['Button.Label', 'Button.Tooltip', 'Group.Label']));
  });

  test('the ribbon speaks English wherever the pane does: the same English for every English Office', () => {
    const english = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE'];
    // Each element with an English override has them all, with one wording.
    const groups = [...text.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => [
      ...m[2].matchAll(/Locale="([^"]+)" Value="([^"]*)"/g),
    ]);
    expect(groups.length).toBeGreaterThan(5);
    for (const overrides of groups) {
      expect(overrides.map((o) => o[1])).toEqual(english);
      expect(new Set(overrides.map((o) => o[2])).size).toBe(1);
    }
    for (const locale of english) expect(paneLanguage(locale)).toBe('en');
    expect(paneLanguage(text.match(/<DefaultLocale>([^<]+)</)![1])).toBe('vi');
  });

  test('a Home-tab button that shows the task pane', () => {
    expect(text).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/,
    );
    expect(text).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${DEV_URL}taskpane.html"/>`);
  });

  test('the built task pane loads office.js from Microsoft’s CDN, then the old-webview guard, then the bundle', () => {
    const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const cdn = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(cdn).toBeGreaterThan(0);
    expect(html.indexOf('legacy-guard.js')).toBeGreaterThan(cdn);
    expect(html.indexOf('taskpane.js')).toBeGreaterThan(html.indexOf('legacy-guard.js'));
  });

  test('the old-webview guard is ES5, so Internet Explorer 11 (Office 2016/2019) can run it; the pane is not', () => {
    // acorn is webpack's own parser, installed with it.
    const { parse } = jest.requireActual<typeof import('acorn')>('acorn');
    expect(() => parse(readFileSync(path.join(dist, 'legacy-guard.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse(readFileSync(path.join(dist, 'taskpane.js'), 'utf8'), { ecmaVersion: 5 })).toThrow();
  });
});
