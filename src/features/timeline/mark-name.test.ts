import { afterEach, describe, expect, it } from 'vitest';
import { englishVocabulary, setVocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { uk } from '../../i18n/uk.ts';
import { enTimeline } from '../../i18n/en-timeline.ts';
import { ukTimeline } from '../../i18n/uk-timeline.ts';
import { markName } from './mark-name.ts';

const item = {
  title: 'Istanbul talks',
  dateText: '16 May 2025',
  place: 'Istanbul',
  roundKind: 'talks',
  format: 'in-person',
  status: 'agreed',
} as const;

describe('markName', () => {
  it('names the title, date and place first, then kind, format and outcome', () => {
    expect(markName(item, enTimeline)).toBe(
      'Istanbul talks, 16 May 2025, Istanbul — Talks, In person, outcome: Agreed',
    );
  });

  it('names the lane topic’s outcome in topic lanes, so a round’s marks differ per lane', () => {
    const ceasefire = markName({ ...item, status: 'not-agreed' }, enTimeline, { topic: 'Ceasefire' });
    const prisoners = markName(item, enTimeline, { topic: 'Prisoners' });
    expect(ceasefire).toMatch(/Ceasefire: Not agreed$/);
    expect(prisoners).toMatch(/Prisoners: Agreed$/);
  });

  it('says when no outcome is recorded, leaves out an unknown format, and marks dimmed rounds', () => {
    const name = markName({ ...item, place: '', format: undefined, status: undefined }, enTimeline, {
      dimmed: true,
    });
    expect(name).toBe(
      'Istanbul talks, 16 May 2025 — Talks, outcome: no outcome recorded, does not match the filters',
    );
  });

  it('names a mark in the language shown: Ukrainian vocabulary and words, the data as given', () => {
    setVocabularyLabels(uk.vocabulary);
    const name = markName({ ...item, status: undefined }, ukTimeline, { dimmed: true });
    expect(name).toBe(
      'Istanbul talks, 16 May 2025, Istanbul — Переговори, Очно, результат: не зафіксовано, не відповідає фільтрам',
    );
    expect(markName({ ...item, meeting: 'postponed' }, ukTimeline)).toMatch(
      /^Istanbul talks, 16 May 2025, Istanbul, відкладена, не відбулася — Переговори, Очно, результат: Погоджено$/,
    );
  });
});

afterEach(() => setVocabularyLabels(englishVocabulary));
