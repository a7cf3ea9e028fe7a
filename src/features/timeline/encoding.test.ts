import { describe, expect, it } from 'vitest';
import { markStyle, tooltipWords } from './encoding.ts';
import { pointShapePath } from './mark-shapes.ts';

describe('markStyle', () => {
  it('resolves shape by kind, fill by format and colour by outcome', () => {
    expect(markStyle({ roundKind: 'call', format: 'indirect', status: 'agreed' })).toEqual({
      shape: 'diamond',
      fill: 'hollow',
      dash: [3, 2],
      colour: '#047857',
      glyph: '✓',
    });
  });

  it('draws a round without a recorded format solid and one without an outcome in the theme’s grey', () => {
    expect(markStyle({ roundKind: 'talks', format: undefined, status: undefined })).toEqual({
      shape: 'circle',
      fill: 'solid',
      dash: [],
      colour: undefined,
      glyph: undefined,
    });
  });
});

describe('tooltipWords', () => {
  it('names the kind and, when there is one, the outcome in the legend’s words', () => {
    expect(tooltipWords({ roundKind: 'exchange', status: 'not-agreed' })).toEqual([
      'Exchange carried out',
      'Not agreed',
    ]);
    expect(tooltipWords({ roundKind: 'talks', status: undefined })).toEqual(['Talks']);
  });
});

describe('pointShapePath', () => {
  it('writes a polygon as an SVG path of its corners', () => {
    expect(pointShapePath('diamond', 16, 8, 6)).toBe('M16 1 L23 8 L16 15 L9 8 Z');
    expect(pointShapePath('square', 16, 8, 6)).toBe('M11 3 L21 3 L21 13 L11 13 Z');
  });

  it('writes a circle as two half arcs', () => {
    expect(pointShapePath('circle', 16, 8, 6)).toBe('M22 8 A6 6 0 1 1 10 8 A6 6 0 1 1 22 8');
  });
});
