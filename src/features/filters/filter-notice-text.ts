import type { FilterNotice } from '../../domain/validate-filters.ts';
import type { enFilters } from '../../i18n/en-filters.ts';

/**
 * A notice about a link's filters in the reader's language: `Ignored topic "cease-fire": no such topic
 * (known: ceasefire-comprehensive, …).` or `2,600 unknown parties were ignored, such as "p1", "p2", "p3"
 * (known: …).` The values quoted are the link's and the dataset's ids, as they were written.
 */
export function filterNoticeText(notice: FilterNotice, t: typeof enFilters): string {
  switch (notice.kind) {
    case 'bad-day':
      return notice.end === 'start' ? t.noticeBadStartDay(notice.value) : t.noticeBadEndDay(notice.value);
    case 'end-before-start':
      return t.noticeEndBeforeStart(notice.to, notice.from);
    case 'unknown-values': {
      const { facet, count, examples, known, moreKnown } = notice;
      const suggestion =
        known.length === 0 ? t.noticeNoneKnown : t.noticeKnown(known.join(', ') + (moreKnown ? ', …' : ''));
      const quoted = examples.map(t.noticeQuoted);
      if (count === 1) return t.noticeUnknownValue[facet](quoted[0] ?? '', suggestion);
      return t.noticeUnknownValues[facet](count, quoted.join(', '), count > examples.length, suggestion);
    }
  }
}
