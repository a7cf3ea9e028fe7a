import { READY_MARK } from './bench-page.ts';

/**
 * The floor page: a bare page that downloads a dataset and then parses it in one go on its main thread, with
 * the browser's own JSON reader, and marks the next frame as the app marks its first picture
 * (`timeline-ready`, which the side-by-side harness in ../shared/bench-anchor waits for too). No checks, no
 * model, no drawing, no framework, and none of the app's care for the main thread: at 100,000 rounds its
 * parse is one task of about a second. It is not a lower bound on Parley's ready (Parley reads the rounds in
 * a worker as they arrive, while the app starts), but a reference point measured beside it: what this machine
 * takes to download and parse the same bytes at all.
 */
export const FLOOR_PAGE = 'floor.html';
// A download or parse that fails says so at once, rather than leaving the benchmark to wait out its timeout.
export const FLOOR_FAILED_MARK = 'floor-failed';

/** The page: `floor.html?data=<the dataset's address, relative to the page>`. */
export const FLOOR_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor: download and parse</title></head>
<body><p id="rounds">Loading…</p>
<script type="module">
  const data = new URL(location.href).searchParams.get('data');
  try {
    const response = await fetch(data);
    if (!response.ok) throw new Error(data + ': HTTP ' + response.status);
    const dataset = await response.json();
    document.getElementById('rounds').textContent = dataset.rounds.length + ' rounds';
    requestAnimationFrame(() => setTimeout(() => performance.mark('${READY_MARK}')));
  } catch (error) {
    performance.mark('${FLOOR_FAILED_MARK}', { detail: String(error) });
  }
</script></body></html>
`;
