#!/usr/bin/env node
// Checks the Debian packages the tests need; with --install (as root, with apt-get) installs the
// missing ones. Plain JavaScript so it runs before `npm ci` on a bare machine.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');

const PACKAGES = [
  { pkg: 'chromium', present: () => fs.existsSync('/usr/bin/chromium') },
  { pkg: 'libreoffice-calc-nogui', present: () => has('soffice') || has('libreoffice') },
  { pkg: 'libxml2-utils', present: () => has('xmllint') },
  { pkg: 'libsecret-1-dev', present: () => spawnSync('pkg-config', ['--exists', 'libsecret-1']).status === 0 },
  { pkg: 'pkg-config', present: () => has('pkg-config') },
];

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = PACKAGES.filter((p) => !p.present()).map((p) => p.pkg);
if (missing.length === 0) process.exit(0);
const install = process.argv.includes('--install');
const canInstall = process.getuid && process.getuid() === 0 && has('apt-get');
if (install && canInstall) {
  console.log(`Cài gói hệ thống cho bộ kiểm thử / installing system packages: ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
console.error(
  `Thiếu gói hệ thống cho bộ kiểm thử: ${missing.join(', ')}.\n` +
    `Missing system packages for the tests: ${missing.join(', ')}.\n` +
    `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
);
process.exit(1);
