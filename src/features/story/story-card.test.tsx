// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, Story } from '../../domain/schema.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { StoryCard } from './story-card.tsx';

afterEach(cleanup);

const base = bundledData().dataset;
const dataset: Dataset = {
  ...base,
  sources: [
    ...base.sources,
    { id: 'X1', url: 'javascript:alert(1)', publisher: 'Bad link', language: 'en' },
    { id: 'X2', url: 'https://user:pw@example.org/', publisher: 'Disguised link', language: 'en' },
  ],
};
const story: Story = {
  id: 'demo',
  title: 'A demo story',
  intro: [{ text: 'The intro, before the first step.', sources: ['S01'] }],
  steps: [
    {
      heading: 'First step',
      narrative: [
        { text: '<b>Not bold</b>, cited twice.', sources: ['S02', 'S01'] },
        { text: 'Cited by links that must not be links.', sources: ['X1', 'X2'] },
      ],
    },
    { heading: 'Second step', narrative: [{ text: 'Only the second.', sources: ['S03'] }] },
  ],
};

function renderStep(number: number) {
  const handlers = { onPrevious: vi.fn(), onNext: vi.fn(), onLeave: vi.fn() };
  render(
    <StoryCard
      dataset={dataset}
      story={story}
      step={story.steps[number - 1]!}
      number={number}
      inline={false}
      {...handlers}
    />,
  );
  return { region: screen.getByRole('region', { name: story.title }), ...handlers };
}

describe('StoryCard', () => {
  it('names its region after the story and shows the step, its heading and progress', () => {
    const { region } = renderStep(1);
    expect(within(region).getByRole('heading', { level: 3, name: 'First step' })).toBeInTheDocument();
    expect(within(region).getByText('Step 1 of 2', { exact: true })).toBeInTheDocument();
    expect(
      within(region).getByText('The intro, before the first step.', { exact: false }),
    ).toBeInTheDocument();
  });

  it('renders text from data as text, never as HTML', () => {
    const { region } = renderStep(1);
    expect(within(region).getByText('<b>Not bold</b>, cited twice.', { exact: false })).toBeInTheDocument();
    expect(region.querySelector('b')).toBeNull();
  });

  it('numbers the sources in the order the text first cites them, each once', () => {
    const { region } = renderStep(1);
    const sources = within(region).getByRole('region', { name: 'Sources of this step' });
    const items = within(sources)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const publisher = (id: string) => dataset.sources.find((s) => s.id === id)!.publisher;
    expect(items).toHaveLength(4);
    expect(items[0]).toContain(publisher('S01'));
    expect(items[1]).toContain(publisher('S02'));
    expect(within(region).getAllByRole('link', { name: /^Source 1:/ })).toHaveLength(2);
  });

  it('links only to http(s) addresses without credentials', () => {
    const { region } = renderStep(1);
    const sources = within(region).getByRole('region', { name: 'Sources of this step' });
    for (const link of within(sources).getAllByRole('link'))
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(within(sources).getByText('javascript:alert(1)', { exact: false }).closest('a')).toBeNull();
    expect(
      within(sources).getByText('https://user:pw@example.org/', { exact: false }).closest('a'),
    ).toBeNull();
  });

  it('says Previous is unavailable at the first step and Next at the last, and does nothing then', async () => {
    const user = userEvent.setup();
    const first = renderStep(1);
    const previous = within(first.region).getByRole('button', { name: 'Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(first.onPrevious).not.toHaveBeenCalled();
    await user.click(within(first.region).getByRole('button', { name: 'Next' }));
    expect(first.onNext).toHaveBeenCalledOnce();
    cleanup();
    const last = renderStep(2);
    await user.click(within(last.region).getByRole('button', { name: 'Next' }));
    expect(last.onNext).not.toHaveBeenCalled();
    await user.click(within(last.region).getByRole('button', { name: 'Explore from here' }));
    expect(last.onLeave).toHaveBeenCalledOnce();
  });
});
