import { performance } from 'node:perf_hooks';
import { pictureFromView } from '../src/app/export/picture-from-view.ts';
import { datedRoundsInTimeOrder } from '../src/domain/dated-rounds.ts';
import { roundsCsv } from '../src/features/export/rounds-csv.ts';
import { datasetSubset } from '../src/features/export/dataset-subset.ts';
import { pictureSvg } from '../src/features/export/picture-svg.ts';
import { generateDataset } from './generate-dataset.ts';
import { enExport } from '../src/i18n/en-export.ts';

/**
 * Times the exports on a synthetic dataset (default 100,000 rounds, all in view, fitted window, 1400 px):
 * the picture's layout, its SVG, the CSV and the JSON subset, and prints the SVG's element count and size.
 * The PNG step (rasterising that SVG) runs in the browser and is not timed here.
 * Usage: tsx scripts/measure-export.ts [rounds] [width]
 */
const n = Number(process.argv[2] ?? 100_000);
const width = Number(process.argv[3] ?? 1400);

const time = <T>(label: string, run: () => T): T => {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
};

const dataset = time(`generate ${n} rounds`, () => generateDataset(n));
const rounds = time('parse dates, time order', () => datedRoundsInTimeOrder(dataset.rounds));
const view = {
  dataset,
  datasetUrl: 'https://parley.example/data/synthetic.json',
  matches: rounds,
  shown: rounds,
  dimmed: null,
  totalRounds: rounds.length,
  filterLabels: [],
  filterValues: [],
  laneMode: 'table' as const,
  onlyTopics: [],
  window: null,
  selectedId: null,
  dark: false,
  width,
  url: 'https://parley.example/',
};
const credit = { source: 'Source: synthetic', made: 'Made with Parley' };
const picture = time('picture layout (timeline functions)', () => pictureFromView(view, credit, enExport));
const { svg } = time('SVG text', () => pictureSvg(picture));
time('CSV text', () => roundsCsv(dataset, rounds, (id) => `https://parley.example/?round=${id}`));
time('JSON subset + stringify', () =>
  JSON.stringify(datasetSubset(dataset, new Set(rounds.map((d) => d.round.id))).dataset),
);
console.log(
  `SVG: ${svg.match(/<[a-zA-Z]/g)?.length ?? 0} elements, ${(svg.length / 1024).toFixed(0)} kB for ${picture.marks.length} marks`,
);
