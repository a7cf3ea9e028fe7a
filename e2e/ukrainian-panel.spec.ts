import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { enPanel } from '../src/i18n/en-panel.ts';
import { ukPanel } from '../src/i18n/uk-panel.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder, sourcesCitedIn } from './dataset-facts.ts';

// The round's panel and a document's dialog in the Ukrainian edition: the interface's words from the catalogue,
// the data from the dataset's translations, and quotes and source titles marked with their language. Every
// expectation is read from the catalogue or the dataset file, never from what the page prints.
test.describe.configure({ timeout: 180_000 });

type Translated = {
  title?: string;
  disputes?: ({ subject?: string } | null)[];
  versions?: Record<string, { label?: string }>;
};
const dataset = readBundledDataset() as ReturnType<typeof readBundledDataset> & {
  translations: { uk: { rounds: Record<string, Translated>; documents: Record<string, Translated> } };
};
const dataLang = dataset.meta.languages[0] ?? 'en';
const translated = dataset.translations.uk;
const ordered = roundsInTimeOrder(dataset);

// A round with everything the panel words: quotes, disputes, related rounds, documents if any.
const round = ordered.find(
  (r) =>
    translated.rounds[r.id]?.title &&
    r.statements?.some((s) => s.quote !== undefined) &&
    (r.disputes?.length ?? 0) > 0 &&
    (r.related?.length ?? 0) > 0,
)!;
const ukTitle = translated.rounds[round.id]!.title!;
const cited = sourcesCitedIn(round);
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const titledInDataLang = [...cited]
  .map((id) => sourceById.get(id))
  .filter((s) => s?.title !== undefined && s.language === dataLang);

// A document with versions on a timeline, and a round that dealt with it.
const documentWithVersions = (dataset.documents ?? []).find((d) => d.versions.length > 1)!;
const documentRound = ordered.find((r) => r.documents?.some((d) => d.document === documentWithVersions.id))!;
const ukDocumentTitle = translated.documents[documentWithVersions.id]?.title ?? documentWithVersions.title;

/** The catalogue's English words that are plain text (functions are checked through what they produce). */
function englishWords(part: object): string[] {
  return Object.values(part).flatMap((value: unknown) =>
    typeof value === 'string'
      ? [value.trim()]
      : value && typeof value === 'object'
        ? englishWords(value)
        : [],
  );
}
// Quotation marks are punctuation, not words a reader could find left in English.
const english = englishWords(enPanel).filter((w) => /[A-Za-z]/.test(w));

/** No English word of the catalogue is shown, or names or describes an element, inside `scope`. */
async function expectNoEnglish(scope: Locator): Promise<void> {
  for (const words of english) {
    await expect(scope.getByText(words, { exact: true }).filter({ visible: true }), words).toHaveCount(0);
    const quoted = JSON.stringify(words);
    await expect(scope.locator(`[aria-label=${quoted}], [title=${quoted}]`), words).toHaveCount(0);
  }
}

const panel = (page: Page) => page.getByRole('region', { name: ukPanel.panelRegion });

