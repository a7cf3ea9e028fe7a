// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import { EmptyResult } from './empty-result.tsx';
import { bundledFilterData } from './filters-test-data.ts';

const { dataset } = bundledFilterData();
const filters: Filters = { ...emptyFilters, topics: ['ceasefire-comprehensive'], parties: ['tr'] };

afterEach(cleanup);

describe('EmptyResult', () => {
  it('explains which filters exclude every round', () => {
    render(<EmptyResult dataset={dataset} filters={filters} onChange={vi.fn()} focusWhenGone={() => []} />);
    expect(screen.getByRole('heading', { name: 'No round matches these filters' })).toBeInTheDocument();
    expect(
      screen.getByText(/No round matches all of Topic: Ceasefire; Party: Türkiye at once\./),
    ).toBeInTheDocument();
  });

  it('offers to remove the filter chosen last', async () => {
    const onChange = vi.fn();
    render(
      <EmptyResult
        dataset={dataset}
        filters={filters}
        lastFilter={{ facet: 'topics', value: 'ceasefire-comprehensive' }}
        onChange={onChange}
        focusWhenGone={() => []}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove the last filter (Topic: Ceasefire)' }));
    expect(onChange).toHaveBeenCalledWith({ ...filters, topics: [] });
  });

  it('falls back to the last active filter when the last one chosen is unknown or gone', async () => {
    const onChange = vi.fn();
    render(
      <EmptyResult
        dataset={dataset}
        filters={filters}
        lastFilter={{ facet: 'q', value: 'x' }}
        onChange={onChange}
        focusWhenGone={() => []}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove the last filter (Party: Türkiye)' }));
    expect(onChange).toHaveBeenCalledWith({ ...filters, parties: [] });
  });

  it('offers to clear all filters when more than one is active', async () => {
    const onChange = vi.fn();
    render(<EmptyResult dataset={dataset} filters={filters} onChange={onChange} focusWhenGone={() => []} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onChange).toHaveBeenCalledWith(emptyFilters);
  });

  it('says so when the dataset itself has no rounds', () => {
    render(
      <EmptyResult
        dataset={{ ...dataset, rounds: [] }}
        filters={emptyFilters}
        onChange={vi.fn()}
        focusWhenGone={() => []}
      />,
    );
    expect(screen.getByText('This dataset has no rounds.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
