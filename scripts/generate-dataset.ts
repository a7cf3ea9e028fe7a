import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import realDataset from '../data/russia-ukraine-2025.json' with { type: 'json' };
import { topicSchema, type Dataset, type Person, type Source } from '../src/domain/schema.ts';
import { validateDataset } from '../src/domain/validate-dataset.ts';
import { createRandom, type Random } from './bench/prng.ts';
import { DAY, isoDay } from './bench/synthetic-dates.ts';
import { synthesiseRound, uniqueId, type RoundContext } from './bench/synthetic-rounds.ts';
import {
  FIRST_NAMES,
  LAST_NAMES,
  POSITION_TITLES,
  PUBLISHERS,
  SYNTHETIC_PARTIES,
  WIRES,
  slugify,
} from './bench/synthetic-vocabulary.ts';

// The real topic list, so filters and legends see the vocabulary they will meet in production.
const TOPICS = z.array(topicSchema).parse(realDataset.topics);
const PEOPLE_PER_PARTY = 5;
const SOURCE_COUNT = 300;
const FIRST_DAY = Date.UTC(2016, 0, 1);
// Ten years; the last five days are left free so a range starting on the last day still ends inside.
const SPAN_DAYS = 3653 - 5;
const LANGUAGES = ['en', 'en', 'en', 'en', 'en', 'en', 'uk', 'ru', 'tr', 'ar'] as const;

/** A valid synthetic dataset of n rounds in the real schema; the same n and seed always give the same dataset. */
export function generateDataset(n: number, seed = 1): Dataset {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`round count must be a whole number ≥ 0 (got ${n})`);
  const random = createRandom(seed);
  const sources = synthesiseSources(random);
  const sourceIds = sources.map((source) => source.id);
  const cite = () => random.sample(sourceIds, random.int(1, 3));
  const people = synthesisePeople(random, cite);
  const peopleByParty = new Map<string, Person[]>();
  for (const person of people)
    peopleByParty.set(person.party, [...(peopleByParty.get(person.party) ?? []), person]);
  const ctx: RoundContext = { random, topics: TOPICS, peopleByParty, cite, usedIds: new Set() };

  // Sorted start days, so "related" links can point back at rounds that really came earlier.
  const days = Array.from({ length: n }, () => random.int(0, SPAN_DAYS - 1)).sort((a, b) => a - b);
  const rounds = [];
  const earlier: string[] = [];
  for (const offset of days) {
    const round = synthesiseRound(ctx, new Date(FIRST_DAY + offset * DAY), earlier);
    rounds.push(round);
    earlier.push(round.id);
  }
  return {
    meta: {
      title: `Synthetic dataset (${n} rounds)`,
      description: `Generated for benchmarks by scripts/generate-dataset.ts (seed ${seed}): invented rounds, people and sources over ten years, in the shape of the real data. Not a record of real events.`,
      languages: ['en'],
      licence: 'CC0 1.0',
      // Fixed, not today's date, so the output depends on n and the seed alone.
      updated: '2026-01-01',
      maintainer: { name: 'Parley contributors' },
    },
    parties: SYNTHETIC_PARTIES.map((party) => ({ ...party })),
    people,
    topics: TOPICS,
    sources,
    rounds,
  };
}

function synthesiseSources(random: Random): Source[] {
  return Array.from({ length: SOURCE_COUNT }, (_, i) => {
    const published = isoDay(FIRST_DAY + random.int(0, SPAN_DAYS) * DAY);
    const topic = random.pick(TOPICS);
    const source: Source = {
      id: `S${String(i + 1).padStart(3, '0')}`,
      url: `https://example.org/${published.slice(0, 4)}/${slugify(topic.label)}-${i + 1}`,
      publisher: random.pick(PUBLISHERS),
      title: `Report ${i + 1}: ${topic.label}`,
      published: random.chance(0.1) ? `${published}?` : published,
      language: random.pick(LANGUAGES),
    };
    if (random.chance(0.3)) source.cites = [random.pick(WIRES)];
    return source;
  });
}

function synthesisePeople(random: Random, cite: () => string[]): Person[] {
  const used = new Set<string>();
  return SYNTHETIC_PARTIES.flatMap((party) =>
    Array.from({ length: PEOPLE_PER_PARTY }, () => {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const person: Person = {
        id: uniqueId(used, slugify(name)),
        name,
        party: party.id,
        positions: [{ title: random.pick(POSITION_TITLES), sources: cite() }],
      };
      if (random.chance(0.1)) person.aliases = [name.replace(/^(\S)\S*/, '$1.')];
      return person;
    }),
  );
}

/**
 * Writes generateDataset(n, seed) as compact JSON (as a deployment would serve it), as the validator gives it
 * back: each object's keys in the schema's order, which data/README asks of every dataset and which a dataset
 * saved by the editor has. (The generator builds its objects in an order of its own; read in that order, each
 * round is copied into the schema's by the validator, and the dataset worker writes it again for the page.)
 * Returns the file's size in bytes.
 */
export async function writeDataset(n: number, file: string, seed = 1): Promise<number> {
  const checked = validateDataset(generateDataset(n, seed));
  if (!checked.ok) {
    const [first] = checked.issues;
    throw new Error(`the generated dataset is not valid: ${first?.path} ${first?.message}`);
  }
  const text = JSON.stringify(checked.dataset);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return Buffer.byteLength(text);
}

const USAGE = 'usage: tsx scripts/generate-dataset.ts <n> [out.json] [--seed s]';

async function main(args: readonly string[]): Promise<number> {
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const positional = seedAt >= 0 ? args.filter((_, i) => i !== seedAt && i !== seedAt + 1) : [...args];
  const n = Number(positional[0]);
  if (
    positional.length < 1 ||
    positional.length > 2 ||
    !Number.isInteger(n) ||
    n < 0 ||
    !Number.isInteger(seed)
  ) {
    console.error(USAGE);
    return 2;
  }
  const file = positional[1] ?? `bench-results/synthetic-${n}.json`;
  const bytes = await writeDataset(n, file, seed);
  console.log(`${file}: ${n} rounds, seed ${seed}, ${(bytes / 1000).toFixed(0)} kB`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
