// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadablePart, type PreloadablePart } from '../components/preloadable-part.ts';
import { markTimelineReady } from '../features/timeline/ready-mark.ts';
import { LazyPartAfterFirstPicture } from './after-first-picture.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  // A page marks ready once; each test plays a page of its own.
  performance.clearMarks();
});

const Filters = () => <p>filters</p>;
/** A part whose chunk is here (preloaded before the tests), so that only the wait for the mark is tested. */
const filtersHere = preloadablePart(() => Promise.resolve(Filters));
beforeAll(() => filtersHere.preload());

const part = (timelineFirst: boolean, filters: PreloadablePart<object> = filtersHere) => (
  <LazyPartAfterFirstPicture
    what="the filters"
    timelineFirst={timelineFirst}
    part={filters}
    props={{}}
    fallback={<p>room kept</p>}
  />
);

describe('LazyPartAfterFirstPicture', () => {
  it('keeps its room until the timeline has drawn, then renders its children', async () => {
    render(part(true));
    expect(screen.getByText('room kept')).toBeInTheDocument();
    expect(screen.queryByText('filters')).toBeNull();
    act(markTimelineReady);
    expect(await screen.findByText('filters')).toBeInTheDocument();
    expect(screen.queryByText('room kept')).toBeNull();
  });

  it('keeps its room after the timeline has drawn until its chunk has come, without rendering the part', async () => {
    let arrive = () => {};
    const chunk = new Promise<typeof Filters>((resolve) => (arrive = () => resolve(Filters)));
    const load = vi.fn(() => chunk);
    render(part(true, preloadablePart(load)));
    expect(load).not.toHaveBeenCalled();
    await act(async () => markTimelineReady());
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
    expect(screen.getByText('room kept')).toBeInTheDocument();
    expect(screen.queryByText('filters')).toBeNull();
    // Rendered now, the part would suspend on its chunk (React marks a promise it waits on 'pending'), and React
    // would hold it back by its Suspense throttle once the chunk came.
    expect((chunk as { status?: string }).status).toBeUndefined();
    await act(async () => arrive());
    expect(screen.getByText('filters')).toBeInTheDocument();
  });

  it('renders its children at once when the view draws no timeline first', () => {
    render(part(false));
    expect(screen.getByText('filters')).toBeInTheDocument();
  });

  it('renders its children at once once a timeline on the page has drawn', () => {
    markTimelineReady();
    render(part(true));
    expect(screen.getByText('filters')).toBeInTheDocument();
  });

  it('keeps its children when a timeline comes after a view without one', () => {
    // An empty result, then a filter unticked in the panel: the panel must not go while the reader uses it.
    const { rerender } = render(part(false));
    rerender(part(true));
    expect(screen.getByText('filters')).toBeInTheDocument();
    expect(screen.queryByText('room kept')).toBeNull();
  });

  it('renders its children after three seconds on a page whose timeline never draws', async () => {
    vi.useFakeTimers();
    render(part(true));
    await act(async () => vi.advanceTimersByTime(2_999));
    expect(screen.queryByText('filters')).toBeNull();
    await act(async () => vi.advanceTimersByTime(1));
    expect(screen.getByText('filters')).toBeInTheDocument();
  });

  it('stops waiting when the view changes to one without a timeline', () => {
    const { rerender } = render(part(true));
    expect(screen.queryByText('filters')).toBeNull();
    rerender(part(false));
    expect(screen.getByText('filters')).toBeInTheDocument();
  });
});
