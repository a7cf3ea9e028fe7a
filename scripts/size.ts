import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size`: the JavaScript a reader downloads before the timeline can be ready, read from dist/ (run
 * `npm run build` first). That is the entry script of index.html, its modulepreloads, and every chunk they
 * import statically; chunks loaded by `import()` (editor, export, detail panel, dataset worker…) come later,
 * or on demand. Prints each chunk's gzip size (level 9) and fails when the total passes the budget (issue #9).
 */
const BUDGET_KB = 118;
// Another build's folder may be given, to compare: `npx tsx scripts/size.ts /tmp/old-dist`.
const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));

const html = await readFile(path.join(root, 'index.html'), 'utf8').catch(() => {
  console.error('size: dist/index.html not found; run `npm run build` first');
  process.exit(2);
});
const starts = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => path.resolve(root, match[1]!));

// Static imports in a minified chunk: `import{a}from"./x.js"`, `export*from"./x.js"`, `import"./x.js"`.
// Dynamic imports are `import("./x.js")` and are left out on purpose.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.\.?\/[^"]+\.js)"/g;

const sizes = new Map<string, { raw: number; gzip: number }>();
const pending = [...starts];
while (pending.length > 0) {
  const file = pending.pop()!;
  if (sizes.has(file)) continue;
  const code = await readFile(file);
  sizes.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    pending.push(path.resolve(path.dirname(file), match[1]!));
  }
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);
const rows = [...sizes].sort((a, b) => b[1].gzip - a[1].gzip);
console.log('first-load JavaScript (before the timeline is ready), gzip -9:');
for (const [file, size] of rows) {
  console.log(`${kb(size.gzip)} kB  (${kb(size.raw)} kB raw)  ${path.relative(root, file)}`);
}
const total = rows.reduce((sum, [, size]) => sum + size.gzip, 0);
console.log(`${kb(total)} kB  total, budget ${BUDGET_KB} kB`);
if (total > BUDGET_KB * 1000) {
  console.error(`size: the first load is ${kb(total).trim()} kB, over its budget of ${BUDGET_KB} kB`);
  process.exit(1);
}
