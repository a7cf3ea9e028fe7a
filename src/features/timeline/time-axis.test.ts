import { describe, expect, it } from 'vitest';
import { axisCaption } from './time-axis.tsx';

describe('axisCaption', () => {
  it('names the first and last visible day', () => {
    expect(axisCaption([Date.UTC(2025, 2, 1), Date.UTC(2025, 5, 1)])).toBe(
      'Showing 1 March 2025 to 31 May 2025',
    );
  });

  it('keeps the era of years before 1 and writes years past 9999 whole', () => {
    expect(axisCaption([Date.UTC(-39998, 6, 4), Date.UTC(-19998, 6, 2)])).toBe(
      'Showing 4 July 39999 BCE to 1 July 19999 BCE',
    );
    expect(axisCaption([Date.UTC(-1, 0, 1), Date.UTC(12000, 0, 2)])).toBe(
      'Showing 1 January 2 BCE to 1 January 12000',
    );
  });
});
