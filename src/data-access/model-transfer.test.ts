import { describe, expect, it } from 'vitest';
import { datedModel, type DatedModel } from '../domain/dataset-model.ts';
import { withFilterIndex } from '../domain/with-filter-index.ts';
import type { Dataset } from '../domain/schema.ts';
import { validateDataset } from '../domain/validate-dataset.ts';
import { bundledJson } from '../test/bundled-dataset.ts';
import {
  encodeModel,
  encodeRounds,
  ModelDecoder,
  ROUNDS_PER_PART,
  type ModelPart,
} from './model-transfer.ts';

function modelOf(dataset: Dataset) {
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error('the test dataset is invalid');
  return datedModel(result.dataset);
}

/** The bundled dataset with its rounds repeated under new ids, so that every kind of part comes in batches. */
function manyRounds(copies: number): Dataset {
  const dataset = bundledJson();
  const rounds = [...dataset.rounds];
  for (let copy = 1; copy < copies; copy++) {
    dataset.rounds.push(...rounds.map((round) => ({ ...round, id: `${round.id}-copy-${copy}` })));
  }
  return dataset;
}

/** The parts in the order the worker posts them: the valid rounds first, then the rest of the model. */
function partsOf(model: DatedModel): ModelPart[] {
  return [...encodeRounds(model.dataset.rounds), ...encodeModel(model)];
}

