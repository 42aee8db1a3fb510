// Finding the browser, LibreOffice and pdftotext the tests drive, on each platform's usual places, on PATH and
// through the environment variables; and the one line printed when one is missing.
import { type Host, findTool, installHint, type Machine, prepareTools } from '../helpers/system-tools';

const machine = (platform: string, files: string[], env: Record<string, string> = {}): Machine => {
  const present = new Set(files);
  return { platform, env, exists: (f) => present.has(f) };
};

const found = (r: ReturnType<typeof findTool>) => (r.ok ? r.path : `missing: ${r.line}`);

describe('Windows', () => {
  const env = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\Lan\\AppData\\Local',
    Path: 'C:\\Windows\\system32',
  };

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
    expect(
      found(findTool('libreoffice', machine('win32', [soffice], { Path: 'C:\\Windows;"E:\\Portable\\LO"' }))),
    ).toBe(soffice);
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
    expect(found(findTool('browser', machine('linux', ['/usr/bin/google-chrome-stable'])))).toBe(
      '/usr/bin/google-chrome-stable',
    );
    expect(
      found(
        findTool('libreoffice', machine('linux', ['/home/lan/bin/libreoffice'], { PATH: '/usr/bin:/home/lan/bin' })),
      ),
    ).toBe('/home/lan/bin/libreoffice');
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
    if (!r.ok)
      expect(r.line).toBe(
        'CAMKET_BROWSER=/nowhere/chrome: no such file; point CAMKET_BROWSER at the Chromium, Google Chrome or Microsoft Edge program.',
      );
  });
});

describe('pdftotext, which reads back the text of the summary printed to PDF', () => {
  test("Debian's poppler-utils, or pdftotext on PATH", () => {
    expect(found(findTool('pdftotext', machine('linux', ['/usr/bin/pdftotext'])))).toBe('/usr/bin/pdftotext');
    expect(
      found(
        findTool(
          'pdftotext',
          machine('linux', ['/home/lan/.local/bin/pdftotext'], { PATH: '/usr/bin:/home/lan/.local/bin' }),
        ),
      ),
    ).toBe('/home/lan/.local/bin/pdftotext');
  });

  test('Homebrew on Apple silicon and on Intel', () => {
    expect(found(findTool('pdftotext', machine('darwin', ['/opt/homebrew/bin/pdftotext'])))).toBe(
      '/opt/homebrew/bin/pdftotext',
    );
    expect(found(findTool('pdftotext', machine('darwin', ['/usr/local/bin/pdftotext'])))).toBe(
      '/usr/local/bin/pdftotext',
    );
  });

  test('Windows: the one Git for Windows carries, or pdftotext.exe on PATH', () => {
    const git = 'C:\\Program Files\\Git\\mingw64\\bin\\pdftotext.exe';
    expect(found(findTool('pdftotext', machine('win32', [git], { ProgramFiles: 'C:\\Program Files' })))).toBe(git);
    const poppler = 'D:\\Tools\\poppler-24.08.0\\Library\\bin\\pdftotext.exe';
    expect(
      found(
        findTool(
          'pdftotext',
          machine('win32', [poppler], { Path: 'C:\\Windows;D:\\Tools\\poppler-24.08.0\\Library\\bin' }),
        ),
      ),
    ).toBe(poppler);
  });

  test('CAMKET_PDFTOTEXT wins over the usual places', () => {
    const m = machine('linux', ['/usr/bin/pdftotext', '/opt/xpdf/pdftotext'], {
      CAMKET_PDFTOTEXT: '/opt/xpdf/pdftotext',
    });
    expect(found(findTool('pdftotext', m))).toBe('/opt/xpdf/pdftotext');
  });

  test('missing: the line for each system names what to install and the variable', () => {
    const line = (m: Machine) => {
      const r = findTool('pdftotext', m);
      return r.ok ? `found ${r.path}` : r.line;
    };
    expect(line(machine('linux', ['/etc/debian_version'], { PATH: '/usr/bin' }))).toBe(
      'The tests need pdftotext (Poppler), which is not on this machine: sudo apt-get update && sudo apt-get install -y poppler-utils, or set CAMKET_PDFTOTEXT to its path.',
    );
    expect(line(machine('darwin', []))).toContain('brew install poppler');
    const windows = line(machine('win32', [], { Path: 'C:\\Windows' }));
    expect(windows).toContain('winget install Git.Git');
    expect(windows).toContain('CAMKET_PDFTOTEXT');
    expect(windows).not.toContain('apt-get');
  });
});

