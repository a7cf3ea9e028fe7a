import { describe, expect, it } from 'vitest';
import { feasibleScale } from './svg-to-png.ts';

describe('feasibleScale', () => {
  it('is the wanted scale for a picture of a usual size', () => {
    expect(feasibleScale(1440, 900, 2)).toBe(2);
  });

  it('shrinks for a very tall picture so no side passes 32,767 pixels', () => {
    const scale = feasibleScale(1400, 40_000, 2);
    expect(scale).toBeLessThan(1);
    expect(40_000 * scale).toBeLessThanOrEqual(32_767);
  });

  it('keeps the whole canvas under the browser’s pixel budget', () => {
    const scale = feasibleScale(16_000, 16_000, 2);
    expect(16_000 * scale * 16_000 * scale).toBeLessThanOrEqual(268_435_456 + 1);
  });
});