describe('the model as the dataset worker sends it', () => {
  it('arrives as batches of rounds, a head, dates and time order, and decodes to the model built and indexed', () => {
    const model = modelOf(manyRounds(40));
    const parts = partsOf(model);
    const batches = Math.ceil(model.rounds.length / ROUNDS_PER_PART);
    expect(batches).toBeGreaterThan(1);
    const batchesOf = (kind: ModelPart['kind']) => Array<ModelPart['kind']>(batches).fill(kind);
    // The copies share their originals' dates: one batch of dates, each sent once.
    expect(parts.map((part) => part.kind)).toEqual([
      ...batchesOf('rounds'),
      'head',
      'dates',
      ...batchesOf('order'),
    ]);

    const decoder = new ModelDecoder();
    for (const part of parts) decoder.accept(part);
    const decoded = decoder.finish();
    expect(decoded.rounds).toEqual(model.rounds);
    // The page indexes the rounds itself: the same index as one built in a single thread, counts included,
    // each facet's counts in the same order (toEqual does not compare the order of a Map's entries).
    const { index } = withFilterIndex(model);
    expect(decoded.index).toEqual(index);
    for (const [facet, counts] of Object.entries(index.unfilteredCounts)) {
      expect(
        [...decoded.index.unfilteredCounts[facet as keyof typeof index.unfilteredCounts]],
        facet,
      ).toEqual([...counts]);
    }
    expect(decoded.dataset).toEqual(model.dataset);
    expect(decoded.metaDates).toEqual(model.metaDates);
    // Each round is one object, shared by the dataset as written and its time-ordered view.
    expect(decoded.dataset.rounds).toContain(decoded.rounds[0]!.round);
  });

  it('sends a round as the dataset wrote it where that text is given, and writes the others', () => {
    const model = modelOf(manyRounds(20));
    const { rounds } = model.dataset;
    expect(rounds.length).toBeGreaterThan(ROUNDS_PER_PART);
    // Every third round has its text as a file indented by two would write it; the others have none.
    const given = (k: number) => (k % 3 === 0 ? JSON.stringify(rounds[k], null, 2) : undefined);
    const parts = [...encodeRounds(rounds, given), ...encodeModel(model)];
    const sent = parts.filter((part) => part.kind === 'rounds').map((part) => part.text);
    for (const k of [0, 3, ROUNDS_PER_PART + 2]) {
      const text = given(k + ((3 - (k % 3)) % 3))!;
      expect(sent.some((batch) => batch.includes(text))).toBe(true);
    }
    const decoder = new ModelDecoder();
    for (const part of parts) decoder.accept(part);
    expect(decoder.finish().dataset).toEqual(model.dataset);
  });

  it('carries no search text; the page folds the same texts, translations included, from the rounds', () => {
    const model = modelOf(manyRounds(2));
    // Folded in one thread, as a model indexed there would have them had anything been searched.
    const positions = model.rounds.map((_, i) => i);
    const { searchTexts } = withFilterIndex(model).index;
    const texts = positions.map((i) => searchTexts.at(i));
    const parts = partsOf(model);
    const head = parts.find((part) => part.kind === 'head')!;
    expect(JSON.parse(head.text)).not.toHaveProperty('index');
    // A part that carried the longest text would hold it as JSON writes it (its line breaks escaped).
    const longest = JSON.stringify(texts.reduce((a, b) => (b.length > a.length ? b : a))).slice(1, -1);
    expect(parts.filter((part) => part.text.includes(longest))).toEqual([]);

    const decoder = new ModelDecoder();
    for (const part of parts) decoder.accept(part);
    const decoded = decoder.finish();
    expect(positions.map((i) => decoded.index.searchTexts.at(i))).toEqual(texts);
  });

  it('drops the rounds withdrawn, and decodes the model from the rounds sent again', () => {
    const model = modelOf(manyRounds(3));
    const decoder = new ModelDecoder();
    // Rounds of an array JSON.parse does not keep (a rounds key written twice), sent as they arrived.
    decoder.accept(encodeRounds(model.dataset.rounds.slice(0, 5)).next().value as ModelPart);
    decoder.withdrawRounds();
    for (const part of partsOf(model)) decoder.accept(part);
    const decoded = decoder.finish();
    expect(decoded.dataset.rounds).toEqual(model.dataset.rounds);
    expect(decoded.index).toEqual(withFilterIndex(model).index);
  });

  it('refuses to finish a model whose last batch never arrived', () => {
    const decoder = new ModelDecoder();
    const model = modelOf(manyRounds(40));
    for (const part of partsOf(model).slice(0, -1)) decoder.accept(part);
    const total = model.rounds.length;
    const arrived = Math.floor((total - 1) / ROUNDS_PER_PART) * ROUNDS_PER_PART;
    expect(() => decoder.finish()).toThrow(`arrived incomplete (${arrived} of ${total} rounds)`);
  });

  it('sends each date once, words included, and gives the rounds on it one date between them', () => {
    const model = modelOf(manyRounds(3));
    const dates = partsOf(model).filter((part) => part.kind === 'dates');
    const sent = dates.flatMap((part) => JSON.parse(part.text) as unknown[]);
    // The dates as the rounds have them, each alike pair (fields and words) once.
    const distinct = new Set(
      model.rounds.map(({ date, dateText }) => JSON.stringify([date.start, date.end, date, dateText])),
    );
    expect(sent).toHaveLength(distinct.size);
    expect(sent.length).toBeLessThan(model.rounds.length);

    const decoder = new ModelDecoder();
    for (const part of partsOf(model)) decoder.accept(part);
    const decoded = decoder.finish();
    // A round and its two copies (manyRounds), on one date.
    const { id } = model.dataset.rounds[0]!;
    const copies = [id, `${id}-copy-1`, `${id}-copy-2`].map((each) =>
      decoded.rounds.find(({ round }) => round.id === each)!,
    );
    expect(new Set(copies.map(({ date }) => date)).size).toBe(1);
  });

  it('tells apart dates worded alike whose fields differ, and words that differ on one date', () => {
    const dataset = bundledJson();
    // An approximate date with a label of its own is worded by that label alone.
    const labelled = dataset.rounds.find((round) => round.date.includes('~') && round.dateLabel)!;
    const [from, to] = labelled.date.split('/') as [string, string];
    const { dateLabel: _, ...unlabelled } = labelled;
    // The same words on another start, another end, and another kind of uncertainty.
    const alikeInWords = [
      `2024${from.slice(4)}/${to}`,
      `${from}/2026${to.slice(4)}`,
      labelled.date.replaceAll('~', '%'),
    ];
    dataset.rounds.push(...alikeInWords.map((date, k) => ({ ...labelled, id: `same-words-${k}`, date })), {
      ...unlabelled,
      id: 'same-date-other-words',
    });
    const model = modelOf(dataset);
    const dated = (id: string) => model.rounds.find(({ round }) => round.id === id)!;
    const first = dated(labelled.id);
    for (const k of alikeInWords.keys()) {
      expect(dated(`same-words-${k}`).dateText).toBe(first.dateText);
      expect(dated(`same-words-${k}`).date).not.toEqual(first.date);
    }
    expect(dated('same-date-other-words').date).toEqual(first.date);
    expect(dated('same-date-other-words').dateText).not.toBe(first.dateText);

    const decoder = new ModelDecoder();
    for (const part of partsOf(model)) decoder.accept(part);
    expect(decoder.finish().rounds).toEqual(model.rounds);
  });

  it('sends dates of more than one part, and decodes them all', () => {
    const dataset = bundledJson();
    const [round] = dataset.rounds;
    // A round a day, each on a date of its own.
    const days = Array.from({ length: ROUNDS_PER_PART * 2 + 10 }, (_, k) =>
      new Date(Date.UTC(2016, 0, 1 + k)).toISOString().slice(0, 10),
    );
    dataset.rounds.push(...days.map((date, k) => ({ ...round!, id: `day-${k}`, date })));
    const model = modelOf(dataset);
    const parts = partsOf(model);
    expect(parts.filter((part) => part.kind === 'dates').length).toBeGreaterThanOrEqual(3);
    const decoder = new ModelDecoder();
    for (const part of parts) decoder.accept(part);
    expect(decoder.finish().rounds).toEqual(model.rounds);
  });

  it('refuses a time order naming a date that never arrived', () => {
    const parts = partsOf(modelOf(manyRounds(3)));
    const orders = parts.filter((part) => part.kind === 'order');
    expect.assertions(orders.length + 1);
    expect(orders.length).toBeGreaterThan(0);
    const decoder = new ModelDecoder();
    for (const part of parts) {
      if (part.kind === 'dates') continue;
      if (part.kind !== 'order') decoder.accept(part);
      else expect(() => decoder.accept(part)).toThrow(/names a date it never sent/);
    }
  });

  it('refuses a time order naming a round that never arrived', () => {
    const decoder = new ModelDecoder();
    for (const part of partsOf(modelOf(manyRounds(40))).filter((_, i) => i !== 1)) {
      if (part.kind !== 'order') decoder.accept(part);
      else expect(() => decoder.accept(part)).toThrow(/names a round it never sent/);
    }
  });
});
