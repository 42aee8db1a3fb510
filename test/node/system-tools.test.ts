// Finding the browser and LibreOffice the tests drive, on each platform's usual places, on PATH and
// through the environment variables; and the one line printed when one is missing.
import { findTool, installHint, type Machine } from '../helpers/system-tools';

const machine = (platform: string, files: string[], env: Record<string, string> = {}): Machine => {
  const present = new Set(files);
  return { platform, env, exists: (f) => present.has(f) };
};

const found = (r: ReturnType<typeof findTool>) => (r.ok ? r.path : `missing: ${r.line}`);

describe('Windows', () => {
  const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\Lan\\AppData\\Local', Path: 'C:\\Windows\\system32' };

  test('Edge, which every Windows has, under Program Files (x86)', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(found(findTool('browser', machine('win32', [edge], env)))).toBe(edge);
  });

  test('Chrome installed for one user, under LOCALAPPDATA', () => {
    const chrome = 'C:\\Users\\Lan\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(found(findTool('browser', machine('win32', [chrome], env)))).toBe(chrome);
  });

  test('LibreOffice at its usual place, found with the environment names in any case', () => {
    const soffice = 'D:\\Apps\\LibreOffice\\program\\soffice.exe';
    expect(found(findTool('libreoffice', machine('win32', [soffice], { PROGRAMFILES: 'D:\\Apps' })))).toBe(soffice);
    const usual = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
    expect(found(findTool('libreoffice', machine('win32', [usual], {})))).toBe(usual);
  });

  test('soffice.exe on a quoted PATH entry', () => {
    const soffice = 'E:\\Portable\\LO\\soffice.exe';
    expect(found(findTool('libreoffice', machine('win32', [soffice], { Path: 'C:\\Windows;"E:\\Portable\\LO"' })))).toBe(soffice);
  });

  test('missing: one line with the winget command and the variable to set', () => {
    const r = findTool('libreoffice', machine('win32', [], env));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toContain('winget install TheDocumentFoundation.LibreOffice');
      expect(r.line).toContain('CAMKET_SOFFICE');
      expect(r.line).not.toContain('\n');
      expect(r.line).not.toContain('apt-get');
    }
  });
});

describe('macOS', () => {
  test('Chrome, Chromium or Edge in /Applications or ~/Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(found(findTool('browser', machine('darwin', [chrome])))).toBe(chrome);
    const edge = '/Users/lan/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(found(findTool('browser', machine('darwin', [edge], { HOME: '/Users/lan' })))).toBe(edge);
  });

  test('LibreOffice.app', () => {
    const soffice = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(found(findTool('libreoffice', machine('darwin', [soffice])))).toBe(soffice);
  });

  test('missing: brew, not apt-get', () => {
    const line = installHint('browser', machine('darwin', []));
    expect(line).toContain('brew install --cask chromium');
    expect(line).not.toContain('apt-get');
  });
});

describe('Linux', () => {
  test("Debian's chromium, or Chrome; soffice on PATH", () => {
    expect(found(findTool('browser', machine('linux', ['/usr/bin/chromium'])))).toBe('/usr/bin/chromium');
    expect(found(findTool('browser', machine('linux', ['/usr/bin/google-chrome-stable'])))).toBe('/usr/bin/google-chrome-stable');
    expect(found(findTool('libreoffice', machine('linux', ['/home/lan/bin/libreoffice'], { PATH: '/usr/bin:/home/lan/bin' })))).toBe('/home/lan/bin/libreoffice');
  });

  test('missing on Debian: the apt-get line with the package; elsewhere: the package manager', () => {
    const debian = findTool('libreoffice', machine('linux', ['/etc/debian_version'], { PATH: '/usr/bin' }));
    expect(debian.ok ? '' : debian.line).toContain('apt-get install -y libreoffice-calc-nogui');
    const other = findTool('browser', machine('linux', [], { PATH: '/usr/bin' }));
    expect(other.ok ? '' : other.line).toMatch(/package manager/);
  });
});

describe('the environment variables point elsewhere', () => {
  test('CAMKET_BROWSER and CAMKET_SOFFICE win over the usual places', () => {
    const files = ['/usr/bin/chromium', '/opt/edge/msedge', '/usr/bin/soffice', '/opt/lo/soffice'];
    const m = machine('linux', files, { CAMKET_BROWSER: '/opt/edge/msedge', CAMKET_SOFFICE: '/opt/lo/soffice' });
    expect(found(findTool('browser', m))).toBe('/opt/edge/msedge');
    expect(found(findTool('libreoffice', m))).toBe('/opt/lo/soffice');
  });

  test('a variable naming no file says so, instead of silently using another program', () => {
    const r = findTool('browser', machine('linux', ['/usr/bin/chromium'], { CAMKET_BROWSER: '/nowhere/chrome' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toBe('CAMKET_BROWSER=/nowhere/chrome: no such file; point CAMKET_BROWSER at the Chromium, Google Chrome or Microsoft Edge program.');
  });
});
