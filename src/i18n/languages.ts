import type { Messages } from './messages.ts';

/**
 * The interface's languages. English is the source of truth and ships with the page and its views (null: no
 * catalogue to fetch); every other language is one catalogue, a chunk fetched when a reader chooses it.
 * Adding a language is its catalogue file (typed `Messages`, so a missing or extra key fails the typecheck)
 * and one line here, e.g. `ru: { name: 'Русский', load: () => import('./ru.ts').then((m) => m.ru) }`.
 */
export const languages = {
  en: { name: 'English', load: null },
  uk: { name: 'Українська', load: () => import('./uk.ts').then((m) => m.uk) },
} satisfies Record<string, { name: string; load: (() => Promise<Messages>) | null }>;

export type Lang = keyof typeof languages;

export const DEFAULT_LANG: Lang = 'en';

export const langCodes = Object.keys(languages) as Lang[];
