// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Source } from '../../domain/schema.ts';
import { SourcesSection } from './sources-section.tsx';

afterEach(cleanup);

function renderSources(sources: Source[]) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  render(<SourcesSection roundId="r" order={sources.map((s) => s.id)} sources={byId} />);
  return screen.getAllByRole('listitem');
}

const source = (id: string, url: string): Source => ({
  id,
  url,
  publisher: `Publisher ${id}`,
  language: 'en',
});

describe('SourcesSection', () => {
  it('names the site each link goes to', () => {
    const [item] = renderSources([source('S1', 'https://www.reuters.com/world/x')]);
    expect(within(item!).getByRole('link', { name: 'Publisher S1' })).toBeInTheDocument();
    expect(item).toHaveTextContent('www.reuters.com');
  });

  it('shows a look-alike host in punycode with a warning', () => {
    const [item] = renderSources([source('S1', 'https://ex\u0430mple.org/')]);
    expect(item).toHaveTextContent(/xn--[a-z0-9-]+\.org \(look-alike address: it mixes alphabets\)/);
    expect(item).not.toHaveTextContent('ex\u0430mple.org');
  });

  it('renders a link with credentials as plain text', () => {
    const [item] = renderSources([source('S1', 'https://user:pass@example.org/')]);
    expect(within(item!).queryByRole('link')).toBeNull();
    expect(item).toHaveTextContent('address not shown: not a plain web link');
  });
});
