import { describe, expect, it } from 'vitest';
import { buildDatasetModel } from '../domain/dataset-model.ts';
import { bundledJson } from '../test/bundled-dataset.ts';
import { validateDataset } from '../domain/validate-dataset.ts';
import type { Dataset } from '../domain/schema.ts';
import { encodeModel, ModelDecoder } from './model-transfer.ts';

function modelOf(dataset: Dataset) {
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error('the test dataset is invalid');
  return buildDatasetModel(result.dataset);
}

/** The bundled dataset with its rounds repeated under new ids, so the model spans several batches. */
function manyRounds(copies: number): Dataset {
  const dataset = bundledJson();
  const rounds = [...dataset.rounds];
  for (let copy = 1; copy < copies; copy++) {
    dataset.rounds.push(...rounds.map((round) => ({ ...round, id: `${round.id}-copy-${copy}` })));
  }
  return dataset;
}

describe('the model as the dataset worker sends it', () => {
  it('arrives as a head and then batches, and decodes to the model the worker built', () => {
    const model = modelOf(manyRounds(40));
    const parts = [...encodeModel(model)];
    expect(parts[0]?.kind).toBe('head');
    expect(parts.filter((part) => part.kind === 'batch').length).toBeGreaterThan(1);

    const decoder = new ModelDecoder();
    const progress = parts.map((part) => decoder.accept(part));
    expect(progress.at(-1)).toEqual({ done: model.rounds.length, total: model.rounds.length });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));

    const decoded = decoder.finish();
    expect(decoded.rounds).toEqual(model.rounds);
    expect(decoded.index).toEqual(model.index);
    expect(decoded.dataset).toEqual(model.dataset);
    expect(decoded.metaDates).toEqual(model.metaDates);
    // Rounds are shared, not copied, between the dataset as written and its time-ordered view.
    expect(decoded.dataset.rounds).toContain(decoded.rounds[0]!.round);
  });

  it('refuses to finish a model whose last batches never arrived', () => {
    const parts = [...encodeModel(modelOf(manyRounds(40)))];
    const decoder = new ModelDecoder();
    for (const part of parts.slice(0, -1)) decoder.accept(part);
    expect(() => decoder.finish()).toThrow(/arrived incomplete \(\d+ of \d+ rounds\)/);
  });
});
