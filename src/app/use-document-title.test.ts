import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/schema.ts';
import { documentTitle } from './use-document-title.ts';

const dataset = {
  meta: { title: 'Talks in 2025' },
  rounds: [{ id: 'jeddah', title: 'US–Ukraine talks in Jeddah' }],
} as unknown as Dataset;

describe('documentTitle', () => {
  it('names the selected round, then the app', () => {
    expect(documentTitle(dataset, 'jeddah')).toBe('US–Ukraine talks in Jeddah — Parley');
  });

  it('names the dataset when no round (or an unknown one) is selected', () => {
    expect(documentTitle(dataset, null)).toBe('Talks in 2025 — Parley');
    expect(documentTitle(dataset, 'nowhere')).toBe('Talks in 2025 — Parley');
  });

  it('is the app alone before the data has loaded', () => {
    expect(documentTitle(null, 'jeddah')).toBe('Parley');
  });
});
