import { describe, expect, it } from 'vitest';
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
    expect(markName(item)).toBe('Istanbul talks, 16 May 2025, Istanbul — Talks, In person, outcome: Agreed');
  });

  it('names the lane topic’s outcome in topic lanes, so a round’s marks differ per lane', () => {
    const ceasefire = markName({ ...item, status: 'not-agreed' }, { topic: 'Ceasefire' });
    const prisoners = markName(item, { topic: 'Prisoners' });
    expect(ceasefire).toMatch(/Ceasefire: Not agreed$/);
    expect(prisoners).toMatch(/Prisoners: Agreed$/);
  });

  it('says when no outcome is recorded, leaves out an unknown format, and marks dimmed rounds', () => {
    const name = markName({ ...item, place: '', format: undefined, status: undefined }, { dimmed: true });
    expect(name).toBe(
      'Istanbul talks, 16 May 2025 — Talks, outcome: no outcome recorded, does not match the filters',
    );
  });
});
