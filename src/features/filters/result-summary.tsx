interface Props {
  matchCount: number;
  totalCount: number;
}

/** "N of M rounds", announced politely whenever the filters change it. */
export function ResultSummary({ matchCount, totalCount }: Props) {
  return (
    <p role="status" className="text-sm font-medium text-slate-900 dark:text-slate-100">
      {matchCount} of {totalCount} {totalCount === 1 ? 'round' : 'rounds'}
    </p>
  );
}
