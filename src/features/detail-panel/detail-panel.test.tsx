// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { Dataset } from '../../domain/schema.ts';
import { DetailPanel } from './detail-panel.tsx';
import { bundledData } from '../../test/bundled-dataset.ts';

// Several tests render the panel for every round of the bundled dataset, which takes longer than the default
// five seconds on a busy machine; they check content, not speed.
vi.setConfig({ testTimeout: 60_000 });

const { dataset, rounds } = bundledData();

function dated(id: string): DatedRound {
  const found = rounds.find((d) => d.round.id === id);
  if (!found) throw new Error(`no round ${id} in the bundled dataset`);
  return found;
}

function renderPanel(
  roundId: string,
  options: { data?: Dataset; list?: DatedRound[]; focusOnOpen?: boolean } = {},
) {
  const onClose = vi.fn<() => void>();
  const onSelect = vi.fn<(id: string) => void>();
  const props = { dataset: options.data ?? dataset, rounds: options.list ?? rounds, onClose, onSelect };
  const view = render(
    <DetailPanel {...props} roundId={roundId} focusOnOpen={options.focusOnOpen ?? false} />,
  );
  const rerender = (id: string) =>
    view.rerender(<DetailPanel {...props} roundId={id} focusOnOpen={options.focusOnOpen ?? false} />);
  return { onClose, onSelect, rerender, panel: screen.getByRole('region', { name: 'Round details' }) };
}

const sourcesList = (panel: HTMLElement) =>
  within(within(panel).getByRole('region', { name: 'Sources' })).getByRole('list');

afterEach(cleanup);

