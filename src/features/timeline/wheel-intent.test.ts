import { describe, expect, it } from 'vitest';
import { wheelIntent } from './wheel-intent.ts';
import { enTimeline } from '../../i18n/en-timeline.ts';
import { zoomHintText } from './zoom-hint.tsx';

describe('wheelIntent', () => {
  it('leaves a plain vertical wheel notch to the page', () => {
    expect(wheelIntent({ dx: 0, dy: 100, zoomKey: false })).toEqual({ kind: 'scroll-page' });
    expect(wheelIntent({ dx: 3, dy: -40, zoomKey: false })).toEqual({ kind: 'scroll-page' });
  });

  it('zooms with Ctrl or ⌘: out for a positive delta, in for a negative one', () => {
    const out = wheelIntent({ dx: 0, dy: 100, zoomKey: true });
    const into = wheelIntent({ dx: 0, dy: -100, zoomKey: true });
    expect(out).toEqual({ kind: 'zoom', factor: 2 });
    expect(into).toEqual({ kind: 'zoom', factor: 0.5 });
  });

  it('takes small pinch steps as they come and caps a large notch at a factor of two', () => {
    const pinch = wheelIntent({ dx: 0, dy: -5, zoomKey: true });
    expect(pinch.kind).toBe('zoom');
    expect(pinch.kind === 'zoom' && pinch.factor).toBeCloseTo(Math.pow(2, -0.05), 10);
    expect(wheelIntent({ dx: 0, dy: 1000, zoomKey: true })).toEqual({ kind: 'zoom', factor: 2 });
  });

  it('pans on a clearly sideways swipe, which takes nothing from vertical page scroll', () => {
    expect(wheelIntent({ dx: 60, dy: 10, zoomKey: false })).toEqual({ kind: 'pan', px: 60 });
    expect(wheelIntent({ dx: -30, dy: 0, zoomKey: false })).toEqual({ kind: 'pan', px: -30 });
  });
});

describe('zoomHintText', () => {
  it('names ⌘ on Apple platforms and Ctrl elsewhere', () => {
    expect(zoomHintText('macOS', enTimeline)).toBe('Use ⌘ + scroll to zoom');
    expect(zoomHintText('MacIntel', enTimeline)).toBe('Use ⌘ + scroll to zoom');
    expect(zoomHintText('Linux x86_64', enTimeline)).toBe('Use Ctrl + scroll to zoom');
    expect(zoomHintText('Windows', enTimeline)).toBe('Use Ctrl + scroll to zoom');
  });
});
