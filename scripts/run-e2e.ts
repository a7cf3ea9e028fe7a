import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { hasSystemChromium } from './chromium-options.ts';

/**
 * Runs the Playwright suite. Uses Debian's Chromium when present (this kind of machine cannot download
 * browsers); on an ordinary machine installs Playwright's own Chromium first if it is missing.
 */
function ensureBrowser(): void {
  if (hasSystemChromium()) return;
  if (existsSync(chromium.executablePath())) return;
  console.log("No Chromium found: installing Playwright's Chromium (npx playwright install chromium)…");
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error('Could not install Chromium. On Debian/Ubuntu: apt-get install -y chromium');
    process.exit(1);
  }
}

ensureBrowser();
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
