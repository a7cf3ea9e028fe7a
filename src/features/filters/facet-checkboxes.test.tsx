// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetCheckboxList, RENDER_ALL_UP_TO } from './facet-checkboxes.tsx';
import type { FacetOption } from './facet-options.ts';

afterEach(cleanup);

const SIZE = 20_000;
// Counts fall with the position, except that value 7,777 is the most matched of all.
const options: FacetOption[] = Array.from({ length: SIZE }, (_, i) => ({
  value: `party-${i}`,
  label: `Party ${i}`,
  count: i === 7777 ? 1_000_000 : Math.max(0, 100 - i),
  checked: i === 19_999,
}));

describe('FacetCheckboxList with thousands of values', () => {
  it('shows the most matched values and the ticked one, behind "Show all N"', () => {
    render(<FacetCheckboxList options={options} onToggle={vi.fn()} collapseAfter={8} noun="parties" />);
    const names = screen
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(names).toEqual([...['0', '1', '2', '3', '4', '5', '6', '7777', '19999'].map((n) => `Party ${n}`)]);
    expect(screen.getByRole('checkbox', { name: 'Party 19999' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Party 7777' })).toHaveAccessibleDescription(
      '1,000,000 rounds',
    );
    expect(screen.getByRole('button', { name: 'Show all 20,000' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens a searchable list that draws only some rows, and narrows it as the reader types', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<FacetCheckboxList options={options} onToggle={onToggle} collapseAfter={8} noun="parties" />);
    // Awaited in act: the list suspends until its chunk is here, and React retries it only then.
    await act(() => user.click(screen.getByRole('button', { name: 'Show all 20,000' })));
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    // The searchable list is a chunk of its own: said to be on its way until it is here.
    expect(screen.getByRole('status')).toHaveTextContent('Loading the list…');
    const find = await screen.findByRole('searchbox', { name: 'Find parties' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryAllByRole('checkbox').length).toBeLessThan(RENDER_ALL_UP_TO);
    expect(find).toHaveAccessibleDescription(/^20,000 parties/);
    // Every word must occur: "party" and "1999" (Party 1999, 11999 and 19990 to 19999).
    await user.type(find, 'party 1999');
    const matches = options.filter((o) => o.label.includes('1999')).length;
    await vi.waitFor(() =>
      expect(screen.getByText(`${matches} of 20,000 parties match`)).toBeInTheDocument(),
    );
    const list = screen.getByRole('list', { name: 'parties' });
    expect(list).toBeInTheDocument();
  });

  it('opens a list of up to RENDER_ALL_UP_TO values in place, every value drawn', async () => {
    const user = userEvent.setup();
    const few = options.slice(0, RENDER_ALL_UP_TO);
    render(<FacetCheckboxList options={few} onToggle={vi.fn()} collapseAfter={8} noun="parties" />);
    await user.click(screen.getByRole('button', { name: `Show all ${RENDER_ALL_UP_TO}` }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(RENDER_ALL_UP_TO);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});
