import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Chromium for scripts (screenshots, benchmarks): Debian's where present, with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  const system = '/usr/bin/chromium';
  return chromium.launch(
    existsSync(system)
      ? {
          executablePath: system,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        }
      : {},
  );
}
