import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../domain/validate-dataset.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { datasetSubset } from './dataset-subset.ts';

const { dataset } = bundledData();
const allIds = dataset.rounds.map((r) => r.id);

/** Ids mentioned as JSON string values anywhere in a value: an independent way to see what is referenced. */
const mentions = (value: unknown, id: string) => JSON.stringify(value).includes(`"${id}"`);

describe('datasetSubset', () => {
  it('keeps exactly the chosen rounds, in the dataset’s order', () => {
    const chosen = new Set(allIds.filter((_, i) => i % 3 === 0));
    const { dataset: subset } = datasetSubset(dataset, chosen);
    expect(subset.rounds.map((r) => r.id)).toEqual(allIds.filter((id) => chosen.has(id)));
  });

  it('removes links to rounds left out and counts them, keeping links inside the subset', () => {
    const linked = dataset.rounds.find((r) => (r.related?.length ?? 0) > 0)!;
    const target = linked.related![0]!.round;
    const alone = datasetSubset(dataset, new Set([linked.id]));
    expect(alone.dataset.rounds[0]!.related).toBeUndefined();
    expect(alone.droppedRelations).toBe(linked.related!.length);
    const both = datasetSubset(dataset, new Set([linked.id, target]));
    expect(both.dataset.rounds.find((r) => r.id === linked.id)!.related).toContainEqual(linked.related![0]);
  });

  it('an empty selection is a valid, empty dataset', () => {
    const { dataset: subset } = datasetSubset(dataset, new Set());
    expect(subset.rounds).toEqual([]);
    expect(subset.sources).toEqual([]);
    expect(validateDataset(subset).ok).toBe(true);
  });

  it('every subset validates, references nothing missing and holds nothing unreferenced', () => {
    fc.assert(
      fc.property(fc.subarray(allIds), (ids) => {
        const { dataset: subset } = datasetSubset(dataset, new Set(ids));
        const result = validateDataset(JSON.parse(JSON.stringify(subset)));
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(subset.rounds.map((r) => r.id).sort()).toEqual([...ids].sort());
        const referring = { rounds: subset.rounds, people: subset.people, documents: subset.documents };
        for (const p of subset.parties) expect(mentions(referring, p.id)).toBe(true);
        for (const p of subset.people) expect(mentions(subset.rounds, p.id)).toBe(true);
        for (const t of subset.topics) expect(mentions(subset.rounds, t.id)).toBe(true);
        for (const s of subset.sources) expect(mentions(referring, s.id)).toBe(true);
      }),
      { numRuns: 30 },
    );
  }, 30_000);

  it('carries the documents the rounds discuss, with the documents they accompany, and no stories', () => {
    const withDocuments = dataset.rounds.filter((r) => (r.documents ?? []).length > 0);
    expect(withDocuments.length).toBeGreaterThan(0);
    const round = withDocuments[0]!;
    const subset = datasetSubset(dataset, new Set([round.id])).dataset;
    const kept = new Set((subset.documents ?? []).map((d) => d.id));
    for (const ref of round.documents ?? []) expect(kept).toContain(ref.document);
    for (const document of subset.documents ?? []) {
      if (document.companionOf !== undefined) expect(kept).toContain(document.companionOf);
    }
    expect(subset.stories).toBeUndefined();
    expect(validateDataset(JSON.parse(JSON.stringify(subset))).ok).toBe(true);
  });
});