describe('DetailPanel header', () => {
  it('is a region named "Round details" whose heading is the round title', () => {
    const { round } = dated('riyadh-2025-03-23');
    const { panel } = renderPanel(round.id);
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(round.title);
    expect(within(panel).getByRole('heading', { level: 2, name: round.title })).toBeInTheDocument();
  });

  it('shows the date with its precision, the kind, place and format', () => {
    const { panel } = renderPanel('riyadh-2025-03-23');
    expect(within(panel).getByText('23–25 March 2025')).toBeInTheDocument();
    expect(within(panel).getByText('3-day range')).toBeInTheDocument();
    expect(within(panel).getByText('Talks')).toBeInTheDocument();
    expect(within(panel).getByText('The Ritz-Carlton, Riyadh, Saudi Arabia')).toBeInTheDocument();
    expect(within(panel).getByText('Indirect, through a mediator')).toBeInTheDocument();
    cleanup();
    const istanbul = renderPanel('istanbul-2025-06-02').panel;
    expect(within(istanbul).getByText('exact date')).toBeInTheDocument();
    expect(within(istanbul).getByText('Çırağan Palace, Istanbul, Türkiye')).toBeInTheDocument();
  });

  it('steps to the previous and next round in time order, disabled at the ends', async () => {
    const user = userEvent.setup();
    rounds.forEach((current, index) => {
      const { panel, onSelect } = renderPanel(current.round.id);
      const previous = within(panel).getByRole('button', { name: /^Previous round/ });
      const next = within(panel).getByRole('button', { name: /^Next round/ });
      const before = rounds[index - 1];
      const after = rounds[index + 1];
      if (before) expect(previous).toHaveAccessibleName(`Previous round: ${before.round.title}`);
      if (after) expect(next).toHaveAccessibleName(`Next round: ${after.round.title}`);
      expect(previous).toHaveProperty('disabled', before === undefined);
      expect(next).toHaveProperty('disabled', after === undefined);
      fireEvent.click(previous);
      fireEvent.click(next);
      expect(onSelect.mock.calls).toEqual([before, after].filter((d) => d).map((d) => [d!.round.id]));
      cleanup();
    });
    const { panel, onClose } = renderPanel(rounds[0]!.round.id);
    await user.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('DetailPanel participants', () => {
  it('lists every delegation with its heads first, each marked "Head of delegation"', () => {
    for (const { round } of rounds) {
      const { panel } = renderPanel(round.id);
      for (const participant of round.participants) {
        if (!participant.delegation?.length) continue;
        const party = dataset.parties.find((p) => p.id === participant.party)!;
        const items = within(
          within(panel).getByRole('list', { name: `Delegation of ${party.name}` }),
        ).getAllByRole('listitem');
        const heads = items.map((item) => item.textContent?.includes('Head of delegation') ?? false);
        const headCount = participant.delegation.filter((d) => d.head).length;
        expect(heads).toEqual(items.map((_, i) => i < headCount));
      }
      cleanup();
    }
  });

  it('groups parties under role headings with attendance', () => {
    const { panel } = renderPanel('riyadh-2025-03-23');
    for (const name of ['Negotiating parties', 'Mediators', 'Hosts']) {
      expect(within(panel).getByRole('heading', { level: 4, name })).toBeInTheDocument();
    }
    expect(within(panel).queryByRole('heading', { name: 'Observers' })).toBeNull();
    expect(within(panel).getAllByText('· in person').length).toBeGreaterThan(0);
  });
});

describe('DetailPanel content sections', () => {
  it('shows sessions, outcomes with glyph and label, quotes and paraphrases', () => {
    const { round } = dated('riyadh-2025-03-23');
    const { panel } = renderPanel(round.id);
    const sessions = within(panel).getByRole('region', { name: 'Sessions' });
    expect(within(sessions).getAllByRole('listitem')).toHaveLength(round.sessions!.length);
    expect(within(sessions).getByText('24 March 2025')).toBeInTheDocument();
    const outcomes = within(panel).getByRole('region', { name: 'Outcomes' });
    expect(within(outcomes).getAllByText('Agreed')[0]?.parentElement).toHaveTextContent('✓ Agreed');
    expect(within(outcomes).getByText('Proposed by Russia')).toBeInTheDocument();
    const topicOrder = dataset.topics.map((t) => t.label);
    const shown = within(outcomes)
      .getAllByRole('heading', { level: 4 })
      .map((h) => topicOrder.indexOf(h.textContent ?? ''));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    const statements = within(panel).getByRole('region', { name: 'Statements' });
    const quotes = statements.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(round.statements!.filter((s) => s.quote).length);
    expect(quotes[0]).toHaveTextContent('“The discussion was productive and focused”');
    expect(within(statements).getAllByText('(paraphrase)')).toHaveLength(
      round.statements!.filter((s) => s.paraphrase).length,
    );
  });

  it('renders every account of every dispute side by side, attributed', () => {
    const { round } = dated('istanbul-2025-06-02');
    const { panel } = renderPanel(round.id);
    const disputes = within(panel).getByRole('region', { name: 'Disputed facts' });
    for (const dispute of round.disputes!) {
      const group = within(disputes).getByRole('group', { name: `Accounts of: ${dispute.subject}` });
      const cards = within(group).getAllByRole('listitem');
      expect(cards).toHaveLength(dispute.accounts.length);
      dispute.accounts.forEach((account, i) => {
        expect(cards[i]).toHaveTextContent(account.claim);
        expect(cards[i]).toHaveTextContent(`According to ${account.attribution}`);
      });
    }
  });

  it('links related rounds both ways and selects them', async () => {
    const { panel, onSelect } = renderPanel('istanbul-2025-06-02');
    const followed = dated('istanbul-2025-07-23').round;
    await userEvent.click(within(panel).getByRole('button', { name: `Followed by: ${followed.title}` }));
    const earlier = dated('istanbul-2025-05-16').round;
    await userEvent.click(within(panel).getByRole('button', { name: `Follow-up of: ${earlier.title}` }));
    expect(onSelect.mock.calls).toEqual([[followed.id], [earlier.id]]);
  });
});

describe('DetailPanel sources', () => {
  it('lists every source cited in the round once, with safe outbound links', () => {
    for (const { round } of rounds) {
      const { panel } = renderPanel(round.id);
      const items = within(sourcesList(panel)).getAllByRole('listitem');
      const cited = new Set([
        ...round.sources,
        ...round.participants.flatMap((p) => [
          ...p.sources,
          ...(p.delegation ?? []).flatMap((d) => d.sources),
        ]),
        ...(round.sessions ?? []).flatMap((s) => s.sources),
        ...round.outcomes.flatMap((o) => o.sources),
        ...(round.statements ?? []).flatMap((s) => s.sources),
        ...(round.disputes ?? []).flatMap((d) => d.accounts.flatMap((a) => a.sources)),
        ...(round.documents ?? []).flatMap((d) => d.sources),
      ]);
      expect(items).toHaveLength(cited.size);
      for (const id of cited) {
        const source = dataset.sources.find((s) => s.id === id)!;
        const matching = items.filter((item) =>
          within(item).queryByRole('link', { name: source.title ?? source.publisher }),
        );
        expect(matching.length, `${round.id} ${id}`).toBeGreaterThanOrEqual(1);
      }
      for (const link of within(sourcesList(panel)).getAllByRole('link')) {
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      }
      cleanup();
    }
  });

  it('numbers sources by first citation, top to bottom, and links citations to the entries', () => {
    const { panel } = renderPanel('riyadh-2025-03-23');
    const citations = within(panel).getAllByRole('link', { name: /^Source \d+: / });
    const numbers = citations.map((link) => Number(/^\[(\d+)\]$/.exec(link.textContent ?? '')?.[1]));
    const firstSeen = [...new Set(numbers)];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    const items = within(sourcesList(panel)).getAllByRole('listitem');
    for (const link of citations) {
      const n = Number(/\[(\d+)\]/.exec(link.textContent ?? '')?.[1]);
      expect(link).toHaveAttribute('href', `#source-riyadh-2025-03-23-${n}`);
      const entry = items[n - 1]!;
      expect(entry.id).toBe(`source-riyadh-2025-03-23-${n}`);
      const publisher = /^Source \d+: (.*)$/.exec(link.getAttribute('aria-label') ?? '')?.[1] ?? '';
      expect(entry).toHaveTextContent(publisher);
    }
    fireEvent.click(citations[0]!);
    expect(items[0]).toHaveFocus();
  });

  it('renders a non-http URL as text without a link', () => {
    const data = structuredClone(dataset);
    const source = data.sources.find((s) => s.id === 'S00')!;
    source.url = 'javascript:alert(document.cookie)';
    const { panel } = renderPanel('istanbul-2025-06-02', { data });
    const list = sourcesList(panel);
    expect(within(list).getByText(source.title!).closest('a')).toBeNull();
    for (const link of within(panel).getAllByRole('link')) {
      expect(link.getAttribute('href')).not.toMatch(/^javascript:/i);
    }
  });

  it('renders markup in the data as text', () => {
    const data = structuredClone(dataset);
    const round = data.rounds.find((r) => r.id === 'istanbul-2025-06-02')!;
    round.summary = '<img src=x onerror="alert(1)"> summary';
    const { panel } = renderPanel(round.id, {
      data,
      list: rounds.map((d) => (d.round.id === round.id ? { ...d, round } : d)),
    });
    expect(within(panel).getByText('<img src=x onerror="alert(1)"> summary')).toBeInTheDocument();
    expect(panel.querySelector('img')).toBeNull();
  });
});

describe('DetailPanel keyboard and focus', () => {
  it('closes on Escape, unless handled already or typed in a text field', () => {
    const { onClose } = renderPanel('istanbul-2025-06-02');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    input.remove();
    const handled = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('focuses the title on open and when the round changes, when asked to', () => {
    const { rerender } = renderPanel('riyadh-2025-03-23', { focusOnOpen: true });
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      dated('riyadh-2025-03-23').round.title,
    );
    rerender('istanbul-2025-06-02');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      dated('istanbul-2025-06-02').round.title,
    );
  });

  it('does not move focus without focusOnOpen', () => {
    renderPanel('riyadh-2025-03-23');
    expect(document.body).toHaveFocus();
  });

  it('explains an unknown round and still closes', async () => {
    const { panel, onClose } = renderPanel('no-such-round');
    expect(panel).toHaveTextContent('The round “no-such-round” is not in this dataset.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