async function openPanel(page: Page, query: string): Promise<void> {
  await page.goto(`./?lang=uk&${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(ukTitle, { timeout: 60_000 });
}

test('the panel of a round is in Ukrainian, with plural forms from the data and no English left', async ({
  page,
}) => {
  await openPanel(page, `round=${round.id}`);
  const region = panel(page);
  await expect(region.getByRole('navigation', { name: ukPanel.panelSteps })).toBeVisible();
  await expect(region.getByRole('button', { name: ukPanel.panelPrevious })).toBeVisible();
  await expect(region.getByRole('button', { name: ukPanel.panelNext })).toBeVisible();
  await expect(region.getByRole('button', { name: ukPanel.panelClose, exact: true })).toHaveAttribute(
    'title',
    ukPanel.panelCloseHint,
  );
  for (const heading of [
    ukPanel.panelParticipants,
    ukPanel.panelOutcomes,
    ukPanel.panelStatements,
    ukPanel.panelDisputes,
    ukPanel.panelRelated,
    ukPanel.panelSources,
  ]) {
    await expect(region.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
  }
  await expect(region.getByText(ukPanel.panelDate, { exact: true })).toBeVisible();
  // Each dispute says how many accounts compete, in the right Ukrainian form for its count.
  for (const [i, dispute] of round.disputes!.entries()) {
    const subject = translated.rounds[round.id]?.disputes?.[i]?.subject ?? dispute.subject;
    await expect(region.getByRole('group', { name: ukPanel.panelAccountsOf(subject) })).toHaveCount(1);
    await expect(
      region.getByText(ukPanel.panelCompetingAccounts(dispute.accounts.length), { exact: true }).first(),
    ).toBeVisible();
  }
  // Every cited source is listed once, its links described as opening a new tab, in Ukrainian.
  const sourceList = region.getByRole('list').filter({ has: page.locator('li[id^="source-"]') });
  await expect(sourceList.locator(':scope > li')).toHaveCount(cited.size);
  await expect(sourceList.getByRole('link').first()).toHaveAccessibleDescription(ukPanel.panelNewTab);
  // Words put together with the data's: the Ukrainian part is there.
  await expect(region.getByText(ukPanel.panelAccordingTo).first()).toBeVisible();
  await expectNoEnglish(region);
});

test('quotes and source titles are marked with the language they are written in', async ({ page }) => {
  await openPanel(page, `round=${round.id}`);
  const region = panel(page);
  const quotes = round.statements!.filter((s) => s.quote !== undefined);
  const blockquotes = region.locator('blockquote');
  await expect(blockquotes).toHaveCount(quotes.length);
  for (const [i, statement] of quotes.entries()) {
    const quote = blockquotes.nth(i);
    // The marks around it are Ukrainian, the words inside are the speaker's, in the data's language.
    await expect(quote).toContainText(
      `${ukPanel.panelQuoteOpen}${statement.quote}${ukPanel.panelQuoteClose}`,
    );
    await expect(quote.locator(`[lang="${dataLang}"]`)).toHaveText(statement.quote!);
  }
  expect(titledInDataLang.length).toBeGreaterThan(0);
  for (const source of titledInDataLang) {
    await expect(region.getByRole('link', { name: source!.title!, exact: true }).first()).toHaveAttribute(
      'lang',
      dataLang,
    );
  }
});

test('a round the filters leave out says so in Ukrainian, and its button clears them', async ({ page }) => {
  await page.goto(`./?lang=uk&round=${round.id}&q=${encodeURIComponent('"zzqx no such words"')}`);
  const notice = page.getByRole('status').filter({ hasText: ukPanel.panelOutsideFilters });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await notice.getByRole('button', { name: ukPanel.panelClearFilters }).click();
  await expect(notice).toBeHidden();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
});

test('a document’s dialog is in Ukrainian, with its versions counted in the right form', async ({ page }) => {
  await page.goto(`./?lang=uk&round=${documentRound.id}&document=${documentWithVersions.id}`);
  const dialog = page.getByRole('dialog', { name: ukDocumentTitle });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(
    dialog.getByRole('heading', {
      level: 3,
      name: ukPanel.documentVersions(documentWithVersions.versions.length),
    }),
  ).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 3, name: ukPanel.documentAbout })).toBeVisible();
  await expect(dialog.getByText(ukPanel.documentDraftedBy, { exact: true })).toBeVisible();
  await expect(dialog.getByText(ukPanel.documentStripKey)).toBeVisible();
  // Version labels as the dataset translates them (the original where it does not).
  const versions = dialog.getByRole('heading', { level: 4 });
  await expect(versions).toHaveCount(documentWithVersions.versions.length);
  const ukVersions = translated.documents[documentWithVersions.id]?.versions ?? {};
  for (const [i, version] of documentWithVersions.versions.entries()) {
    await expect(versions.nth(i)).toContainText(ukVersions[version.id]?.label ?? version.label);
    if (version.points !== undefined)
      await expect(versions.nth(i)).toContainText(ukPanel.panelPoints(version.points));
  }
  await expectNoEnglish(dialog);
  const results = await axeScan(page).include('dialog').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: ukPanel.documentClose, exact: true }).click();
  await expect(dialog).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe on the Ukrainian panel, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('the panel has no violations', async ({ page }) => {
      await openPanel(page, `round=${round.id}`);
      const results = await axeScan(page).include(`[aria-label="${ukPanel.panelRegion}"]`).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
