// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The menu's chunk comes only when a test lets it, as on a slow network; each test starts without it (doMock:
// a mock's module, once made, outlives vi.resetModules).
let arrive = () => {};
beforeEach(() => {
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  vi.resetModules();
  vi.doMock('./download-menu.tsx', async () => {
    await arrived;
    return { DownloadMenu: () => <ul role="menu" aria-label="Download" /> };
  });
});
afterEach(cleanup);

/** The button, from modules loaded afresh: the menu's chunk has not been asked for yet. */
async function renderButton() {
  const { DownloadButton } = await import('./download-button.tsx');
  render(<DownloadButton onDownload={vi.fn()} />);
  return screen.getByRole('button', { name: 'Download' });
}

/** Lets the menu's chunk come, and waits until every callback chained on it has run. */
async function letTheChunkCome() {
  await act(async () => {
    arrive();
    await import('./download-menu.tsx');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Once the chunk has come: no menu from the opening taken back, then one as `askAgain` asks for it. */
async function expectTakenBackThenOpenedBy(button: HTMLElement, askAgain: () => Promise<void>) {
  await letTheChunkCome();
  expect(screen.queryByRole('menu')).toBeNull();
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await askAgain();
  expect(await screen.findByRole('menu', { name: 'Download' })).toBeInTheDocument();
  expect(button).toHaveAttribute('aria-expanded', 'true');
}

describe('DownloadButton, while the menu’s chunk is on its way', () => {
  it('pressed again takes the opening back, and opens the menu when pressed after the chunk has come', async () => {
    const user = userEvent.setup();
    const button = await renderButton();
    await user.click(button);
    await user.click(button);
    await expectTakenBackThenOpenedBy(button, () => user.click(button));
  });

  it('Escape takes back an opening asked for with ↓, and ↑ opens the menu once the chunk has come', async () => {
    const user = userEvent.setup();
    const button = await renderButton();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    await expectTakenBackThenOpenedBy(button, () => user.keyboard('{ArrowUp}'));
  });

  it('opens the menu asked for with ↓ once the chunk has come, when nothing took it back', async () => {
    const user = userEvent.setup();
    const button = await renderButton();
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.queryByRole('menu')).toBeNull();
    await letTheChunkCome();
    expect(screen.getByRole('menu', { name: 'Download' })).toBeInTheDocument();
  });
});
