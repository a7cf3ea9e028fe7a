import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineStatuses } from './round-lanes.ts';
import { outcomesByTopic, overallStatus } from './round-summary.ts';
import type { OutcomeStatus, Round } from './schema.ts';
import { outcomeStatuses } from './vocabularies.ts';

describe('overallStatus', () => {
  it('is what combineStatuses makes of the outcomes: nothing without one, or when the first has no status', () => {
    // Data that was not validated may name other statuses, or none; the first outcome's none is the round's.
    const status = fc.oneof(
      fc.constantFrom(...outcomeStatuses),
      fc.constant('pending'),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.array(status, { maxLength: 8 }), (drawn) => {
        const statuses = drawn as OutcomeStatus[];
        const round = {
          outcomes: statuses.map((s, i) => ({ topic: `t${i}`, status: s, summary: '', sources: [] })),
        } as unknown as Round;
        const [first, ...rest] = statuses;
        expect(overallStatus(round)).toBe(
          first === undefined ? undefined : combineStatuses([first, ...rest]),
        );
      }),
    );
  });
});

describe('outcomesByTopic', () => {
  it('gives each topic once, in first-mention order, with combineStatuses of its outcomes', () => {
    // Up to 40 topics in a round: past 16 they are found through a Map rather than a scan.
    const outcome = fc.record({
      topic: fc.oneof(
        fc.constantFrom('ceasefire', 'energy', 'prisoners'),
        fc.nat({ max: 39 }).map((i) => `topic-${i}`),
      ),
      status: fc.oneof(fc.constantFrom(...outcomeStatuses), fc.constant('pending')),
    });
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 80, size: 'max' }), (outcomes) => {
        const round = { outcomes } as unknown as Round;
        const topics = [...new Set(outcomes.map((o) => o.topic))];
        const statuses = topics.map((topic) => {
          const [first, ...rest] = outcomes.filter((o) => o.topic === topic).map((o) => o.status);
          return combineStatuses([first!, ...rest] as [OutcomeStatus, ...OutcomeStatus[]]);
        });
        expect(outcomesByTopic(round)).toEqual({ topics, statuses });
      }),
    );
  });
});
