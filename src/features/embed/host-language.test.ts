import { describe, expect, it } from 'vitest';
import { hostLanguage } from './host-language.ts';

describe('hostLanguage', () => {
  it('takes the article’s language when the link names none', () => {
    expect(hostLanguage('embed=1&hostlang=uk')).toBe('uk');
    expect(hostLanguage('embed=1&hostlang=uk-UA')).toBe('uk');
  });

  it('leaves a language Parley does not have, or a link that names one, alone', () => {
    expect(hostLanguage('embed=1&hostlang=de')).toBeNull();
    expect(hostLanguage('embed=1&hostlang=uk&lang=en')).toBeNull();
    expect(hostLanguage('embed=1')).toBeNull();
  });
});
