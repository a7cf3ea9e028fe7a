import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { functionPaths, messageLeaves } from '../src/i18n/message-leaves.ts';
import type { Dataset } from '../src/domain/schema.ts';

/**
 * Finds English left in a translated page. Two nets: every fixed English message of the interface's catalogue
 * parts (src/i18n/en*.ts, found on disk so a new part is covered without touching this file), and runs of
 * Latin-script words that read as English sentences. Text inside an element whose `lang` is not the page's
 * (a quote or a source title kept as published) is skipped, as are the Latin spellings the dataset's own
 * translation uses (media names: "Reuters", "The Kyiv Independent") and everything its sources say.
 */

/** Small words no Ukrainian text has, and the interface's commonest nouns and verbs. */
const ENGLISH_WORDS = new Set(
  (
    'the and of with to from for in on at is are was were this that by or not no more less ' +
    'round rounds show hide close open all data filter filters search date period view timeline list ' +
    'details source sources legend zoom copy download cite embed previous next back loading error retry ' +
    'none showing shown step steps reset clear remove earlier later agreed talks held ' +
    // The words of a dataset's problems ("must not be empty", "unknown party", "the cell is empty").
    'must unknown known missing empty got cell column sheet required translates least'
  ).split(' '),
);

const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’.,:;&()/\- ]*[A-Za-z0-9)]/g;

/** The Latin-script runs of a text as the check reads them, to allow data the page shows as it is (a JSON path). */
export function latinRuns(text: string): string[] {
  return (text.match(LATIN_RUN) ?? []).map((run) => run.trim());
}

export interface EnglishCatalogue {
  /** Fixed English messages (no values in them) whose translation differs. */
  messages: Set<string>;
}

/** The fixed English messages of every catalogue part whose Ukrainian differs. */
export async function englishCatalogue(): Promise<EnglishCatalogue> {
  const dir = path.resolve(import.meta.dirname, '../src/i18n');
  const english = new Map<string, string>();
  const skip = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^en(-[a-z-]+)?\.ts$/.test(f))) {
    const module = (await import(path.join(dir, file))) as Record<string, object>;
    for (const part of Object.values(module)) {
      for (const [key, text] of messageLeaves(part)) english.set(key, text);
      for (const key of functionPaths(part)) skip.add(key);
    }
  }
  const { uk } = await import('../src/i18n/uk.ts');
  const ukrainian = messageLeaves(uk);
  const messages = new Set<string>();
  for (const [key, text] of english) {
    if (skip.has(key) || key.startsWith('dates.') || ukrainian.get(key) === text) continue;
    if (text.trim().length >= 3) messages.add(text.trim());
  }
  return { messages };
}

/** Latin-script runs the dataset itself writes in translated or as-published text: not the interface's English. */
export function datasetLatinRuns(dataset: Dataset): Set<string> {
  const runs = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') for (const run of value.match(LATIN_RUN) ?? []) runs.add(run.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(dataset.translations?.uk);
  collect(dataset.sources);
  // The credit's licence and maintainer are names, not sentences ("CC BY 4.0").
  collect([dataset.meta.licence, dataset.meta.maintainer.name]);
  return runs;
}

export interface EnglishFound {
  text: string;
  where: string;
}

/**
 * Every text and accessible-name attribute on the page (hidden ones too: screen readers and later states read
 * them) that is in the page's language and still English.
 */
export async function englishOnPage(
  page: Page,
  catalogue: EnglishCatalogue,
  allowed: Set<string>,
): Promise<EnglishFound[]> {
  const texts = await page.evaluate(() => {
    const found: { text: string; where: string }[] = [];
    const pageLang = document.documentElement.lang;
    const describe = (el: Element) => {
      const name = el.getAttribute('aria-label') ?? el.id ?? '';
      return `<${el.tagName.toLowerCase()}${name ? ` "${name.slice(0, 40)}"` : ''}> in <${el.parentElement?.tagName.toLowerCase() ?? ''}>`;
    };
    const inPageLanguage = (el: Element) =>
      (el.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        // Code (BibTeX, CSL-JSON in the Cite dialog) is a machine format, not the interface's words.
        if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA'].includes(parent.tagName)) continue;
        if (parent.closest('pre, code')) continue;
        if (!inPageLanguage(parent)) continue;
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) found.push({ text, where: describe(parent) });
      } else {
        const el = node as Element;
        if (!inPageLanguage(el)) continue;
        for (const attribute of [
          'aria-label',
          'title',
          'placeholder',
          'alt',
          'aria-description',
          'aria-roledescription',
        ]) {
          const text = el.getAttribute(attribute)?.replace(/\s+/g, ' ').trim();
          if (text) found.push({ text, where: `${attribute} of ${describe(el)}` });
        }
      }
    }
    found.push({ text: document.title, where: 'the document title' });
    return found;
  });
  const english: EnglishFound[] = [];
  for (const { text, where } of texts) {
    if (/^(https?:|mailto:)/.test(text)) continue;
    if (catalogue.messages.has(text)) {
      english.push({ text, where });
      continue;
    }
    for (const match of text.match(LATIN_RUN) ?? []) {
      const run = match.trim();
      // A host name ("www.example.org") is an address, whatever its words; "HTTP 404 Not Found" is the
      // server's status line, quoted as it answered.
      if (allowed.has(run) || /^[\w-]+(\.[\w-]+)+$/.test(run) || /^HTTP \d{3}\b/.test(run)) continue;
      // "The" before a capital starts a name ("The Kyiv Independent"), not a sentence.
      const words = run
        .replace(/\bThe (?=[A-Z])/g, '')
        .toLowerCase()
        .split(/[^a-z']+/)
        .filter(Boolean);
      if (words.length >= 2 && words.some((w) => ENGLISH_WORDS.has(w))) english.push({ text: run, where });
      else if (words.length === 1 && catalogue.messages.has(run)) english.push({ text: run, where });
    }
  }
  return english;
}
