/**
 * Where one load's time goes, on the page's thread and in the dataset worker: CPU profiles of both threads
 * from before the page opens to `timeline-ready`, summarised. Not the benchmark (`npm run bench`): one load,
 * for finding what to shorten.
 *
 *   npx vite build --minify false     # so that functions keep their names; the timings shift a little
 *   npx tsx scripts/generate-dataset.ts 10000 dist/bench-data/r10k.json     # after the build, which empties dist/
 *   npx vite preview --host 127.0.0.1 --port 4301 --strictPort &
 *   PARLEY_URL=http://127.0.0.1:4301/ npx tsx scripts/profile-load.ts bench-data/r10k.json [--out dir]
 *
 * Prints when the timeline was ready, then for each thread its busy time, the functions it spent most time in
 * (self time) and its time in windows of 100 ms with the busiest functions of each, all from the page's time
 * zero (its navigation's start, as the ready mark is timed) to ready. `--out dir` also writes each profile as a
 * .cpuprofile file, which Chromium's DevTools opens, and ready.json: the page's time zero and ready on the
 * profiles' clock (µs), since the profiles run on past ready.
 *
 * The worker is profiled through the page's DevTools session: it is held at its start until its profiler runs,
 * and kept after the load (the app ends it once the model is in), so that its profile can be read.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { launchChromium } from './browser.ts';
import { busyMs, busyWindows, selfTimes, type CpuProfile } from './bench/cpu-profile-summary.ts';
import { BENCH_VIEWPORT, READY_MARK } from './bench/bench-page.ts';

const base = process.env.PARLEY_URL ?? 'http://127.0.0.1:4301/';
const [data, outFlag, outDir] = process.argv.slice(2);
if (outFlag !== undefined && (outFlag !== '--out' || outDir === undefined)) {
  console.error('usage: npx tsx scripts/profile-load.ts [dataset path or URL] [--out dir]');
  process.exit(2);
}
// A sample every 200 µs: V8's default (1 ms) gives a 20 ms step of a 10,000-round load only 20 samples.
const SAMPLING_INTERVAL_US = 200;
const WINDOW_MS = 100;
const TOP_FUNCTIONS = 15;

/** A session of a target attached under the page's session (not flattened), spoken to through it. */
class ChildSession {
  private nextId = 0;
  private readonly answers = new Map<number, (message: ChildMessage) => void>();

  constructor(
    private readonly parent: CDPSession,
    readonly sessionId: string,
    readonly type: string,
  ) {}

  send(method: string, params: object = {}): Promise<ChildMessage> {
    const id = (this.nextId += 1);
    const answered = new Promise<ChildMessage>((resolve) => this.answers.set(id, resolve));
    const message = JSON.stringify({ id, method, params });
    this.parent
      .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message })
      .catch((error: unknown) => this.receive({ id, error: { message: String(error) } }));
    return answered;
  }

  receive(message: ChildMessage): void {
    if (message.id === undefined) return;
    this.answers.get(message.id)?.(message);
    this.answers.delete(message.id);
  }

  /** The target went away: what it had not answered is answered with that, so that nothing waits forever. */
  detached(): void {
    for (const answer of this.answers.values()) answer({ error: { message: 'the target detached' } });
    this.answers.clear();
  }
}

interface ChildMessage {
  id?: number;
  result?: { profile?: CpuProfile };
  error?: { message: string };
}

function printThread(name: string, profile: CpuProfile, origin: number, end: number) {
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`\n${name}: busy ${ms(busyMs(profile, origin, end))} before ready`);
  for (const [frame, time] of selfTimes(profile, origin, end).slice(0, TOP_FUNCTIONS)) {
    console.log(`  ${time.toFixed(1).padStart(7)} ms  ${frame}`);
  }
  console.log(`  by ${WINDOW_MS} ms (busy share, then the busiest functions):`);
  for (const { startMs, busyShare, top } of busyWindows(profile, { origin, end, windowMs: WINDOW_MS })) {
    const busiest = top
      .map(([frame, time]) => `${frame.replace(/ \S+:\d+$/, '')} ${Math.round(time)}`)
      .join(', ');
    console.log(
      `  ${String(startMs).padStart(6)}  ${`${Math.round(busyShare * 100)}%`.padStart(4)}  ${busiest}`,
    );
  }
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: BENCH_VIEWPORT });
  await page.addInitScript('Worker.prototype.terminate = function () {};');
  const cdp = await page.context().newCDPSession(page);
  const children: ChildSession[] = [];
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    children.find((child) => child.sessionId === sessionId)?.receive(JSON.parse(message) as ChildMessage);
  });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const child = new ChildSession(cdp, sessionId, targetInfo.type);
    children.push(child);
    // Sent at once, not each after the last one's answer: the target runs the commands in order, and every
    // round trip would hold the worker longer at its start. Each target attached is held until the last one.
    if (child.type === 'worker') {
      void child.send('Profiler.enable');
      void child.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
      void child.send('Profiler.start');
    }
    void child.send('Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    children.find((child) => child.sessionId === sessionId)?.detached();
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');

  const url = new URL(base);
  if (data !== undefined) url.searchParams.set('data', data);
  await page.goto(url.href);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, {
    timeout: 300_000,
    polling: 50,
  });
  const pageNow = () => page.evaluate(() => performance.now());
  const readyMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, READY_MARK);
  const beforeStop = await pageNow();
  const { profile: pageProfile } = await cdp.send('Profiler.stop');
  const afterStop = await pageNow();
  // The profiles' clock is not the page's. The page's profile ended somewhere between the two readings of the
  // page's clock around its stop; ready is placed as if at the first, and the page's time zero from ready.
  const end = pageProfile.endTime - (beforeStop - readyMs) * 1000;
  const origin = end - readyMs * 1000;
  console.log(`${url.href}\n${READY_MARK} at ${Math.round(readyMs)} ms (the page's clock)`);
  console.log(`placed on the profiles' clock to within ${Math.ceil(afterStop - beforeStop)} ms`);
  printThread('page', pageProfile, origin, end);
  const workers = children.filter((child) => child.type === 'worker');
  const workerProfiles: CpuProfile[] = [];
  for (const worker of workers) {
    const answer = await worker.send('Profiler.stop');
    if (answer.result?.profile) workerProfiles.push(answer.result.profile);
    else console.log(`\nA worker's profile could not be read: ${answer.error?.message ?? 'no profile came'}`);
  }
  if (workers.length === 0) console.log('\nNo worker ran (the bundled dataset is read on the page).');
  workerProfiles.forEach((profile, k) => printThread(`worker ${k + 1}`, profile, origin, end));

  if (outDir !== undefined) {
    await mkdir(outDir, { recursive: true });
    const files = [pageProfile, ...workerProfiles].map((profile, k) => ({
      file: path.join(outDir, k === 0 ? 'page.cpuprofile' : `worker-${k}.cpuprofile`),
      profile,
    }));
    for (const { file, profile } of files) await writeFile(file, JSON.stringify(profile));
    // Where the page's time zero and ready fall on the profiles' clock, so that a later look at the files can
    // cut them at ready: work after it is in the profiles too.
    const placement = path.join(outDir, 'ready.json');
    await writeFile(placement, JSON.stringify({ readyMs, originUs: origin, readyUs: end }));
    console.log(`\nProfiles written: ${[...files.map(({ file }) => file), placement].join(', ')}`);
  }
} finally {
  await browser.close();
}
