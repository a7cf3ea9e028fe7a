import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-options.ts';

/** Chromium for scripts (screenshots, benchmarks), launched as the tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
