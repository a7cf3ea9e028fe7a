import type { Party, Person, Round } from './schema.ts';

// Letters that NFD leaves whole, so stripping combining marks alone would not fold them to ASCII;
// typographic dashes and quotes become their ASCII forms; combining marks (no entry) are dropped.
const FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ...Object.fromEntries(
    [...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'].map((c) => [c, '-']),
  ),
  ...Object.fromEntries([...'\u2018\u2019\u201A\u201B\u2032\u02BC'].map((c) => [c, "'"])),
  ...Object.fromEntries([...'\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'].map((c) => [c, '"'])),
};
// The combining diacritical ranges, spelled out: a regular expression without the u flag runs faster.
const FOLDABLE = new RegExp(
  `[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f${Object.keys(FOLDS).join('')}]`,
  'g',
);
const NON_ASCII = /[^\u0020-\u007e\s]/;
const WHITESPACE = /\s+/g;
const UNUSUAL_WHITESPACE = /\s\s|[^\S ]/;

/**
 * Folds text for matching: no case, no diacritics, ASCII dashes and quotes, single spaces.
 * "Çırağan" and "ciragan" fold to the same string, as do "İbrahim Kalın" and "ibrahim kalin".
 */
export function normalizeForSearch(text: string): string {
  let folded = text.toLowerCase();
  // Most text is plain ASCII; only the rest needs decomposing, which is the slow part at 10,000 rounds.
  if (NON_ASCII.test(folded)) {
    folded = oneBytePerCharacter(folded.normalize('NFD').replace(FOLDABLE, (c) => FOLDS[c] ?? ''));
  }
  return (UNUSUAL_WHITESPACE.test(folded) ? folded.replace(WHITESPACE, ' ') : folded).trim();
}

// Wider than Latin-1: a string holding any of these needs two bytes a character in V8.
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text, stored with one byte a character where it can be. V8 keeps a string made from a decomposed
 * (NFD) one at two bytes a character even once the marks are gone, and so is every text it is joined into: at
 * 100,000 generated rounds, whose names include "Türkiye", the search texts took 66 MB instead of 34. JSON.parse
 * makes one-byte strings wherever the characters allow.
 */
function oneBytePerCharacter(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * The folded terms of a query: words split on spaces, and "double-quoted phrases" kept whole.
 * An empty or blank query has no terms and matches everything.
 */
export function searchTerms(query: string): string[] {
  const folded = normalizeForSearch(query);
  const terms: string[] = [];
  for (const match of folded.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '' && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** True when every term occurs somewhere in the folded text (terms combine with AND). */
export function matchesAllTerms(foldedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedText.includes(term)) return false;
  return true;
}

// Fields are joined by a line break, which no folded query term contains, so no term spans two fields.
export const FIELD_SEPARATOR = '\n';

/**
 * Everything a reader might search a round for, folded once: titles, summaries, statements, dispute
 * accounts, outcome summaries, venue, city and country, and the names of its parties and people with
 * every recorded spelling. A person the text merely mentions ("Zelensky said…") also brings their
 * aliases, so "Zelenskyy" finds the round too.
 */
export function roundSearchText(round: Round, names: FoldedNames, mentions: NameMentions): string {
  const fields: (string | undefined)[] = [round.title, round.summary, round.dateLabel];
  const { venue, city, country } = round.location ?? {};
  fields.push(venue, city, country);
  const personIds = new Set<string>();
  const partyIds = new Set<string>();
  for (const participant of round.participants) {
    partyIds.add(participant.party);
    for (const delegate of participant.delegation ?? []) personIds.add(delegate.person);
  }
  for (const session of round.sessions ?? []) {
    fields.push(session.title, session.summary);
    for (const party of session.parties) partyIds.add(party);
  }
  for (const outcome of round.outcomes) fields.push(outcome.summary);
  for (const statement of round.statements ?? []) {
    personIds.add(statement.speaker);
    fields.push(statement.quote, statement.paraphrase);
  }
  for (const dispute of round.disputes ?? []) {
    fields.push(dispute.subject);
    for (const account of dispute.accounts) fields.push(account.claim, account.attribution);
  }
  const folded = fields.flatMap((field) => (field ? [normalizeForSearch(field)] : []));
  for (const id of mentions.find(folded.join(FIELD_SEPARATOR))) personIds.add(id);
  for (const id of partyIds) folded.push(...(names.parties.get(id) ?? []));
  for (const id of personIds) folded.push(...(names.people.get(id) ?? []));
  return folded.join(FIELD_SEPARATOR);
}

/** Every party's and person's names, folded once per dataset rather than once per round that names them. */
export interface FoldedNames {
  /** Per party id: its name and short name. */
  parties: ReadonlyMap<string, readonly string[]>;
  /** Per person id: their name and every alias. */
  people: ReadonlyMap<string, readonly string[]>;
}

export function foldedNames(parties: readonly Party[], people: readonly Person[]): FoldedNames {
  return {
    parties: new Map(parties.map((p) => [p.id, [p.name, p.shortName].map(normalizeForSearch)])),
    people: new Map(people.map((p) => [p.id, [p.name, ...(p.aliases ?? [])].map(normalizeForSearch)])),
  };
}

/** Finds which people with recorded aliases a folded text names, by any spelling, as whole words. */
export interface NameMentions {
  find(foldedText: string): string[];
}

/**
 * Looks for the spellings of every person who has aliases (others need no expansion): each full
 * spelling, and its last word as a surname ("Zelensky" from "Volodymyr Zelensky") unless another
 * person shares that surname.
 */
export function nameMentions(people: readonly Person[]): NameMentions {
  const surnameOwners = new Map<string, Set<string>>();
  for (const person of people) {
    for (const name of [person.name, ...(person.aliases ?? [])]) {
      const surname = normalizeForSearch(name).split(' ').at(-1) ?? '';
      surnameOwners.set(surname, (surnameOwners.get(surname) ?? new Set()).add(person.id));
    }
  }
  const owner = new Map<string, string>();
  for (const person of people) {
    if (!person.aliases?.length) continue;
    for (const name of [person.name, ...person.aliases]) {
      const folded = normalizeForSearch(name);
      const surname = folded.split(' ').at(-1) ?? '';
      const spellings = surnameOwners.get(surname)?.size === 1 ? [folded, surname] : [folded];
      for (const spelling of spellings) {
        if (spelling.length >= 3 && !owner.has(spelling)) owner.set(spelling, person.id);
      }
    }
  }
  const spellings = [...owner];
  return {
    find(foldedText) {
      const found = new Set<string>();
      for (const [spelling, id] of spellings) {
        if (found.has(id)) continue;
        // indexOf is far faster than one big pattern over megabytes; boundaries are checked only where it hits.
        for (let at = foldedText.indexOf(spelling); at !== -1; at = foldedText.indexOf(spelling, at + 1)) {
          if (!isWordChar(foldedText[at - 1]) && !isWordChar(foldedText[at + spelling.length])) {
            found.add(id);
            break;
          }
        }
      }
      return [...found];
    },
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}
