import type { Page } from '@playwright/test';

/**
 * Downloads at `mbps` Mbit/s with 20 ms of latency, as over a network. Chromium applies a page's network
 * conditions to its dedicated workers' requests too, so the dataset worker's download is throttled as well.
 */
export async function throttleNetwork(page: Page, mbps: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const bytesPerSecond = (mbps * 1e6) / 8;
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}
