// Where the programs the tests drive live on this machine: a Chromium-family browser (the task pane
// in a real browser), LibreOffice (the summary opened by a second spreadsheet application), its
// Writer (the Word documents camket drafts, printed to PDF) and pdftotext (Poppler: the text of what
// LibreOffice prints to PDF); and openpyxl (a third client of the summary: Python's .xlsx library,
// run by a Python 3 that has it).
// Pure: given a platform, an environment and a file-exists function, it returns a path or the one line
// to print, so each platform's places are tested on any machine.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export type ToolName = 'browser' | 'libreoffice' | 'writer' | 'pdftotext' | 'openpyxl';

export interface Machine {
  platform: string;
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
}

export type Found = { ok: true; path: string } | { ok: false; line: string };

/** The environment variable that points a tool elsewhere. */
export const TOOL_ENV: Record<ToolName, string> = {
  browser: 'CAMKET_BROWSER',
  libreoffice: 'CAMKET_SOFFICE',
  writer: 'CAMKET_SOFFICE',
  pdftotext: 'CAMKET_PDFTOTEXT',
  openpyxl: 'CAMKET_PYTHON',
};

/** Debian's package for each tool (what `npm test` installs as root). */
export const DEBIAN_PACKAGE: Record<ToolName, string> = {
  browser: 'chromium',
  libreoffice: 'libreoffice-calc-nogui',
  writer: 'libreoffice-writer-nogui',
  pdftotext: 'poppler-utils',
  openpyxl: 'python3-openpyxl',
};

const LABEL: Record<ToolName, string> = {
  browser: 'Chromium, Google Chrome or Microsoft Edge',
  libreoffice: 'LibreOffice',
  writer: 'LibreOffice Writer',
  pdftotext: 'pdftotext (Poppler)',
  openpyxl: 'Python 3 with openpyxl',
};

/** Windows' environment names are case-insensitive (`Path`, `ProgramFiles(x86)`); an injected
 *  environment is a plain object, so look the name up as Windows would. */