describe('LibreOffice Writer, which prints the Word documents camket drafts', () => {
  test('Debian splits LibreOffice: Writer is its own package, found by its module beside soffice', () => {
    const calcOnly = machine('linux', ['/etc/debian_version', '/usr/bin/soffice'], { PATH: '/usr/bin' });
    expect(found(findTool('libreoffice', calcOnly))).toBe('/usr/bin/soffice');
    const r = findTool('writer', calcOnly);
    expect(r.ok ? r.path : r.line).toBe(
      'The tests need LibreOffice Writer, which is not on this machine: sudo apt-get update && sudo apt-get install -y libreoffice-writer-nogui, or set CAMKET_SOFFICE to its path.',
    );
    expect(
      found(findTool('writer', machine('linux', ['/usr/bin/soffice', '/usr/lib/libreoffice/program/libswlo.so']))),
    ).toBe('/usr/lib/libreoffice/program/libswlo.so');
  });

  test('Windows and macOS install LibreOffice whole: Writer is wherever soffice is', () => {
    const soffice = 'E:\\Portable\\LO\\soffice.exe';
    expect(found(findTool('writer', machine('win32', [soffice], { Path: 'C:\\Windows;E:\\Portable\\LO' })))).toBe(
      soffice,
    );
    const app = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(found(findTool('writer', machine('darwin', [app])))).toBe(app);
    const none = findTool('writer', machine('darwin', []));
    expect(none.ok ? '' : none.line).toContain('brew install --cask libreoffice');
  });
});

/** Debian's openpyxl (python3-openpyxl). */
const openpyxl = '/usr/lib/python3/dist-packages/openpyxl/__init__.py';

describe('openpyxl, a third client that reads the summary back', () => {
  test("Debian's python3-openpyxl, for Debian's python3; not some python3 on PATH that may lack it", () => {
    expect(found(findTool('openpyxl', machine('linux', ['/usr/bin/python3', openpyxl])))).toBe('/usr/bin/python3');
    const r = findTool(
      'openpyxl',
      machine('linux', ['/etc/debian_version', '/usr/bin/python3', '/root/.pyenv/shims/python3'], {
        PATH: '/root/.pyenv/shims:/usr/bin',
      }),
    );
    expect(r.ok ? r.path : r.line).toBe(
      'The tests need Python 3 with openpyxl, which is not on this machine: sudo apt-get update && sudo apt-get install -y python3-openpyxl, or set CAMKET_PYTHON to its path.',
    );
  });

  test('CAMKET_PYTHON names a Python that has it, on any system', () => {
    expect(
      found(
        findTool(
          'openpyxl',
          machine('darwin', ['/opt/homebrew/bin/python3'], { CAMKET_PYTHON: '/opt/homebrew/bin/python3' }),
        ),
      ),
    ).toBe('/opt/homebrew/bin/python3');
    const py = 'C:\\Users\\Lan\\AppData\\Local\\Programs\\Python\\Python312\\python.exe';
    expect(found(findTool('openpyxl', machine('win32', [py], { camket_python: py })))).toBe(py);
  });

  test('missing on Windows and macOS: pip, and the variable to set', () => {
    const line = (m: Machine) => {
      const r = findTool('openpyxl', m);
      return r.ok ? `found ${r.path}` : r.line;
    };
    expect(line(machine('win32', [], { Path: 'C:\\Windows' }))).toBe(
      'The tests need Python 3 with openpyxl, which is not on this machine: install Python (winget install Python.Python.3.12) and openpyxl (py -m pip install openpyxl), then set CAMKET_PYTHON to that python.exe.',
    );
    expect(line(machine('darwin', ['/usr/bin/python3']))).toBe(
      'The tests need Python 3 with openpyxl, which is not on this machine: install openpyxl (python3 -m pip install openpyxl), then set CAMKET_PYTHON to that python3.',
    );
  });
});

