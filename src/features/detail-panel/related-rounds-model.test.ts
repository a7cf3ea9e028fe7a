import { describe, expect, it } from 'vitest';
import { datedRoundsInTimeOrder } from '../../domain/dated-rounds.ts';
import type { Round } from '../../domain/schema.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { relatedRounds, type RelatedLink } from './related-rounds-model.ts';

const { rounds } = bundledData();
const roundById = (id: string) => {
  const found = rounds.find((d) => d.round.id === id)?.round;
  if (!found) throw new Error(`no round ${id}`);
  return found;
};
/** A link as the panel words it in English: the relation's words, then the other round. */
const worded = (l: RelatedLink) => [enPanel.panelRelation[l.relation], l.roundId];
const summary = (id: string) => relatedRounds(roundById(id), rounds).map(worded);

describe('relatedRounds', () => {
  it('lists the rounds a round points at, in data order', () => {
    expect(summary('riyadh-2025-03-23')).toEqual([
      ['Follow-up of', 'call-trump-putin-2025-03-18'],
      ['Follow-up of', 'call-trump-zelensky-2025-03-19'],
    ]);
  });

  it('then the rounds pointing at it, in time order, named from its side', () => {
    expect(summary('istanbul-2025-06-02')).toEqual([
      ['Follow-up of', 'istanbul-2025-05-16'],
      ['Implemented by', 'exchange-2025-06-09'],
      ['Implemented by', 'repatriation-2025-06-11'],
      ['Followed by', 'istanbul-2025-07-23'],
      ['Related to', 'repatriation-2025-08-19'],
      ['Related to', 'exchange-2025-08-24'],
    ]);
  });

  it('carries the other round’s title and date text', () => {
    const [first] = relatedRounds(roundById('exchange-2025-03-19'), rounds);
    const target = rounds.find((d) => d.round.id === 'call-trump-putin-2025-03-18');
    expect(first).toEqual({
      roundId: 'call-trump-putin-2025-03-18',
      relation: 'implements',
      title: target?.round.title,
      dateText: '18 March 2025',
    });
  });

  it('leaves out unknown ids, self-references and duplicates of a symmetric relation', () => {
    const base = (): Pick<Round, 'kind' | 'date' | 'participants' | 'outcomes' | 'sources'> => ({
      kind: 'talks',
      date: '2025-01-01',
      participants: [],
      outcomes: [],
      sources: ['S1'],
    });
    const a: Round = {
      ...base(),
      id: 'a',
      title: 'A',
      related: [
        { round: 'b', relation: 'related-to' },
        { round: 'a', relation: 'related-to' },
        { round: 'zz', relation: 'follow-up-of' },
      ],
    };
    const b: Round = { ...base(), id: 'b', title: 'B', related: [{ round: 'a', relation: 'related-to' }] };
    const dated = datedRoundsInTimeOrder([a, b]);
    expect(relatedRounds(a, dated).map(worded)).toEqual([['Related to', 'b']]);
  });
});
