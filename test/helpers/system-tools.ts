// Where the two programs the tests drive live on this machine: a Chromium-family browser (the task
// pane in a real browser) and LibreOffice (the summary opened by a second spreadsheet application).
// Pure: given a platform, an environment and a file-exists function, it returns a path or the one line
// to print, so each platform's places are tested on any machine.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export type ToolName = 'browser' | 'libreoffice';

export interface Machine {
  platform: string;
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
}

export type Found = { ok: true; path: string } | { ok: false; line: string };

/** The environment variable that points a tool elsewhere. */
export const TOOL_ENV: Record<ToolName, string> = { browser: 'CAMKET_BROWSER', libreoffice: 'CAMKET_SOFFICE' };

/** Debian's package for each tool (what `npm test` installs as root). */
export const DEBIAN_PACKAGE: Record<ToolName, string> = { browser: 'chromium', libreoffice: 'libreoffice-calc-nogui' };

const LABEL: Record<ToolName, string> = { browser: 'Chromium, Google Chrome or Microsoft Edge', libreoffice: 'LibreOffice' };

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

/** The usual install places, most likely first. */
function usualPlaces(tool: ToolName, m: Machine): string[] {
  if (m.platform === 'win32') {
    const roots = ['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA'].map((v) => envValue(m, v)).filter((v): v is string => !!v);
    const fallback = ['C:\\Program Files', 'C:\\Program Files (x86)'];
    const bases = [...new Set([...roots, ...fallback])];
    const within =
      tool === 'browser'
        ? ['Microsoft\\Edge\\Application\\msedge.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe']
        : ['LibreOffice\\program\\soffice.exe'];
    return within.flatMap((w) => bases.map((b) => path.win32.join(b, w)));
  }
  if (m.platform === 'darwin') {
    const apps =
      tool === 'browser'
        ? ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
        : ['LibreOffice.app/Contents/MacOS/soffice'];
    const home = envValue(m, 'HOME');
    return apps.flatMap((a) => ['/Applications', ...(home ? [path.posix.join(home, 'Applications')] : [])].map((d) => path.posix.join(d, a)));
  }
  return tool === 'browser'
    ? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium']
    : ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'];
}

const COMMANDS: Record<ToolName, string[]> = {
  browser: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'msedge', 'chrome'],
  libreoffice: ['soffice', 'libreoffice'],
};

/** What to install, for this system, in one line. */
export function installHint(tool: ToolName, m: Machine): string {
  const variable = TOOL_ENV[tool];
  const elsewhere = `or set ${variable} to its path`;
  if (m.platform === 'win32') {
    return tool === 'browser'
      ? `Microsoft Edge is part of Windows: repair it, or install Google Chrome (winget install Google.Chrome), ${elsewhere}.`
      : `install LibreOffice (winget install TheDocumentFoundation.LibreOffice), ${elsewhere}.`;
  }
  if (m.platform === 'darwin') {
    return tool === 'browser'
      ? `install Google Chrome or Chromium (brew install --cask chromium), ${elsewhere}.`
      : `install LibreOffice (brew install --cask libreoffice), ${elsewhere}.`;
  }
  if (m.exists('/etc/debian_version')) return `sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGE[tool]}, ${elsewhere}.`;
  return `install ${LABEL[tool]} with your system's package manager, ${elsewhere}.`;
}

export function findTool(tool: ToolName, m: Machine): Found {
  const variable = TOOL_ENV[tool];
  const given = envValue(m, variable);
  if (given) {
    return m.exists(given) ? { ok: true, path: given } : { ok: false, line: `${variable}=${given}: no such file; point ${variable} at the ${LABEL[tool]} program.` };
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

const TOOLS: ToolName[] = ['browser', 'libreoffice'];

/** Finds the tools the tests drive; on Debian, as root and when asked, installs the missing ones with
 *  apt-get. Returns the lines to print for what is still missing (none: ready). */
export function prepareTools(install: boolean, run: (cmd: string, args: string[]) => void): string[] {
  const machine = (): Machine => ({ platform: process.platform, env: process.env, exists: existsSync });
  const missing = () => TOOLS.filter((t) => !findTool(t, machine()).ok);
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (install && canApt && missing().length > 0) {
    const packages = missing().map((t) => DEBIAN_PACKAGE[t]);
    console.log(`Cài gói hệ thống cho bộ kiểm thử / installing system packages: ${packages.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...packages]);
  }
  return missing().flatMap((t) => {
    const found = findTool(t, machine());
    return found.ok ? [] : [found.line];
  });
}
