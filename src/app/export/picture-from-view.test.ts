import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/generate-dataset.ts';
import { datedRoundsInTimeOrder } from '../../domain/dated-rounds.ts';
import { pictureSvg } from '../../features/export/picture-svg.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { enExport } from '../../i18n/en-export.ts';
import type { ExportView } from './export-view.ts';
import { pictureFromView } from './picture-from-view.ts';

const credit = { source: 'Source: test', made: 'Made with Parley' };

function viewOf(dataset: ExportView['dataset'], width: number): ExportView {
  const rounds = datedRoundsInTimeOrder(dataset.rounds);
  return {
    dataset,
    datasetUrl: 'https://parley.example/data/test.json',
    matches: rounds,
    shown: rounds,
    dimmed: null,
    totalRounds: rounds.length,
    filterLabels: [],
    filterValues: [],
    laneMode: 'table',
    onlyTopics: [],
    window: null,
    selectedId: null,
    dark: false,
    width,
    url: 'https://parley.example/',
  };
}

describe('pictureFromView', () => {
  it('draws a mark for every round of the bundled dataset in the fitted window, each inside the view', () => {
    const { dataset } = bundledData();
    const picture = pictureFromView(viewOf(dataset, 1200), credit, enExport);
    expect(picture.marks).toHaveLength(dataset.rounds.length);
    for (const m of picture.marks) {
      expect(m.left).toBeGreaterThanOrEqual(0);
      expect(m.right).toBeLessThanOrEqual(1200);
    }
    expect(picture.labels.length).toBeGreaterThan(0);
  });

  it('draws a large dataset’s overflow as density strips, not an element per folded round', () => {
    // scripts/measure-export.ts runs the same at 100,000 rounds and prints the figures.
    const dataset = generateDataset(10_000);
    const picture = pictureFromView(viewOf(dataset, 1400), credit, enExport);
    expect(picture.marks).toHaveLength(10_000);
    expect(picture.marks.some((m) => m.folded)).toBe(true);
    const count = (svg: string) => svg.match(/<[a-zA-Z]/g)?.length ?? 0;
    const all = count(pictureSvg(picture).svg);
    const drawnOnly = count(pictureSvg({ ...picture, marks: picture.marks.filter((m) => !m.folded) }).svg);
    // The folded rounds add at most one density path per row (six rows per lane at most), not one each.
    expect(all - drawnOnly).toBeLessThanOrEqual(picture.lanes.length * 6);
  }, 30_000);
});
