// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { facetCounts, filterRounds } from '../../domain/filter-rounds.ts';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { FilterPanel } from './filter-panel.tsx';
import { bundledFilterData } from './filters-test-data.ts';
import { SEARCH_DEBOUNCE_MS } from './search-box.tsx';

// Rendering every facet of the bundled dataset (87 people) takes seconds on a busy machine; these tests
// check names and behaviour, not speed.
vi.setConfig({ testTimeout: 30_000 });

const { dataset, index } = bundledFilterData();

function renderPanel(patch: Partial<Filters> = {}) {
  const filters = { ...emptyFilters, ...patch };
  const onChange = vi.fn<(next: Filters) => void>();
  const props = (f: Filters) => ({
    dataset,
    index,
    filters: f,
    onChange,
    matchCount: filterRounds(index, f).length,
    totalCount: dataset.rounds.length,
  });
  const view = render(<FilterPanel {...props(filters)} />);
  const rerender = (next: Filters) => view.rerender(<FilterPanel {...props(next)} />);
  return { onChange, rerender };
}

const group = (name: string) => screen.getByRole('group', { name });

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('FilterPanel', () => {
  it('groups the facets under their legends, topics by topic group', () => {
    renderPanel();
    for (const name of ['Topics', 'Parties', 'People', 'Role', 'Outcome', 'Format', 'Place', 'Dates']) {
      expect(group(name)).toBeInTheDocument();
    }
    expect(within(group('Topics')).getByRole('group', { name: 'Humanitarian' })).toBeInTheDocument();
    const security = within(group('Topics')).getByRole('group', { name: 'Security' });
    expect(within(security).getByRole('checkbox', { name: 'Ceasefire' })).toBeInTheDocument();
  });

  it('names each checkbox exactly by its label and describes it with its count', () => {
    renderPanel();
    const counts = facetCounts(index, emptyFilters);
    for (const topic of dataset.topics) {
      const box = within(group('Topics')).getByRole('checkbox', { name: topic.label });
      const n = counts.topics.get(topic.id) ?? 0;
      expect(box).toHaveAccessibleDescription(`${n} ${n === 1 ? 'round' : 'rounds'}`);
    }
    for (const party of dataset.parties) {
      expect(within(group('Parties')).getByRole('checkbox', { name: party.shortName })).toBeInTheDocument();
    }
    expect(
      within(group('Role')).getByRole('checkbox', { name: vocabularyLabels().role.mediator.one }),
    ).toBeInTheDocument();
  });

  it('shows the result summary (announced by the page, not here)', () => {
    renderPanel({ parties: ['tr'] });
    const n = filterRounds(index, { ...emptyFilters, parties: ['tr'] }).length;
    expect(screen.getByText(`${n} of ${dataset.rounds.length} rounds`)).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('disables values no round would match, unless they are ticked', () => {
    const filters = { ...emptyFilters, parties: ['tr'] };
    renderPanel(filters);
    const roles = facetCounts(index, filters).roles;
    const zero = [...roles].filter(([, n]) => n === 0).map(([role]) => role);
    expect(zero.length).toBeGreaterThan(0);
    for (const [role, n] of roles) {
      const box = within(group('Role')).getByRole('checkbox', {
        name: vocabularyLabels().role[role as 'host'].one,
      });
      expect(box).toHaveProperty('disabled', n === 0);
    }
    // Türkiye is ticked and stays enabled, whatever its count.
    expect(within(group('Parties')).getByRole('checkbox', { name: 'Türkiye' })).toBeChecked();
    expect(within(group('Parties')).getByRole('checkbox', { name: 'Türkiye' })).toBeEnabled();
  });

  it('adds and removes values through onChange', async () => {
    const user = userEvent.setup();
    const { onChange, rerender } = renderPanel();
    await user.click(screen.getByRole('checkbox', { name: 'Ceasefire' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyFilters, topics: ['ceasefire-comprehensive'] });
    rerender({ ...emptyFilters, topics: ['ceasefire-comprehensive'] });
    await user.click(screen.getByRole('checkbox', { name: 'Ceasefire' }));
    expect(onChange).toHaveBeenLastCalledWith(emptyFilters);
  });

  it('shows the first people behind "Show all", keeping ticked ones visible', async () => {
    const user = userEvent.setup();
    const last = dataset.people.at(-1);
    renderPanel({ people: last ? [last.id] : [] });
    const people = () => within(group('People')).getAllByRole('checkbox');
    expect(people()).toHaveLength(9);
    expect(within(group('People')).getByRole('checkbox', { name: last?.name ?? '' })).toBeChecked();
    const toggle = screen.getByRole('button', { name: `Show all ${dataset.people.length}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(people()).toHaveLength(dataset.people.length);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows typing at once and applies the search after a pause', () => {
    vi.useFakeTimers();
    const { onChange } = renderPanel({ topics: ['pow-exchange'] });
    const box = screen.getByRole('searchbox', { name: 'Search rounds' });
    fireEvent.change(box, { target: { value: 'Çıra' } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50));
    fireEvent.change(box, { target: { value: 'Çırağan' } });
    expect(box).toHaveValue('Çırağan');
    // Each keystroke restarts the pause.
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyFilters, topics: ['pow-exchange'], q: 'Çırağan' });
  });

  it('applies the search at once on Enter, and shows a search cleared from outside', async () => {
    const user = userEvent.setup();
    const { onChange, rerender } = renderPanel();
    const box = screen.getByRole('searchbox', { name: 'Search rounds' });
    await user.type(box, 'umerov{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyFilters, q: 'umerov' });
    rerender({ ...emptyFilters, q: 'umerov' });
    rerender(emptyFilters);
    expect(box).toHaveValue('');
  });

  it('sets the date range from the From and To fields, bounded by the data', async () => {
    const user = userEvent.setup();
    const { onChange } = renderPanel({ to: '2025-06-30' });
    const from = within(group('Dates')).getByLabelText('From');
    const first = index.rounds.reduce((min, r) => Math.min(min, r.start), Infinity);
    expect(from).toHaveAttribute('min', new Date(first).toISOString().slice(0, 10));
    expect(from).toHaveAttribute('max', '2025-06-30');
    await user.type(from, '2025-03-01');
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyFilters, from: '2025-03-01', to: '2025-06-30' });
    await user.clear(within(group('Dates')).getByLabelText('To'));
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyFilters, to: null });
  });
});