describe('prepareTools: what `npm test` installs first', () => {
  /** A machine whose apt-get "installs" a package by making its program exist. */
  function host(platform: string, files: string[], uid: number | undefined) {
    const present = new Set(files);
    const logged: string[] = [];
    const runs: string[] = [];
    const programs: Record<string, string> = {
      chromium: '/usr/bin/chromium',
      'libreoffice-calc-nogui': '/usr/bin/soffice',
      'libreoffice-writer-nogui': '/usr/lib/libreoffice/program/libswlo.so',
      'poppler-utils': '/usr/bin/pdftotext',
      'python3-openpyxl': openpyxl,
    };
    const run = (cmd: string, args: string[]) => {
      runs.push([cmd, ...args].join(' '));
      if (args[0] === 'install') for (const a of args.slice(1)) if (programs[a]) present.add(programs[a]);
    };
    const h: Host = {
      platform,
      env: { PATH: '/usr/bin' },
      exists: (f) => present.has(f),
      uid,
      log: (l) => logged.push(l),
    };
    return { h, run, runs, logged };
  }
  const debian = ['/etc/debian_version', '/usr/bin/apt-get', '/usr/bin/python3'];

  test('on Debian as root: only the missing packages, poppler-utils among them; then nothing is missing', () => {
    const m = host(
      'linux',
      [...debian, '/usr/bin/chromium', '/usr/bin/soffice', '/usr/lib/libreoffice/program/libswlo.so', openpyxl],
      0,
    );
    expect(prepareTools(true, m.run, m.h)).toEqual([]);
    expect(m.runs).toEqual(['apt-get update -qq', 'apt-get install -y -qq poppler-utils']);
    expect(m.logged).toEqual(['Cài gói hệ thống cho bộ kiểm thử / installing system packages: poppler-utils']);
    const all = host('linux', debian, 0);
    expect(prepareTools(true, all.run, all.h)).toEqual([]);
    expect(all.runs).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq chromium libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils python3-openpyxl',
    ]);
  });

  test('nothing missing: nothing installed; not root, or not asked: the lines to act on', () => {
    const ready = host(
      'linux',
      [
        ...debian,
        '/usr/bin/chromium',
        '/usr/bin/soffice',
        '/usr/lib/libreoffice/program/libswlo.so',
        '/usr/bin/pdftotext',
        openpyxl,
      ],
      0,
    );
    expect(prepareTools(true, ready.run, ready.h)).toEqual([]);
    expect(ready.runs).toEqual([]);
    const user = host(
      'linux',
      [...debian, '/usr/bin/chromium', '/usr/bin/soffice', '/usr/lib/libreoffice/program/libswlo.so', openpyxl],
      1000,
    );
    expect(prepareTools(true, user.run, user.h)).toEqual([
      'The tests need pdftotext (Poppler), which is not on this machine: sudo apt-get update && sudo apt-get install -y poppler-utils, or set CAMKET_PDFTOTEXT to its path.',
    ]);
    expect(user.runs).toEqual([]);
    const unasked = host('linux', debian, 0);
    expect(prepareTools(false, unasked.run, unasked.h)).toEqual([
      'The tests need Chromium, Google Chrome or Microsoft Edge, which is not on this machine: sudo apt-get update && sudo apt-get install -y chromium, or set CAMKET_BROWSER to its path.',
      'The tests need LibreOffice, which is not on this machine: sudo apt-get update && sudo apt-get install -y libreoffice-calc-nogui, or set CAMKET_SOFFICE to its path.',
      'The tests need LibreOffice Writer, which is not on this machine: sudo apt-get update && sudo apt-get install -y libreoffice-writer-nogui, or set CAMKET_SOFFICE to its path.',
      'The tests need pdftotext (Poppler), which is not on this machine: sudo apt-get update && sudo apt-get install -y poppler-utils, or set CAMKET_PDFTOTEXT to its path.',
      'The tests need Python 3 with openpyxl, which is not on this machine: sudo apt-get update && sudo apt-get install -y python3-openpyxl, or set CAMKET_PYTHON to its path.',
    ]);
    expect(unasked.runs).toEqual([]);
  });
});
