import { describe, expect, it } from 'vitest';
import { outcomeStatuses } from '../../domain/schema.ts';
import { contrastRatio } from '../../test/contrast-ratio.ts';
import { outcomeEncoding } from './encoding.ts';
import { darkPalette, lightPalette } from './mark-palette.ts';

// WCAG 1.4.11: a mark's colour against the timeline's background, in both themes, is at least 3:1. The glyph
// on a solid mark is drawn in the background colour, so the same ratio holds for glyph against mark.
const themes = { light: lightPalette, dark: darkPalette };

describe.each(Object.entries(themes))('marks in the %s theme', (_theme, palette) => {
  it.each(outcomeStatuses)('the colour of "%s" has 3:1 or more against the background', (status) => {
    expect(contrastRatio(outcomeEncoding[status].colour, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it.each(['noOutcome', 'density', 'dimmed', 'selection'] as const)(
    'the %s colour has 3:1 or more against the background',
    (key) => {
      expect(contrastRatio(palette[key], palette.background)).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('outcome glyphs', () => {
  it('give every outcome its own visible glyph, so no outcome is told by colour alone', () => {
    const glyphs = outcomeStatuses.map((status) => outcomeEncoding[status].glyph.trim());
    expect(glyphs.every((glyph) => glyph.length > 0)).toBe(true);
    expect(new Set(glyphs).size).toBe(outcomeStatuses.length);
  });
});
