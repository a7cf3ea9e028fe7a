import { describe, expect, it } from 'vitest';
import { enExport } from '../../i18n/en-export.ts';
import { ukExport } from '../../i18n/uk-export.ts';
import { datasetSlug, exportFileName, slugWords } from './export-file-name.ts';

const day = new Date('2026-12-02T15:00:00Z');

describe('exportFileName', () => {
  it('names the dataset, the filter in words and the day', () => {
    expect(
      exportFileName({
        slug: 'russia-ukraine-talks',
        words: enExport,
        filters: ['Istanbul'],
        date: day,
        extension: 'csv',
      }),
    ).toBe('russia-ukraine-talks_istanbul_2026-12-02.csv');
  });

  it('says "all-rounds" without filters, and what an image shows', () => {
    expect(
      exportFileName({
        slug: 'talks',
        words: enExport,
        filters: [],
        what: enExport.fileTimeline,
        date: day,
        extension: 'png',
      }),
    ).toBe('talks_all-rounds_timeline_2026-12-02.png');
  });

  it('says its own words in the reader’s language', () => {
    expect(
      exportFileName({
        slug: 'talks',
        words: ukExport,
        filters: [],
        what: ukExport.fileTimeline,
        date: day,
        extension: 'png',
      }),
    ).toBe('talks_усі-раунди_хронологія_2026-12-02.png');
    const many = exportFileName({
      slug: 'talks',
      words: ukExport,
      filters: ['Військовополонені', 'Припинення вогню', 'Енергетична інфраструктура', 'Чорне море', 'Росія'],
      date: day,
      extension: 'json',
    });
    expect(many).toMatch(/^talks_військовополонені_припинення-вогню_.*_та-інші_2026-12-02\.json$/);
  });

  it('folds accents and punctuation, and shortens many filters at a word boundary', () => {
    expect(slugWords('“Çırağan Palace”, İstanbul')).toBe('ciragan-palace-istanbul');
    expect(slugWords('Мединский')).toBe('мединский');
    const name = exportFileName({
      slug: 'talks',
      words: enExport,
      filters: ['Prisoners of war', 'Ceasefire', 'Energy infrastructure', 'Black Sea shipping', 'Russia'],
      date: day,
      extension: 'json',
    });
    expect(name).toMatch(/^talks_prisoners-of-war_ceasefire_.*_and-more_2026-12-02\.json$/);
    expect(name.length).toBeLessThan(100);
  });
});

describe('datasetSlug', () => {
  it('is the file name of the dataset, or its title', () => {
    expect(datasetSlug('https://x.org/data/russia-ukraine-talks.json', 'T')).toBe('russia-ukraine-talks');
    expect(datasetSlug('https://x.org/api/', 'Northland–Southland talks')).toBe('northland-southland-talks');
  });
});
