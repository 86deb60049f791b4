// Before `npm start` and `npm test` on a fresh clone: install the npm
// packages when node_modules is missing or older than package-lock.json, and
// Debian's Chromium and Firefox ESR when they are missing and we may install them.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale) {
  console.log('Installing npm packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.warn(`No Chromium at ${chromium}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to your Chrome or Chromium.`);
  }
}

// The Firefox end-to-end tests (issue 11) drive Debian's firefox-esr over WebDriver BiDi.
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Firefox ESR (apt-get install firefox-esr)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
  } else {
    console.warn(`No Firefox at ${firefox}. Install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox 128 or newer.`);
  }
}
