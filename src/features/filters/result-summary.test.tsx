// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultSummary } from './result-summary.tsx';

afterEach(cleanup);

describe('ResultSummary', () => {
  it('says how many rounds match, in a polite status region when asked to be live', () => {
    render(<ResultSummary matchCount={3} totalCount={12} live />);
    expect(screen.getByRole('status')).toHaveTextContent('3 of 12 rounds');
  });

  it('is plain text when a page-wide region announces the count', () => {
    render(<ResultSummary matchCount={3} totalCount={12} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('3 of 12 rounds')).toBeInTheDocument();
  });

  it('uses the singular for a dataset of one round', () => {
    render(<ResultSummary matchCount={0} totalCount={1} live />);
    expect(screen.getByRole('status')).toHaveTextContent('0 of 1 round');
  });
});
