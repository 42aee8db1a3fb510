// `npm test` runs this first: finds the browser and LibreOffice the tests drive; on Debian, as root,
// installs what is missing with apt-get; elsewhere prints one line per missing program and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGE, findTool, type ToolName } from '../test/helpers/system-tools';

const TOOLS: ToolName[] = ['browser', 'libreoffice'];
const machine = () => ({ platform: process.platform, env: process.env, exists: existsSync });
const missing = () => TOOLS.filter((t) => !findTool(t, machine()).ok);

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (missing().length > 0 && canApt && process.argv.includes('--install')) {
  const packages = missing().map((t) => DEBIAN_PACKAGE[t]);
  console.log(`Cài gói hệ thống cho bộ kiểm thử / installing system packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}
const still = missing();
for (const t of still) {
  const found = findTool(t, machine());
  if (!found.ok) console.error(found.line);
}
process.exit(still.length === 0 ? 0 : 1);
