// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart } from './lazy-part.tsx';

afterEach(cleanup);

describe('LazyPart', () => {
  it('shows the fallback while the chunk is on its way, then the part', async () => {
    let arrive: (part: { default: () => React.JSX.Element }) => void = () => {};
    const Part = lazy(
      () => new Promise<{ default: () => React.JSX.Element }>((resolve) => (arrive = resolve)),
    );
    render(
      <LazyPart what="the details of the round" fallback={<p>Waiting</p>}>
        <Part />
      </LazyPart>,
    );
    expect(screen.getByText('Waiting')).toBeTruthy();
    arrive({ default: () => <p>The part</p> });
    expect(await screen.findByText('The part')).toBeTruthy();
  });

  it('names the part and the cause when its chunk cannot be fetched, and leaves the rest alone', async () => {
    // React reports the caught error on the console; the message on the page is what this test is about.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Part = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/panel.js')),
    );
    render(
      <div>
        <p>The timeline</p>
        <LazyPart what="the details of the round">
          <Part />
        </LazyPart>
      </div>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Parley could not load the details of the round (Failed to fetch dynamically imported module: /assets/panel.js). Reloading the page may help.',
    );
    expect(screen.getByText('The timeline')).toBeTruthy();
    vi.restoreAllMocks();
  });
});
