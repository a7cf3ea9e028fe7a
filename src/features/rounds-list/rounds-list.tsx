import type { Dataset, Round } from '../../domain/schema.ts';
import { datedRoundsInTimeOrder } from '../../domain/dated-rounds.ts';

/** The first screen: the dataset's title and its rounds in time order, with date and place. */
export function RoundsList({ dataset }: { dataset: Dataset }) {
  const rounds = datedRoundsInTimeOrder(dataset.rounds);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{dataset.meta.title}</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{dataset.meta.description}</p>
      <h2 id="rounds-heading" className="mt-8 text-lg font-semibold">
        Rounds <span className="font-normal text-slate-600 dark:text-slate-400">({rounds.length})</span>
      </h2>
      <ol aria-labelledby="rounds-heading" className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {rounds.map(({ round, dateText }) => (
          <li key={round.id} className="py-3">
            <h3 className="font-medium">{round.title}</h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {dateText}
              {placeText(round) && <> · {placeText(round)}</>}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

function placeText(round: Round): string {
  const { city, country, venue } = round.location ?? {};
  // Venues often carry their city already ("The Ritz-Carlton, Riyadh"): don't say it twice.
  const cityText = city && venue?.includes(city) ? undefined : city;
  return [venue, cityText, country].filter(Boolean).join(', ');
}
