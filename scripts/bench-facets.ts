import type { Locator, Page } from '@playwright/test';
import { percentile } from './bench/stats.ts';
import { runCommand, startPreview } from './bench/servers.ts';
import { SEATED_PARTIES, wideFacetDataset } from './bench/wide-facet-dataset.ts';
import { launchChromium } from './browser.ts';

/**
 * `npx tsx scripts/bench-facets.ts [--no-build] [--values 20000] [--clicks 10]`: loads a dataset whose
 * Parties facet has 20,000 values and prints how long a click on one of its checkboxes takes until the
 * next painted frame (filtering, counts and the re-rendered panel and timeline together), in the
 * collapsed list and in the searchable "Show all" list, and how long Show all takes to open.
 * The target is 300 ms per click; slow figures are results, not failures.
 * Serves dist/ with vite preview on PARLEY_BENCH_PORT (default 4188).
 */
const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  const value = at === -1 ? fallback : Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number ≥ 1`);
  return value;
};
const VALUES = numberArg('--values', 20_000);
const CLICKS = numberArg('--clicks', 10);
const port = Number(process.env.PARLEY_BENCH_PORT ?? 4188);
const TARGET_MS = 300;

/** Milliseconds from a click on the element until two animation frames later: the new view is painted. */
function clickToPaint(target: Locator): Promise<number> {
  return target.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        (element as HTMLElement).click();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      }),
  );
}

const figures = (label: string, values: readonly number[]) => {
  const at = (p: number) => `${(percentile(values, p) ?? NaN).toFixed(0)} ms`;
  const verdict = (percentile(values, 50) ?? Infinity) <= TARGET_MS ? 'within' : 'OVER';
  console.log(
    `${label.padEnd(44)} median ${at(50).padStart(7)}  p90 ${at(90).padStart(7)}  max ${at(100).padStart(7)}  (${values.length} clicks; ${verdict} the ${TARGET_MS} ms target)`,
  );
};

const partiesOf = (page: Page) =>
  page.getByRole('search', { name: 'Filter rounds' }).getByRole('group', { name: 'Parties' });

async function measureCollapsed(page: Page, label: string): Promise<void> {
  const collapsed: number[] = [];
  for (let i = 0; i < CLICKS; i += 1) {
    const box = partiesOf(page)
      .getByRole('checkbox', { disabled: false })
      .nth(i % 4);
    collapsed.push(await clickToPaint(box)); // tick
    collapsed.push(await clickToPaint(box)); // untick
  }
  figures(label, collapsed);
}

async function measureWide(page: Page): Promise<void> {
  const parties = partiesOf(page);
  await measureCollapsed(page, 'tick/untick in the collapsed list');

  const showAll = parties.getByRole('button', { name: /^Show all / });
  const opening = await clickToPaint(showAll);
  console.log(`${'open Show all'.padEnd(44)} ${opening.toFixed(0)} ms`);
  const rendered = await parties.getByRole('checkbox').count();
  console.log(
    `${'checkboxes in the DOM after Show all'.padEnd(44)} ${rendered} of ${VALUES.toLocaleString('en')}+`,
  );

  const listed: number[] = [];
  const list = parties.getByRole('list', { name: 'parties' });
  await list.getByRole('checkbox').first().waitFor();
  for (let i = 0; i < CLICKS; i += 1) {
    const box = list.getByRole('checkbox', { disabled: false }).nth(i % 3);
    listed.push(await clickToPaint(box));
    listed.push(await clickToPaint(box));
  }
  figures(`tick/untick in the Show all list`, listed);

  // Only the first parties sit at a table (see wideFacetDataset): search for one of them.
  await parties.getByRole('searchbox', { name: 'Find parties' }).fill('Wide party 12');
  const found = list.getByRole('checkbox', { disabled: false }).first();
  await found.waitFor();
  const searched: number[] = [];
  for (let i = 0; i < CLICKS; i += 1) searched.push(await clickToPaint(found));
  figures(`tick/untick a value found by search`, searched);
}

if (!args.includes('--no-build')) {
  console.log('building (vite build)…');
  await runCommand('npx', ['vite', 'build'], 180_000);
}
const ROUNDS = 500;
const datasets = {
  wide: JSON.stringify(wideFacetDataset(VALUES, ROUNDS)),
  base: JSON.stringify(wideFacetDataset(SEATED_PARTIES, ROUNDS)),
};
console.log(
  `dataset: ${ROUNDS} rounds with ${VALUES.toLocaleString('en')} extra parties (${(datasets.wide.length / 1e6).toFixed(1)} MB); baseline: the same rounds and tables with only the ${SEATED_PARTIES} seated ones`,
);
const preview = await startPreview(port);
const browser = await launchChromium();
const guard = setTimeout(() => {
  console.error('facet benchmark: over 5 minutes; stopping');
  void browser
    .close()
    .then(() => preview.stop())
    .then(() => process.exit(1));
}, 300_000);
try {
  const open = async (name: keyof typeof datasets) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.route(`**/bench-data/${name}.json`, (route) =>
      route.fulfill({ body: datasets[name], contentType: 'application/json; charset=utf-8' }),
    );
    const loading = Date.now();
    await page.goto(`${preview.url}?data=bench-data/${name}.json`);
    await partiesOf(page).getByRole('checkbox').first().waitFor({ timeout: 120_000 });
    console.log(`${`${name}: load until the filter panel shows`.padEnd(44)} ${Date.now() - loading} ms`);
    return page;
  };
  // The same clicks with a facet of ~135 values: what the rest of the page's redraw costs on this machine.
  await measureCollapsed(await open('base'), `baseline: tick/untick, ${SEATED_PARTIES} extra parties`);
  await measureWide(await open('wide'));
} finally {
  clearTimeout(guard);
  await browser.close();
  await preview.stop();
}
