// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SafeExternalLink, safeHttpUrl } from './safe-external-link.tsx';

afterEach(cleanup);

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('rejects every other scheme and anything that is not an absolute URL', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/file',
      '//example.org/path',
      'https://user:pass@example.org/',
      'https://trusted.example@evil.example/',
      '/relative',
      '',
    ]) {
      expect(safeHttpUrl(url), url).toBeUndefined();
    }
  });
});

describe('SafeExternalLink', () => {
  it('opens http(s) links in a new tab without an opener', () => {
    render(<SafeExternalLink url="https://example.org/">Example</SafeExternalLink>);
    const link = screen.getByRole('link', { name: 'Example' });
    expect(link).toHaveAttribute('href', 'https://example.org/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders plain text for any other scheme', () => {
    render(<SafeExternalLink url="javascript:alert(1)">Bad</SafeExternalLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Bad')).toBeInTheDocument();
  });
});
