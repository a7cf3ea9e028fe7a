import { describe, expect, it } from 'vitest';
import { describeFailure } from '../data-access/failure-words.ts';
import { ukDatasetError } from './uk-dataset-error.ts';
import { ukBytes, ukStatus } from './uk-status.ts';

describe('the status words in Ukrainian', () => {
  it('write sizes with a decimal comma and Ukrainian units, bytes with their plural forms', () => {
    // Pinned ICU output: Ukrainian writes the decimal with a comma.
    expect([1, 3, 5, 1536, 3.4 * 1024 ** 2, 48 * 1024].map(ukBytes)).toEqual([
      '1 байт',
      '3 байти',
      '5 байтів',
      '1,5 КБ',
      '3,4 МБ',
      '48 КБ',
    ]);
  });

  it('count the rounds being checked with the digits grouped as Ukrainian groups them', () => {
    expect(ukStatus.checkingRounds(48_000, 100_000)).toBe('Перевірка раундів: 48\u00a0000 з 100\u00a0000');
    expect(ukStatus.indexingRounds(21)).toBe('Датування й індексування 21 раунду…');
  });

  it('build a cause around the server in the case the sentence needs', () => {
    const origin = 'https://data.example';
    expect(
      describeFailure({ kind: 'no-answer', seconds: 20 }, `${origin}/x.json`, ukDatasetError.failure),
    ).toBe(
      `сервер ${origin} не відповів протягом 20 секунд. Можливо, він перевантажений або не працює; спробуйте пізніше.`,
    );
    expect(
      describeFailure({ kind: 'invalid', issues: [], problemCount: 3 }, undefined, ukDatasetError.failure),
    ).toBe('файл у форматі JSON, але це не коректний набір даних Parley (3 проблеми).');
  });
});
