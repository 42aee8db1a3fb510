// The manifest: valid against Microsoft's schema (offline, with libxml2 as WebAssembly), Vietnamese by default
// with English overrides, the requirement set the code assumes, and every resource it names
// present in the build — for the dev manifest and for the production one in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { MIN_EXCEL_API } from '../../src/addin/excel-adapter';
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

  test('Excel workbooks, the requirement set the adapter assumes, read/write permission', () => {
    expect(text).toContain('<Host Name="Workbook"/>');
    expect(text).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
    expect(text).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  test('Vietnamese by default, English as an override, for the name, description and ribbon strings', () => {
    expect(text).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(text).toMatch(/<DisplayName DefaultValue="[^"]*Kiểm tra đầu việc cam kết">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(text).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    const strings = [...text.matchAll(/<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US"/g)].map((m) => m[1]);
    expect(strings).toEqual(expect.arrayContaining(['Button.Label', 'Button.Tooltip', 'Group.Label']));
  });

  test('a Home-tab button that shows the task pane', () => {
    expect(text).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(text).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${DEV_URL}taskpane.html"/>`);
  });

  test('the built task pane loads office.js from Microsoft’s CDN before the bundle', () => {
    const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const cdn = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(cdn).toBeGreaterThan(0);
    expect(html.indexOf('taskpane.js')).toBeGreaterThan(cdn);
  });
});
