import { writeFile } from 'node:fs/promises';
import { FLOOR_PAGE_HTML } from './bench/floor-page.ts';

/**
 * `npx tsx scripts/write-floor-page.ts dist/floor.html` writes the benchmark's floor page (a bare download and
 * parse of a dataset, scripts/bench/floor-page.ts) to a file, so that the side-by-side harness can load it
 * beside Parley and vis-timeline: `--url '/floor.html?data=bench-data/rounds-{n}.json' --label floor`.
 */
const file = process.argv[2];
if (file === undefined) {
  console.error('usage: npx tsx scripts/write-floor-page.ts <file.html>');
  process.exit(2);
}
await writeFile(file, FLOOR_PAGE_HTML);
console.log(`floor page: ${file}`);
