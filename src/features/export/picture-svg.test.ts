// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pictureSvg } from './picture-svg.ts';
import { pictureThemes } from './picture-themes.ts';
import type { PictureMark, TimelinePicture } from './timeline-picture.ts';

const CIRCLE = 'M6 0 A6 6 0 1 1 -6 0 A6 6 0 1 1 6 0 Z';

const mark = (over: Partial<PictureMark>): PictureMark => ({
  left: 10,
  right: 24,
  y: 37,
  figure: { kind: 'point', outline: CIRCLE },
  fill: 'solid',
  dash: [],
  colour: '#047857',
  folded: false,
  faded: false,
  selected: false,
  ...over,
});

const picture = (over: Partial<TimelinePicture> = {}): TimelinePicture => ({
  width: 600,
  bodyHeight: 120,
  theme: pictureThemes.light,
  title: 'Talks <Northland> & "Southland"',
  subtitle: ['Place: Lakeside — 2 of 5 rounds', 'Showing 1 March 2025 to 30 June 2025'],
  footer: ['Source: Example', 'Made with Parley'],
  axis: { major: [{ x: 0, label: 'March 2025', sticky: true }], minor: [{ x: 50, label: '10 Mar' }] },
  gridlines: [50],
  lanes: [{ label: 'Northland–Southland', top: 0, height: 120, more: '' }],
  marks: [
    mark({}),
    mark({ figure: { kind: 'bar' }, left: 100, right: 180, fill: 'half', colour: '#ca8a04' }),
  ],
  labels: [{ text: 'Lakeside talks', x: 30, y: 37 }],
  legend: [
    {
      heading: 'Colour: outcome',
      items: [
        {
          label: 'Agreed',
          swatch: {
            kind: 'mark',
            figure: { kind: 'point', outline: CIRCLE },
            fill: 'solid',
            dash: [],
            colour: '#047857',
          },
        },
      ],
    },
  ],
  ...over,
});

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('pictureSvg', () => {
  it('is well-formed SVG with the title, labels and credit as text, escaped', () => {
    const { svg } = pictureSvg(picture());
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Talks <Northland> & "Southland"');
    expect(texts).toContain('Lakeside talks');
    expect(texts).toContain('Source: Example');
    expect(doc.querySelector('title')?.textContent).toBe('Talks <Northland> & "Southland"');
  });

  it('is as wide as the view plus margins, and tall enough for every part', () => {
    const { width, height, svg } = pictureSvg(picture());
    expect(width).toBe(632);
    expect(height).toBeGreaterThan(120 + 44);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
  });

  it('defines the gradient a half-filled (mixed format) mark refers to', () => {
    const doc = parse(pictureSvg(picture()).svg);
    const bar = doc.querySelector('rect[rx="6"][fill^="url(#half-"]');
    const id = bar?.getAttribute('fill')?.slice(5, -1);
    expect(id).toBeTruthy();
    expect(doc.getElementById(id!)).not.toBeNull();
  });

  it('merges folded marks into one density path per row, however many there are', () => {
    const folded = Array.from({ length: 100_000 }, (_, i) =>
      mark({ folded: true, left: i % 590, right: (i % 590) + 1, y: 97 }),
    );
    const doc = parse(pictureSvg(picture({ marks: folded })).svg);
    const paths = [...doc.querySelectorAll('path[fill="#94a3b8"]')];
    expect(paths).toHaveLength(1);
    expect(doc.querySelectorAll('*').length).toBeLessThan(100);
  });

  it('wraps a long title to the picture’s width instead of running off it', () => {
    const long =
      'Negotiations between Northland and Southland over the lake, the river and the border crossings';
    const doc = parse(pictureSvg(picture({ width: 300, title: long })).svg);
    const lines = [...doc.querySelectorAll('text[font-size="20"]')].map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
  });
});
