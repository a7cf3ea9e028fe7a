// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart } from './lazy-part.tsx';
import { openWhenLoaded, preloadablePart, preloadOnIntent } from './preloadable-part.ts';

afterEach(cleanup);

const Greeting = ({ name }: { name: string }) => <p>Hello, {name}</p>;

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>on its way</p>}>{node}</Suspense>;

describe('preloadablePart', () => {
  it('renders at once, without its fallback, once its chunk has been preloaded', async () => {
    const Part = preloadablePart(() => Promise.resolve(Greeting));
    await Part.preload();
    // React.lazy would render the fallback here, and the part only after a later commit.
    act(() => {
      render(inSuspense(<Part name="Kyiv" />));
    });
    expect(screen.getByText('Hello, Kyiv')).toBeInTheDocument();
    expect(screen.queryByText('on its way')).toBeNull();
  });

  it('shows the fallback while its chunk is on the way, then the part', async () => {
    let arrive = (_: typeof Greeting) => {};
    const Part = preloadablePart(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    await act(async () => {
      render(inSuspense(<Part name="Istanbul" />));
    });
    expect(screen.getByText('on its way')).toBeInTheDocument();
    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello, Istanbul')).toBeInTheDocument();
  });

  it('fetches its chunk once, however often it is preloaded or rendered', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Part = preloadablePart(load);
    await Promise.all([Part.preload(), Part.preload()]);
    act(() => {
      render(
        inSuspense(
          <>
            <Part name="Riyadh" />
            <Part name="Jeddah" />
          </>,
        ),
      );
    });
    expect(screen.getByText('Hello, Jeddah')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('a chunk that cannot come settles its preload and names the part where it would be', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Part = preloadablePart<{ name: string }>(() => Promise.reject(new Error('Failed to fetch chunk')));
    await expect(Part.preload()).resolves.toBeUndefined();
    act(() => {
      render(
        <LazyPart what="the greeting">
          <Part name="Geneva" />
        </LazyPart>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent('the greeting');
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch chunk');
    vi.restoreAllMocks();
  });
});

describe('a chunk that could not come', () => {
  it('is fetched again by the next preload, while a render takes the failed load as it stands', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Greeting);
    const Part = preloadablePart(load);
    await Part.preload();
    act(() => {
      render(
        <LazyPart what="the greeting">
          <Part name="Doha" />
        </LazyPart>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent('offline');
    expect(load).toHaveBeenCalledOnce();
    cleanup();
    await Part.preload();
    expect(load).toHaveBeenCalledTimes(2);
    act(() => {
      render(inSuspense(<Part name="Doha" />));
    });
    expect(screen.getByText('Hello, Doha')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});

describe('openWhenLoaded', () => {
  it('opens nothing once the reader has taken the request back', async () => {
    const Part = preloadablePart(() => Promise.resolve(Greeting));
    const open = vi.fn();
    const takeBack = openWhenLoaded(Part, open);
    takeBack();
    await Part.preload();
    // A task later, every callback chained on the load has run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the part only once its chunk has come, so that it renders at once', async () => {
    let arrive = (_: typeof Greeting) => {};
    const Part = preloadablePart(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const open = vi.fn();
    openWhenLoaded(Part, open);
    await Promise.resolve();
    expect(open).not.toHaveBeenCalled();
    arrive(Greeting);
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce());
    act(() => {
      render(inSuspense(<Part name="Abu Dhabi" />));
    });
    expect(screen.getByText('Hello, Abu Dhabi')).toBeInTheDocument();
  });

  it('opens it all the same when its chunk cannot come, for its LazyPart to say so', async () => {
    const Part = preloadablePart<{ name: string }>(() => Promise.reject(new Error('offline')));
    const open = vi.fn();
    openWhenLoaded(Part, open);
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce());
  });
});

describe('preloadOnIntent', () => {
  it('fetches the chunk as the pointer arrives or focus lands, and only once', () => {
    const byPointer = vi.fn(() => Promise.resolve(Greeting));
    const byFocus = vi.fn(() => Promise.resolve(Greeting));
    render(
      <>
        <button {...preloadOnIntent(preloadablePart(byPointer))}>Pointed at</button>
        <button {...preloadOnIntent(preloadablePart(byFocus))}>Focused</button>
      </>,
    );
    const pointed = screen.getByRole('button', { name: 'Pointed at' });
    fireEvent.pointerEnter(pointed);
    expect(byPointer).toHaveBeenCalledOnce();
    fireEvent.focus(pointed);
    fireEvent.pointerDown(pointed);
    expect(byPointer).toHaveBeenCalledOnce();
    expect(byFocus).not.toHaveBeenCalled();
    fireEvent.focus(screen.getByRole('button', { name: 'Focused' }));
    expect(byFocus).toHaveBeenCalledOnce();
  });
});
