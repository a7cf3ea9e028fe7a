import { describe, expect, it } from 'vitest';
import { en as core } from './en.ts';
import { enEmbed } from './en-embed.ts';
import { enPanel } from './en-panel.ts';
import { enEditor } from './en-editor.ts';
import { enTimeline } from './en-timeline.ts';
import { enTimelineLegend } from './en-timeline-legend.ts';
import { enFilterPanel } from './en-filter-panel.ts';
import { enFilters } from './en-filters.ts';
import { enList } from './en-list.ts';
import { enStatus } from './en-status.ts';
import { enDatasetError } from './en-dataset-error.ts';
import { enStory } from './en-story.ts';
import { enExport } from './en-export.ts';
import { enLinkNotices } from './en-link-notices.ts';
import { enProblems } from './en-problems.ts';
import type { Messages } from './messages.ts';
import { languages, langCodes } from './languages.ts';
import { messageLeaves } from './message-leaves.ts';
import { plural } from './plural.ts';

/** Every English part together: the keys every other catalogue must have. */
const en: Messages = {
  ...core,
  ...enEmbed,
  ...enPanel,
  ...enEditor,
  ...enTimeline,
  ...enTimelineLegend,
  ...enFilters,
  ...enFilterPanel,
  ...enList,
  ...enStatus,
  ...enDatasetError,
  ...enStory,
  ...enExport,
  ...enLinkNotices,
  ...enProblems,
};

/** Paths of words that are the same in both languages, so an equal string there is not a forgotten translation. */
const SAME_IN_UKRAINIAN = new Set<string>([
  // Digits alone: both languages write a count below a thousand the same way ("3"), and group larger ones apart.
  'facetCountDigits',
]);

describe('plural', () => {
  it('picks the Ukrainian one, few and many forms ("1 раунд", "3 раунди", "5 раундів")', () => {
    const rounds = plural('uk', { one: '# раунд', few: '# раунди', many: '# раундів', other: '# раунду' });
    expect([1, 3, 5, 11, 21, 22, 25, 101].map(rounds)).toEqual([
      '1 раунд',
      '3 раунди',
      '5 раундів',
      '11 раундів',
      '21 раунд',
      '22 раунди',
      '25 раундів',
      '101 раунд',
    ]);
    expect(rounds(1.5)).toBe('1,5 раунду');
  });

  it('writes the count as the language does: "10 000" in Ukrainian, "10,000" in English', () => {
    // Pinned ICU output: Ukrainian groups thousands with a no-break space.
    expect(plural('uk', { other: '#' })(10_000)).toBe('10\u00a0000');
    expect(plural('en', { one: '# round', other: '# rounds' })(10_000)).toBe('10,000 rounds');
    expect(plural('en', { one: '# round', other: '# rounds' })(1)).toBe('1 round');
  });

  it('makes no Intl rules or number format until a count is written, then one of each a language', () => {
    // A catalogue module calls plural as it is evaluated; their first making is slow in Chromium.
    const made: string[] = [];
    const { PluralRules, NumberFormat } = Intl;
    const install = (rules: unknown, numbers: unknown) => {
      Object.defineProperty(Intl, 'PluralRules', { value: rules });
      Object.defineProperty(Intl, 'NumberFormat', { value: numbers });
    };
    install(
      class extends PluralRules {
        constructor(...args: ConstructorParameters<typeof PluralRules>) {
          super(...args);
          made.push(`PluralRules ${String(args[0])}`);
        }
      },
      class extends NumberFormat {
        constructor(...args: ConstructorParameters<typeof NumberFormat>) {
          super(...args);
          made.push(`NumberFormat ${String(args[0])}`);
        }
      },
    );
    try {
      // A locale no other test writes in, so that the kept rules and formats start without it.
      const locale = 'uk-UA';
      const rounds = plural(locale, {
        one: '# раунд',
        few: '# раунди',
        many: '# раундів',
        other: '# раунду',
      });
      const steps = plural(locale, { one: '# крок', few: '# кроки', many: '# кроків', other: '# кроку' });
      expect(made).toEqual([]);
      expect([rounds(2), steps(5), rounds(21)]).toEqual(['2 раунди', '5 кроків', '21 раунд']);
      expect(made.sort()).toEqual([`NumberFormat ${locale}`, `PluralRules ${locale}`]);
    } finally {
      install(PluralRules, NumberFormat);
    }
  });
});

describe('English counts', () => {
  it('group thousands, as the timeline’s "Placing 100,000 rounds…" does', () => {
    const counts = [
      en.roundsOf(12_345, 100_000),
      en.pictureScope('Topic: Ceasefire', 12_345, 100_000),
      en.pictureAll(100_000),
      en.pictureFolded(12_345),
      en.jsonNote(12_345, 100_000, '', '5 December 2026', 'https://news.example/'),
      en.jsonDropped(12_345),
      en.printImage(100_000),
      en.printCaption(12_345),
      en.facetCountDigits(12_345),
      en.facetRoundCount(12_345),
      en.filtersShowRounds(12_345),
      en.densityGroup(12_345, '2025'),
      en.problem.moreProblems(12_345, false),
    ];
    for (const words of counts) {
      expect(words).toMatch(/\b(12,345|100,000)\b/);
      expect(words).not.toMatch(/12345|100000/);
    }
    expect(en.roundsOf(12_345, 100_000)).toBe('12,345 of 100,000 rounds');
  });
});

describe('the catalogues', () => {
  it('list English first and name each language in itself', () => {
    expect(langCodes[0]).toBe('en');
    expect(languages.uk.name).toBe('Українська');
  });

  for (const code of langCodes.filter((c) => c !== 'en')) {
    it(`${code} has every English key, none empty and none left in English`, async () => {
      const load = languages[code].load;
      if (load === null) throw new Error(`${code} has no catalogue to load`);
      const messages = await load();
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      const mine = messageLeaves(messages);
      const english = messageLeaves(en);
      expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, englishText] of english) {
        if (path.startsWith('dates.')) continue; // tested with the dates (date-locale.test.ts)
        const text = mine.get(path) ?? '';
        expect(text.trim(), path).not.toBe('');
        if (!SAME_IN_UKRAINIAN.has(path)) expect(text, path).not.toBe(englishText);
      }
    });
  }
});
