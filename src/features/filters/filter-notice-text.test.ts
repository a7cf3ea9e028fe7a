import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import { knownFilterValues } from '../../domain/validate-filters.ts';
import { enFilters } from '../../i18n/en-filters.ts';
import { ukFilters } from '../../i18n/uk-filters.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { filterNoticeText } from './filter-notice-text.ts';

const { dataset } = bundledData();
const notices = (patch: Partial<Filters>, t = enFilters) =>
  knownFilterValues({ ...emptyFilters, ...patch }, dataset).notices.map((n) => filterNoticeText(n, t));

describe('filterNoticeText in English', () => {
  it('names one unknown value and the known ones most like it', () => {
    const [text] = notices({ topics: ['cease-fire', 'black-sea'] });
    expect(text).toMatch(/^Ignored topic "cease-fire": no such topic \(known: ceasefire-comprehensive, /);
    expect(text).toMatch(/, …\)\.$/);
  });

  it('says one notice per facet', () => {
    expect(notices({ parties: ['ru2', 'ru'], people: ['nobody'], places: ['Atlantis'] })).toEqual([
      expect.stringMatching(/^Ignored party "ru2": no such party \(known: ru, /),
      expect.stringMatching(/^Ignored person "nobody": no such person \(known: /),
      expect.stringMatching(/^Ignored place "Atlantis": no such place \(known: .*Istanbul.*\)\.$/),
    ]);
  });

  it('lists every known value of a short vocabulary without an ellipsis', () => {
    expect(notices({ roles: ['chair' as 'host'] })).toEqual([
      'Ignored role "chair": no such role (known: party, mediator, host, observer).',
    ]);
  });

  it('says a dataset without places has none to suggest', () => {
    const none = knownFilterValues({ ...emptyFilters, places: ['Atlantis'] }, { ...dataset, rounds: [] });
    expect(none.notices.map((n) => filterNoticeText(n, enFilters))).toEqual([
      'Ignored place "Atlantis": no such place (known: none).',
    ]);
  });

  it('words the dates', () => {
    expect(notices({ from: '2025-05-01', to: '2025-04-01' })).toEqual([
      'Ignored the end date 2025-04-01: it is before the start date 2025-05-01.',
    ]);
    expect(notices({ from: '2025-02-30', to: 'soon' })).toEqual([
      'Ignored the start date "2025-02-30": expected a date like 2025-03-11.',
      'Ignored the end date "soon": expected a date like 2025-03-11.',
    ]);
  });

  it('summarises many, quoting a few', () => {
    const unknown = Array.from({ length: 2600 }, (_, i) => `party-${i}`);
    expect(notices({ parties: ['ua', ...unknown], people: ['nobody-1', 'nobody-2'] })).toEqual([
      expect.stringMatching(
        /^2,600 unknown parties were ignored, such as "party-0", "party-1", "party-2" \(known: .*\)\.$/,
      ),
      expect.stringMatching(/^2 unknown people were ignored: "nobody-1", "nobody-2" \(known: /),
    ]);
  });
});

describe('filterNoticeText in Ukrainian', () => {
  it('counts with the three plural forms and writes numbers the Ukrainian way', () => {
    const parties = (n: number) =>
      notices({ parties: Array.from({ length: n }, (_, i) => `p-${i}`) }, ukFilters)[0];
    expect(parties(2600)).toMatch(
      /^Пропущено 2\u00a0600 невідомих сторін, як-от «p-0», «p-1», «p-2» \(відомі: /,
    );
    expect(parties(3)).toMatch(/^Пропущено 3 невідомі сторони: «p-0», «p-1», «p-2» \(відомі: /);
    expect(parties(21)).toMatch(/^Пропущено 21 невідому сторону, як-от /);
    expect(notices({ topics: ['cease-fire'] }, ukFilters)[0]).toMatch(
      /^Пропущено тему «cease-fire»: такої теми немає \(відомі: ceasefire-comprehensive, /,
    );
  });
});
