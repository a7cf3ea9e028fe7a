import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import type { Dataset, Round } from '../domain/schema.ts';
import { bundledJson } from '../test/bundled-dataset.ts';
import { recordingLoadEvents } from '../test/recording-load-events.ts';
import { loadDataset, type LoadOutcome } from './load-dataset.ts';
import { encodeModel, ROUNDS_PER_PART } from './model-transfer.ts';
import type { DatedModel } from '../domain/dataset-model.ts';

/*
 * The dataset worker keeps the rounds it told as their text light (told-round.ts): the reading after the last
 * byte must come to the same verdict, and the same model, as with every round held whole. Each dataset here
 * has more rounds than a part, so that rounds are told, and kept light, while the bytes arrive.
 */

/** Answers `text` in pieces of 16 KiB, each after the last was read, as a download delivers them. */
function answerInPieces(text: string) {
  const bytes = new TextEncoder().encode(text);
  vi.stubGlobal('fetch', () => {
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        // A turn of the event loop between pieces, in which the validator's chunk can come.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, (at += 16_384)));
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  });
}

/** Loads `written` as the worker does, its told rounds kept light or not; with the texts of the rounds told. */
async function load(written: string, keepToldRoundsLight: boolean) {
  answerInPieces(written);
  const told: (string | undefined)[] = [];
  const outcome = await loadDataset(
    { url: 'https://data.example/talks.json' },
    {
      ...recordingLoadEvents().events,
      roundsPassed: (rounds, roundText) =>
        told.push(...rounds.map((round, k) => roundText?.(k) ?? JSON.stringify(round))),
      roundsWithdrawn: () => told.push('withdrawn'),
      keepToldRoundsLight,
    },
  );
  return { outcome, told };
}

/** What the worker sends of a model after its rounds: its head, its dates and its time order (model-transfer.ts). */
const sent = (model: DatedModel) => [...encodeModel(model)].map((part) => part.text);

/** How many of the model's rounds were kept light: they hold their participants only as a getter. */
const lightRounds = (outcome: LoadOutcome<DatedModel>) =>
  outcome.ok
    ? outcome.model.dataset.rounds.filter((round) => !Object.hasOwn(round, 'participants')).length
    : 0;

/** `dataset` with copies of a round of its own after its rounds, each under an id of its own. */
function enlarged(dataset: Dataset, copies = ROUNDS_PER_PART + 50): Dataset {
  const plain: Round =
    dataset.rounds.find((round) => !round.related && !round.sessions) ?? dataset.rounds[0]!;
  const added = Array.from({ length: copies }, (_, i) => ({ ...plain, id: `copy-${i}` }));
  return { ...dataset, rounds: [...dataset.rounds, ...added] };
}

/** Loads `written` both ways and expects the same verdict, model and rounds told. */
async function expectAlike(written: string) {
  const [whole, light] = [await load(written, false), await load(written, true)];
  expect(light.told).toEqual(whole.told);
  if (whole.outcome.ok && light.outcome.ok) {
    expect(sent(light.outcome.model)).toEqual(sent(whole.outcome.model));
  } else {
    expect(light.outcome).toEqual(whole.outcome);
  }
  return { whole: whole.outcome, light: light.outcome };
}

const fixtures = readdirSync(path.join(import.meta.dirname, '../domain/fixtures')).filter(
  // Not the empty file, nor the array: neither has rounds to tell.
  (name) => name.endsWith('.json') && name !== 'json-array.json' && name !== 'empty.json',
);

afterEach(() => vi.unstubAllGlobals());

/** The bundled dataset in English alone, its translations left out: stories, documents, rounds not held. */
function inOneLanguage(): Dataset {
  const { translations: _, ...dataset } = bundledJson();
  return { ...dataset, meta: { ...dataset.meta, languages: ['en'] } };
}

describe('loadDataset keeping the rounds told light', () => {
  it('gives the bundled dataset in one language, its stories, documents and rounds not held, as held whole', async () => {
    const dataset = enlarged(inOneLanguage());
    expect(dataset.rounds.some((round) => round.status !== undefined && round.status !== 'held')).toBe(true);
    expect(dataset.stories?.some((story) => story.steps.some((step) => step.view?.round))).toBe(true);
    const { whole, light } = await expectAlike(JSON.stringify(dataset));
    expect(whole.ok).toBe(true);
    // Most rounds were kept light, and none where not asked.
    expect(lightRounds(light)).toBeGreaterThanOrEqual(ROUNDS_PER_PART);
    expect(lightRounds(whole)).toBe(0);
  });

  it('keeps every round whole in a dataset that lists more languages, which may translate every round', async () => {
    const dataset = enlarged(bundledJson());
    expect(dataset.meta.languages.length).toBeGreaterThan(1);
    const { whole, light } = await expectAlike(JSON.stringify(dataset));
    expect(whole.ok).toBe(true);
    expect(lightRounds(light)).toBe(0);
  });

  it.each(fixtures)('comes to the same verdict on %s, enlarged', async (name) => {
    await expectAlike(JSON.stringify(enlarged(JSON.parse(readFixture(name)) as Dataset)));
  });

  it('reads light rounds again, and refuses alike, where the people are written again after the rounds, moved', async () => {
    const dataset = enlarged(inOneLanguage());
    const [person] = dataset.people;
    // The same people, or the first moved to another party, which refuses the delegations they sit in: the
    // rounds' own checks then run again, on rounds kept light.
    const moved = dataset.people.map((each) =>
      each.id === person!.id ? { ...each, party: dataset.parties.at(-1)!.id } : each,
    );
    const again = (people: unknown) =>
      `${JSON.stringify(dataset).slice(0, -1)},"people":${JSON.stringify(people)}}`;
    const same = await expectAlike(again(dataset.people));
    expect(same.whole.ok).toBe(true);
    const other = await expectAlike(again(moved));
    expect(other.whole.ok).toBe(false);
  });
});
