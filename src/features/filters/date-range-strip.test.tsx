// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDayInWords } from '../../domain/calendar-days.ts';
import { DateRangeStrip } from './date-range-strip.tsx';
import { dayFromNumber, dayNumber } from './date-strip-geometry.ts';
import { bundledFilterData } from './filters-test-data.ts';

const { index } = bundledFilterData();
const firstDay = new Date(Math.min(...index.rounds.map((r) => r.start))).toISOString().slice(0, 10);
const lastDay = new Date(Math.max(...index.rounds.map((r) => r.end))).toISOString().slice(0, 10);

afterEach(cleanup);

describe('DateRangeStrip', () => {
  it('has two sliders that say their day in words', () => {
    render(<DateRangeStrip index={index} from="2025-04-01" to={null} onChange={vi.fn()} />);
    const start = screen.getByRole('slider', { name: 'Start of date range' });
    expect(start).toHaveAttribute('aria-valuetext', '1 April 2025');
    expect(start).toHaveAttribute('aria-valuenow', String(dayNumber('2025-04-01')));
    const end = screen.getByRole('slider', { name: 'End of date range' });
    expect(end).toHaveAttribute('aria-valuetext', isoDayInWords(lastDay));
  });

  it('moves an end with the keyboard, and clears it at the edge of the data', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateRangeStrip index={index} from="2025-04-01" to="2025-06-30" onChange={onChange} />);
    screen.getByRole('slider', { name: 'Start of date range' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-04-02', to: '2025-06-30' });
    await user.keyboard('{Home}');
    expect(onChange).toHaveBeenLastCalledWith({ from: null, to: '2025-06-30' });
    screen.getByRole('slider', { name: 'End of date range' }).focus();
    await user.keyboard('{End}');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-04-01', to: null });
  });

  it('selects the days a drag covers, applied when the drag ends', () => {
    const onChange = vi.fn();
    render(<DateRangeStrip index={index} from={null} to={null} onChange={onChange} />);
    const svg = screen.getByRole('group', { name: /Rounds over time/ });
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: 300, height: 44 }),
    );
    const days = dayNumber(lastDay) - dayNumber(firstDay) + 1;
    const dayAtX = (x: number) => dayFromNumber(dayNumber(firstDay) + Math.floor((x / 300) * days));
    fireEvent.pointerDown(svg, { clientX: 200, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 100, pointerId: 1 });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.pointerUp(svg, { clientX: 100, pointerId: 1 });
    expect(onChange).toHaveBeenCalledWith({ from: dayAtX(100), to: dayAtX(200) });
  });

  it('changes nothing on a click without a drag', () => {
    const onChange = vi.fn();
    render(<DateRangeStrip index={index} from={null} to={null} onChange={onChange} />);
    const svg = screen.getByRole('group', { name: /Rounds over time/ });
    fireEvent.pointerDown(svg, { clientX: 50, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 50, pointerId: 1 });
    expect(onChange).not.toHaveBeenCalled();
  });
});
