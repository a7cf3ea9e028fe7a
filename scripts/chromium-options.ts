import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium where it is installed (Playwright cannot download browsers on every machine), with the
 * flags that keep a sandboxed, offline Chromium quiet and quick; Playwright's own Chromium elsewhere.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** True when the tests will use Debian's Chromium rather than Playwright's own. */
export function hasSystemChromium(): boolean {
  return existsSync(SYSTEM_CHROMIUM);
}
