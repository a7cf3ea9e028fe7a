import { expect, test } from '@playwright/test';
import type { Story } from '../src/domain/schema.ts';
import { enLinkNotices } from '../src/i18n/en-link-notices.ts';
import { ukLinkNotices } from '../src/i18n/uk-link-notices.ts';
import { readBundledDataset } from './bundled-dataset.ts';

// The notices about ignored parts of a link, in the Ukrainian edition: worded from the catalogue, with the
// link's parameters and values as it wrote them.
test.describe.configure({ timeout: 90_000 });
const story: Story = readBundledDataset().stories![0]!;

test('?lang=uk words the notices about an unknown round and a bad step in Ukrainian', async ({ page }) => {
  await page.goto('./?lang=uk&round=no-such-round');
  const status = page.getByRole('status').filter({ hasText: 'round="no-such-round"' });
  await expect(status.getByText(ukLinkNotices.linkUnknownId('round', 'no-such-round'))).toBeVisible({
    timeout: 30_000,
  });
  await expect(status.getByText(enLinkNotices.linkUnknownId('round', 'no-such-round'))).toHaveCount(0);

  await page.goto(`./?lang=uk&step=x&story=${story.id}`);
  await expect(page.getByRole('status').getByText(ukLinkNotices.linkBadStep('x'))).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(enLinkNotices.linkBadStep('x'))).toHaveCount(0);
});