function envValue(m: Machine, name: string): string | undefined {
  if (m.platform !== 'win32') return m.env[name];
  const key = Object.keys(m.env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : m.env[key];
}

function onPath(m: Machine, names: string[]): string | undefined {
  const p = m.platform === 'win32' ? path.win32 : path.posix;
  const dirs = (envValue(m, 'PATH') ?? '').split(m.platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = p.join(dir.replace(/^"(.*)"$/, '$1'), m.platform === 'win32' ? `${name}.exe` : name);
      if (m.exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Writer's module beside soffice, where Linux distributions split LibreOffice into packages
 *  (Debian's libreoffice-calc-nogui brings soffice without it, and then a .docx cannot be opened). */
const WRITER_MODULES = [
  '/usr/lib/libreoffice/program/libswlo.so',
  '/opt/libreoffice/program/libswlo.so',
  '/snap/libreoffice/current/lib/libreoffice/program/libswlo.so',
];

/** Debian's openpyxl (python3-openpyxl), a module of Debian's own python3. */
const DEBIAN_OPENPYXL = '/usr/lib/python3/dist-packages/openpyxl/__init__.py';
const DEBIAN_PYTHON = '/usr/bin/python3';

/** The usual install places, most likely first. */
function usualPlaces(tool: ToolName, m: Machine): string[] {
  if (tool === 'writer')
    return m.platform === 'win32' || m.platform === 'darwin' ? usualPlaces('libreoffice', m) : WRITER_MODULES;
  if (m.platform === 'win32') {
    const roots = ['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA']
      .map((v) => envValue(m, v))
      .filter((v): v is string => !!v);
    const fallback = ['C:\\Program Files', 'C:\\Program Files (x86)'];
    const bases = [...new Set([...roots, ...fallback])];
    const within = {
      browser: [
        'Microsoft\\Edge\\Application\\msedge.exe',
        'Google\\Chrome\\Application\\chrome.exe',
        'Chromium\\Application\\chrome.exe',
      ],
      libreoffice: ['LibreOffice\\program\\soffice.exe'],
      // Git for Windows carries a pdftotext (Xpdf's); winget links the commands it installs there.
      pdftotext: ['Git\\mingw64\\bin\\pdftotext.exe', 'Microsoft\\WinGet\\Links\\pdftotext.exe'],
    }[tool as Exclude<ToolName, 'writer' | 'openpyxl'>];
    return within.flatMap((w) => bases.map((b) => path.win32.join(b, w)));
  }
  if (m.platform === 'darwin') {
    // Homebrew's prefixes: Apple silicon, then Intel.
    if (tool === 'pdftotext') return ['/opt/homebrew/bin/pdftotext', '/usr/local/bin/pdftotext'];
    const apps =
      tool === 'browser'
        ? [
            'Google Chrome.app/Contents/MacOS/Google Chrome',
            'Chromium.app/Contents/MacOS/Chromium',
            'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
          ]
        : ['LibreOffice.app/Contents/MacOS/soffice'];
    const home = envValue(m, 'HOME');
    return apps.flatMap((a) =>
      ['/Applications', ...(home ? [path.posix.join(home, 'Applications')] : [])].map((d) => path.posix.join(d, a)),
    );
  }
  return {
    browser: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
      '/snap/bin/chromium',
    ],
    libreoffice: [
      '/usr/bin/soffice',
      '/usr/bin/libreoffice',
      '/usr/lib/libreoffice/program/soffice',
      '/opt/libreoffice/program/soffice',
      '/snap/bin/libreoffice',
    ],
    pdftotext: ['/usr/bin/pdftotext'],
  }[tool as Exclude<ToolName, 'writer' | 'openpyxl'>];
}

const COMMANDS: Record<ToolName, string[]> = {
  browser: [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
    'msedge',
    'chrome',
  ],
  libreoffice: ['soffice', 'libreoffice'],
  // Windows and macOS install LibreOffice whole: there Writer is found with soffice (usualPlaces, findTool).
  writer: [],
  pdftotext: ['pdftotext'],
  // A module, not a program: found by its files (findTool).
  openpyxl: [],
};

/** What to install, for this system, in one line. */
export function installHint(tool: ToolName, m: Machine): string {
  const variable = TOOL_ENV[tool];
  const elsewhere = `or set ${variable} to its path`;
  if (m.platform === 'win32') {
    return {
      browser: `Microsoft Edge is part of Windows: repair it, or install Google Chrome (winget install Google.Chrome), ${elsewhere}.`,
      libreoffice: `install LibreOffice (winget install TheDocumentFoundation.LibreOffice), ${elsewhere}.`,
      writer: `install LibreOffice (winget install TheDocumentFoundation.LibreOffice), ${elsewhere}.`,
      pdftotext: `install Git for Windows (winget install Git.Git), or Poppler (winget install oschwartz10612.Poppler) with its Library\\bin folder on PATH, ${elsewhere}.`,
      openpyxl: `install Python (winget install Python.Python.3.12) and openpyxl (py -m pip install openpyxl), then set ${variable} to that python.exe.`,
    }[tool];
  }
  if (m.platform === 'darwin') {
    return {
      browser: `install Google Chrome or Chromium (brew install --cask chromium), ${elsewhere}.`,
      libreoffice: `install LibreOffice (brew install --cask libreoffice), ${elsewhere}.`,
      writer: `install LibreOffice (brew install --cask libreoffice), ${elsewhere}.`,
      pdftotext: `install Poppler (brew install poppler), ${elsewhere}.`,
      openpyxl: `install openpyxl (python3 -m pip install openpyxl), then set ${variable} to that python3.`,
    }[tool];
  }
  if (m.exists('/etc/debian_version'))
    return `sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGE[tool]}, ${elsewhere}.`;
  return `install ${LABEL[tool]} with your system's package manager, ${elsewhere}.`;
}

export function findTool(tool: ToolName, m: Machine): Found {
  const variable = TOOL_ENV[tool];
  const given = envValue(m, variable);
  if (given) {
    return m.exists(given)
      ? { ok: true, path: given }
      : { ok: false, line: `${variable}=${given}: no such file; point ${variable} at the ${LABEL[tool]} program.` };
  }
  // Which Python on PATH has a module cannot be told from files: Debian's own python3 and its
  // package's files are, elsewhere CAMKET_PYTHON names one.
  if (tool === 'openpyxl') {
    if (m.platform === 'linux' && m.exists(DEBIAN_OPENPYXL) && m.exists(DEBIAN_PYTHON))
      return { ok: true, path: DEBIAN_PYTHON };
    return { ok: false, line: `The tests need ${LABEL[tool]}, which is not on this machine: ${installHint(tool, m)}` };
  }
  // Where LibreOffice comes whole, Writer is wherever soffice is, on PATH too.
  if (tool === 'writer' && (m.platform === 'win32' || m.platform === 'darwin')) {
    const soffice = findTool('libreoffice', m);
    return soffice.ok
      ? soffice
      : { ok: false, line: `The tests need ${LABEL[tool]}, which is not on this machine: ${installHint(tool, m)}` };
  }
  const found = usualPlaces(tool, m).find((f) => m.exists(f)) ?? onPath(m, COMMANDS[tool]);
  if (found) return { ok: true, path: found };
  return { ok: false, line: `The tests need ${LABEL[tool]}, which is not on this machine: ${installHint(tool, m)}` };
}

/** The path of a tool on this machine, or an error carrying the one line to act on. */
export function requireTool(tool: ToolName): string {
  const found = findTool(tool, { platform: process.platform, env: process.env, exists: existsSync });
  if (!found.ok) throw new Error(found.line);
  return found.path;
}

export const TOOLS: ToolName[] = ['browser', 'libreoffice', 'writer', 'pdftotext', 'openpyxl'];

/** The machine prepareTools works on: this one, or a test's. */
export interface Host extends Machine {
  /** The user id (0: root); undefined where there is none (Windows). */
  uid: number | undefined;
  log(line: string): void;
}

const thisHost = (): Host => ({
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  uid: process.getuid?.(),
  log: (l) => console.log(l),
});

/** Finds the tools the tests drive; on Debian, as root and when asked, installs the missing ones with
 *  apt-get. Returns the lines to print for what is still missing (none: ready). */
export function prepareTools(
  install: boolean,
  run: (cmd: string, args: string[]) => void,
  host: Host = thisHost(),
): string[] {
  const missing = () => TOOLS.filter((t) => !findTool(t, host).ok);
  const canApt =
    host.platform === 'linux' &&
    host.uid === 0 &&
    host.exists('/etc/debian_version') &&
    host.exists('/usr/bin/apt-get');
  if (install && canApt && missing().length > 0) {
    const packages = missing().map((t) => DEBIAN_PACKAGE[t]);
    host.log(`Cài gói hệ thống cho bộ kiểm thử / installing system packages: ${packages.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...packages]);
  }
  return missing().flatMap((t) => {
    const found = findTool(t, host);
    return found.ok ? [] : [found.line];
  });
}
