// `npm test` runs this first: the browser, LibreOffice, pdftotext and openpyxl the tests drive, installed on
// Debian as root when missing; elsewhere one line per missing program (test/helpers/system-tools.ts).
import { execFileSync } from 'node:child_process';
import { prepareTools } from '../test/helpers/system-tools';

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const missing = prepareTools(process.argv.includes('--install'), (cmd, args) =>
  execFileSync(cmd, args, { stdio: 'inherit', env }),
);
for (const line of missing) console.error(line);
process.exit(missing.length === 0 ? 0 : 1);
