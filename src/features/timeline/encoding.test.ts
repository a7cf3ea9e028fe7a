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
      notHeld: false,
    });
  });

  it('draws a meeting that was not held as a dotted outline, whatever its format', () => {
    const style = markStyle({
      roundKind: 'summit',
      format: 'in-person',
      status: 'proposed',
      meeting: 'postponed',
    });
    expect(style).toMatchObject({ shape: 'star', fill: 'hollow', notHeld: true });
    expect(style.dash).not.toEqual(
      markStyle({ roundKind: 'summit', format: 'indirect', status: undefined }).dash,
    );
    expect(
      markStyle({ roundKind: 'talks', format: 'remote', status: undefined, meeting: 'held' }).notHeld,
    ).toBe(false);
  });

  it('draws a round without a recorded format solid and one without an outcome in the theme’s grey', () => {
    expect(markStyle({ roundKind: 'talks', format: undefined, status: undefined })).toEqual({
      shape: 'circle',
      fill: 'solid',
      dash: [],
      colour: undefined,
      glyph: undefined,
      notHeld: false,
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

  it('says a meeting was not held before its outcome', () => {
    expect(tooltipWords({ roundKind: 'summit', status: 'proposed', meeting: 'cancelled' })).toEqual([
      'Summit or leaders’ meeting',
      'Cancelled, not held',
      'Proposed, awaiting an answer',
    ]);
    expect(tooltipWords({ roundKind: 'talks', status: undefined, meeting: 'held' })).toEqual(['Talks']);
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
