import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { combineStatuses } from './round-lanes.ts';
import { outcomesByTopic, overallStatus, placeText } from './round-summary.ts';
import { datasetSchema, type OutcomeStatus, type Round } from './schema.ts';
import { outcomeStatuses } from './vocabularies.ts';

const bundled = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/russia-ukraine-talks.json', import.meta.url), 'utf8')),
);

describe('overallStatus', () => {
  it('is what combineStatuses makes of all the round’s outcomes, or nothing without one', () => {
    const status = fc.oneof(fc.constantFrom(...outcomeStatuses), fc.constant('pending'));
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
    const outcome = fc.record({
      topic: fc.constantFrom('ceasefire', 'energy', 'prisoners'),
      status: fc.oneof(fc.constantFrom(...outcomeStatuses), fc.constant('pending')),
    });
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 8 }), (outcomes) => {
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

describe('placeText', () => {
  it('names the venue, the city unless the venue does, and the country, in that order', () => {
    const part = fc.option(fc.constantFrom('', 'Istanbul', 'Türkiye', 'Çırağan Palace, Istanbul', 'Ritz'), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        fc.option(fc.record({ venue: part, city: part, country: part }), { nil: undefined }),
        (location) => {
          const round = { location } as unknown as Round;
          const { venue, city, country } = location ?? {};
          const named = [venue, city && venue?.includes(city) ? '' : city, country].filter((p) => p);
          expect(placeText(round)).toBe(named.join(', '));
        },
      ),
    );
  });

  it('words the bundled rounds’ places without an empty part or a repeated city', () => {
    for (const round of bundled.rounds) {
      const text = placeText(round);
      if (round.location === undefined) expect(text).toBe('');
      else expect(text.split(', ')).not.toContain('');
      const { city, venue } = round.location ?? {};
      if (city && venue?.includes(city)) expect(text.split(city)).toHaveLength(2);
    }
  });
});
