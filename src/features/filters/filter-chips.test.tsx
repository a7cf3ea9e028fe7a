// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import { FilterChips } from './filter-chips.tsx';
import { bundledFilterData } from './filters-test-data.ts';

const { dataset } = bundledFilterData();

const filters: Filters = {
  ...emptyFilters,
  topics: ['ceasefire-comprehensive'],
  parties: ['tr'],
  outcomes: ['agreed'],
  places: ['Istanbul'],
  from: '2025-03-01',
  q: 'Çırağan',
};

afterEach(cleanup);

describe('FilterChips', () => {
  it('lists one removable chip per active value, in panel order', () => {
    render(
      <FilterChips dataset={dataset} filters={filters} onChange={vi.fn()} focusWhenEmpty={() => null} />,
    );
    const chips = within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('button');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Remove filter Search: “Çırağan”',
      'Remove filter Topic: Ceasefire',
      'Remove filter Party: Türkiye',
      'Remove filter Outcome: Agreed',
      'Remove filter Place: Istanbul',
      'Remove filter From: 1 March 2025',
    ]);
    expect(screen.getByRole('button', { name: 'Remove filter Topic: Ceasefire' })).toHaveTextContent(
      'Topic: Ceasefire✕',
    );
  });

  it('removes one value', async () => {
    const onChange = vi.fn();
    render(
      <FilterChips dataset={dataset} filters={filters} onChange={onChange} focusWhenEmpty={() => null} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Party: Türkiye' }));
    expect(onChange).toHaveBeenCalledWith({ ...filters, parties: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter From: 1 March 2025' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filters, from: null });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Search: “Çırağan”' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filters, q: '' });
  });

  it('clears every filter with one button', async () => {
    const onChange = vi.fn();
    render(
      <FilterChips dataset={dataset} filters={filters} onChange={onChange} focusWhenEmpty={() => null} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onChange).toHaveBeenCalledWith(emptyFilters);
  });

  it('renders nothing when no filter is active', () => {
    const { container } = render(
      <FilterChips dataset={dataset} filters={emptyFilters} onChange={vi.fn()} focusWhenEmpty={() => null} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
