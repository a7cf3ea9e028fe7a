import { describe, expect, it } from 'vitest';
import { fullViewUrl, readEmbedMode } from './embed-mode.ts';

describe('readEmbedMode', () => {
  it('is the full app without parameters', () => {
    expect(readEmbedMode('')).toEqual({ embedded: false, showPanel: true, showFilters: true });
  });

  it('reads embed=1 with the panel and filters hidden', () => {
    expect(readEmbedMode('?embed=1&panel=0&filters=false')).toEqual({
      embedded: true,
      showPanel: false,
      showFilters: false,
    });
  });
});

describe('fullViewUrl', () => {
  it('keeps the view and drops the embedding keys', () => {
    expect(fullViewUrl('https://parley.example/app/?embed=1&round=r1&topic=a,b&panel=0&theme=dark')).toBe(
      'https://parley.example/app/?round=r1&topic=a,b&theme=dark',
    );
  });
});
