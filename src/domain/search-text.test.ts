import { describe, expect, it } from 'vitest';
import type { Person } from './schema.ts';
import { matchesAllTerms, nameMentions, normalizeForSearch, searchTerms } from './search-text.ts';

const person = (id: string, name: string, aliases?: string[]): Person => ({
  id,
  name,
  party: 'x',
  positions: [],
  ...(aliases ? { aliases } : {}),
});

describe('normalizeForSearch', () => {
  it.each([
    ['Çırağan Palace', 'ciragan palace'],
    ['İbrahim Kalın', 'ibrahim kalin'],
    ['Öncü Keçeli', 'oncu keceli'],
    ['Metin Gürak', 'metin gurak'],
    ['Türkiye', 'turkiye'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Søren Ørsted', 'soren orsted'],
    ['Đorđe', 'dorde'],
    ['Łódź', 'lodz'],
    ['Æsir Œuvre', 'aesir oeuvre'],
    ['Zelenskyy', 'zelenskyy'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('maps typographic dashes and quotes to ASCII', () => {
    expect(normalizeForSearch('US–Russia — “four principles” ‘so’ Leaders’ meeting')).toBe(
      "us-russia - \"four principles\" 'so' leaders' meeting",
    );
  });

  it('collapses runs of whitespace and trims the ends', () => {
    expect(normalizeForSearch('  Black \t Sea\n\u00a0deal ')).toBe('black sea deal');
  });

  it('is idempotent', () => {
    const once = normalizeForSearch('Çırağan – “İstanbul”  Łódź');
    expect(normalizeForSearch(once)).toBe(once);
  });
});

describe('searchTerms', () => {
  it('splits a query into folded words, each once', () => {
    expect(searchTerms('  Çırağan   PALACE palace ')).toEqual(['ciragan', 'palace']);
  });

  it('keeps a double-quoted phrase whole, with typographic or unclosed quotes', () => {
    expect(searchTerms('“energy strikes” black')).toEqual(['energy strikes', 'black']);
    expect(searchTerms('rubio "black sea')).toEqual(['rubio', 'black sea']);
  });

  it('has no terms for a blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ""  ')).toEqual([]);
  });
});

describe('matchesAllTerms', () => {
  it('needs every term somewhere in the text, in any order, as substrings', () => {
    const text = 'talks at ciragan palace\nistanbul';
    expect(matchesAllTerms(text, ['istanbul', 'cirag'])).toBe(true);
    expect(matchesAllTerms(text, ['istanbul', 'riyadh'])).toBe(false);
    expect(matchesAllTerms(text, [])).toBe(true);
  });

  it('does not let a phrase span two fields', () => {
    expect(matchesAllTerms('palace\nistanbul', ['palace istanbul'])).toBe(false);
  });
});

describe('normalizeForSearch with searchTerms', () => {
  const matchesQuery = (text: string, query: string) =>
    matchesAllTerms(normalizeForSearch(text), searchTerms(query));
  it('ignores case and diacritics on both sides', () => {
    expect(matchesQuery('Çırağan Palace', 'ciragan')).toBe(true);
    expect(matchesQuery('Ciragan Palace', 'Çırağan')).toBe(true);
    expect(matchesQuery('İbrahim Kalın', 'KALIN ibrahim')).toBe(true);
    expect(matchesQuery('İbrahim Kalın', 'kalin fidan')).toBe(false);
  });
});

describe('nameMentions', () => {
  const people = [
    person('zelensky', 'Volodymyr Zelensky', ['Zelenskyy', 'Zelenski']),
    person('umerov', 'Rustem Umerov', ['Ruslan Umerov']),
    person('a-fomin', 'Alexander Fomin', ['A. Fomin']),
    person('b-fomin', 'Andriy Fomin'),
    person('putin', 'Putin'),
  ];
  const mentions = nameMentions(people);

  it('finds a person with aliases by any spelling, and by the surname of the main name', () => {
    expect(mentions.find('zelenskyy said so')).toEqual(['zelensky']);
    expect(mentions.find('as zelensky put it')).toEqual(['zelensky']);
    expect(mentions.find('ruslan umerov and others')).toEqual(['umerov']);
  });

  it('matches whole words only', () => {
    expect(mentions.find('zelenskyyite')).toEqual([]);
    expect(mentions.find('umerovs')).toEqual([]);
  });

  it('skips a surname two people share, but keeps the full spellings', () => {
    expect(mentions.find('fomin said')).toEqual([]);
    expect(mentions.find('alexander fomin said')).toEqual(['a-fomin']);
  });

  it('ignores people without aliases: their one spelling needs no expansion', () => {
    expect(mentions.find('putin said')).toEqual([]);
  });
});
