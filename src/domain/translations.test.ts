import { afterEach, describe, expect, it } from 'vitest';
import { uk } from '../i18n/uk.ts';
import { datedModel } from './dataset-model.ts';
import { withFilterIndex } from './with-filter-index.ts';
import { englishDates, intlDates, setDateLocale } from './date-locale.ts';
import { filterRounds } from './filter-rounds.ts';
import { localiseModel } from './localise-model.ts';
import { emptyFilters } from './round-filters.ts';
import type { Dataset } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';
import small from './fixtures/valid-small.json';

afterEach(() => setDateLocale(englishDates));

/** The small fixture declaring Ukrainian, with `translations` as given. */
function withTranslations(translations: unknown, languages = ['en', 'uk']): unknown {
  return { ...small, meta: { ...small.meta, languages }, translations };
}

function messagesOf(input: unknown): string[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const ukrainian = {
  uk: {
    rounds: {
      'first-talks': {
        title: 'Перші прямі переговори',
        outcomes: ['Домовилися про обмін'],
        statements: ['Велл назвала зустріч першим кроком.'],
      },
      'technical-talks': {
        sessions: [null, { title: 'Південна країна з посередником' }],
        disputes: [
          {
            subject: 'Чи зустрілися делегації віч-на-віч',
            accounts: [null, { attribution: 'Озерний союз' }],
          },
        ],
      },
    },
    people: {
      'ana-vell': { name: 'Ана Велл', positions: ['Міністерка закордонних справ Північної країни'] },
    },
    places: { Lakeside: 'Лейксайд' },
  },
};

describe('translations: validation', () => {
  it('accepts translations of fields the data has, into a language it lists', () => {
    expect(messagesOf(withTranslations(ukrainian))).toEqual([]);
  });

  it('names an unknown language, an unknown id and a field with no original', () => {
    const messages = messagesOf(
      withTranslations({
        zz: { people: { 'ana-vell': { name: 'X' } } },
        uk: {
          rounds: {
            'no-such-round': { title: 'Щось' },
            'first-talks': { shortTitle: 'Коротко', outcomes: ['Один', 'Два'] },
          },
          people: { nobody: { name: 'Ніхто' } },
          places: { Atlantis: 'Атлантида' },
        },
      }),
    );
    expect(messages).toEqual([
      'translations.zz: unknown language "zz": list it in meta.languages (now: en, uk)',
      'translations.uk.rounds["no-such-round"]: unknown round "no-such-round": there is no round with this id to translate',
      'translations.uk.rounds["first-talks"].shortTitle: translates shortTitle, which the original does not have',
      'translations.uk.rounds["first-talks"].outcomes[1]: translates outcome 2, but the round has 1',
      'translations.uk.people.nobody: unknown person "nobody": there is no person with this id to translate',
      'translations.uk.places.Atlantis: no round is held at "Atlantis" (city, country or venue)',
    ]);
  });

  it('names list elements beyond the original, a quote translated and a position nobody holds', () => {
    const messages = messagesOf(
      withTranslations({
        uk: {
          rounds: {
            'technical-talks': {
              sessions: [null, null, { title: 'Третя' }],
              disputes: [{ accounts: [null, null, { claim: 'Третій' }] }],
              statements: ['Зайва'],
              positions: { 'boris-tam': 'Посол' },
            },
          },
          people: { 'chen-oru': { positions: ['Посол'] } },
        },
      }),
    );
    expect(messages).toEqual([
      'translations.uk.rounds["technical-talks"].sessions[2]: translates session 3, but the round has 2',
      'translations.uk.rounds["technical-talks"].statements[0]: translates statement 1, but the round has 0',
      'translations.uk.rounds["technical-talks"].disputes[0].accounts[2]: translates account 3, but the dispute has 2',
      'translations.uk.rounds["technical-talks"].positions["boris-tam"]: no delegate "boris-tam" with a position (title at this round) to translate',
      'translations.uk.people["chen-oru"].positions[0]: translates position 1, but the person has 0',
    ]);
  });

  it('refuses a translation into the dataset’s own language, and fields that cannot be translated', () => {
    expect(messagesOf(withTranslations({ en: {} }))).toEqual([
      `translations.en: "en" is the dataset's own language (meta.languages[0]): its text needs no translation`,
    ]);
    expect(messagesOf(withTranslations({ uk: { sources: {} } })).join('\n')).toMatch(/translations\.uk/);
  });
});

describe('translations: the localised model', () => {
  const model = () => {
    const result = validateDataset(withTranslations(ukrainian));
    if (!result.ok) throw new Error('fixture invalid');
    return withFilterIndex(datedModel(result.dataset as Dataset));
  };

  it('shows the translation where there is one and the original elsewhere, with dates in the language', () => {
    setDateLocale(intlDates('uk', uk.dates));
    const local = localiseModel(model(), 'uk');
    const first = local.rounds.find((d) => d.round.id === 'first-talks')!;
    expect(first.round.title).toBe('Перші прямі переговори');
    expect(first.round.outcomes[0]!.summary).toBe('Домовилися про обмін');
    expect(first.round.location?.city).toBe('Лейксайд');
    const other = local.rounds.find((d) => d.round.id === 'technical-talks')!;
    expect(other.round.title).toBe('Technical talks on a ceasefire');
    expect(first.dateText).toMatch(/^\d+ [а-яіїєґ]+ \d{4}$/);
    expect(local.dataset.people.find((p) => p.id === 'ana-vell')).toMatchObject({
      name: 'Ана Велл',
      aliases: ['Ana Vell'],
    });
    expect(local.original?.rounds[0]!.title).toBe(small.rounds[0]!.title);
  });

  it('translates paraphrases, sessions, disputes and positions element by element, leaving the rest as written', () => {
    const local = localiseModel(model(), 'uk');
    const round = (id: string) => local.rounds.find((d) => d.round.id === id)!.round;
    expect(round('first-talks').statements?.[0]?.paraphrase).toBe('Велл назвала зустріч першим кроком.');
    const technical = round('technical-talks');
    expect(technical.sessions?.map((s) => s.title)).toEqual([
      small.rounds[1]!.sessions![0]!.title,
      'Південна країна з посередником',
    ]);
    const dispute = technical.disputes![0]!;
    expect(dispute.subject).toBe('Чи зустрілися делегації віч-на-віч');
    expect(dispute.accounts.map((a) => a.attribution)).toEqual([
      small.rounds[1]!.disputes![0]!.accounts[0]!.attribution,
      'Озерний союз',
    ]);
    expect(dispute.accounts[1]!.claim).toBe(small.rounds[1]!.disputes![0]!.accounts[1]!.claim);
    expect(local.dataset.people.find((p) => p.id === 'ana-vell')!.positions[0]!.title).toBe(
      'Міністерка закордонних справ Північної країни',
    );
  });

  it('leaves an English reader’s model untouched', () => {
    const english = model();
    expect(localiseModel(english, 'en')).toBe(english);
  });

  it('finds a round by its translated title and by either spelling of a name', () => {
    const { index } = model();
    const search = (q: string) => filterRounds(index, { ...emptyFilters, q });
    expect(search('перші прямі')).toEqual(['first-talks']);
    expect(search('First direct')).toEqual(['first-talks']);
    expect(search('Ана Велл')).toEqual(search('Ana Vell'));
    expect(search('Ана Велл').length).toBeGreaterThan(0);
  });
});
