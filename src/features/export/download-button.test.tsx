// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadButton } from './download-button.tsx';

// The menu's chunk comes only when the test lets it, as on a slow network.
const chunk = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived: () => arrived };
});
vi.mock('./download-menu.tsx', async () => {
  await chunk.arrived();
  return { DownloadMenu: () => <ul role="menu" aria-label="Download" /> };
});

afterEach(cleanup);

describe('DownloadButton, while the menu’s chunk is on its way', () => {
  it('pressed again takes the opening back, and opens the menu when pressed after the chunk has come', async () => {
    const user = userEvent.setup();
    render(<DownloadButton onDownload={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Download' });
    await user.click(button);
    await user.click(button);
    await act(async () => {
      chunk.arrive();
      await import('./download-menu.tsx');
      // A task after the chunk's module settled: every callback chained on it has run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(await screen.findByRole('menu', { name: 'Download' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });
});
