/**
 * Summaries of a V8 CPU profile (the Profiler domain's `Profiler.Profile`, as DevTools saves a .cpuprofile):
 * where one thread's time went, by function and by window of time.
 */

/** The parts of a CPU profile read here. Times are in microseconds on the browser's monotonic clock. */
export interface CpuProfile {
  nodes: readonly ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: readonly number[];
  timeDeltas?: readonly number[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** What V8 names the samples in which the thread ran no script and did no work. */
const IDLE = '(idle)';

/** A function of the profile, as its name, file and line: "escape dataset.worker-C1w8.js:466". */
function frameName({ callFrame }: ProfileNode): string {
  const name = callFrame.functionName || '(anonymous)';
  if (!callFrame.url) return name;
  return `${name} ${callFrame.url.replace(/.*\//, '')}:${callFrame.lineNumber + 1}`;
}

/** The time one sample stands for, [start, end) in µs, and the function it was taken in. */
interface SampleSpan {
  start: number;
  end: number;
  frame: string;
}

/**
 * The samples in time order, each standing for the time from it to the next one (the last, to the profile's
 * end), as DevTools counts them; each span cut to [from, to] (µs), and left out where nothing of it is inside.
 */
function sampleSpans(profile: CpuProfile, from = -Infinity, to = Infinity): SampleSpan[] {
  const names = new Map(profile.nodes.map((node) => [node.id, frameName(node)]));
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let at = profile.startTime;
  for (let i = 0; i < ids.length; i += 1) times.push((at += deltas[i] ?? 0));
  const spans: SampleSpan[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const start = Math.max(from, times[i]!);
    const end = Math.min(to, i + 1 < ids.length ? times[i + 1]! : profile.endTime);
    if (end > start) spans.push({ start, end, frame: names.get(ids[i]!) ?? '(unknown)' });
  }
  return spans;
}

/** Milliseconds of `profile` spent in each function itself (self time), the most first; idle left out. */
export function selfTimes(profile: CpuProfile, from?: number, to?: number): [frame: string, ms: number][] {
  const totals = new Map<string, number>();
  for (const { start, end, frame } of sampleSpans(profile, from, to)) {
    if (frame !== IDLE) totals.set(frame, (totals.get(frame) ?? 0) + (end - start) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Milliseconds of `profile` between `from` and `to` (µs) in which the thread was not idle. */
export function busyMs(profile: CpuProfile, from?: number, to?: number): number {
  return selfTimes(profile, from, to).reduce((sum, [, ms]) => sum + ms, 0);
}

/** One window of time: where it starts (ms from the origin), the share of it the thread was busy, what in. */
export interface BusyWindow {
  startMs: number;
  busyShare: number;
  top: [frame: string, ms: number][];
}

/**
 * The thread's time from `origin` to `end` (µs) in windows of `windowMs` (the last one shorter where the time
 * ends inside it), each with the share of it that was busy and the `topCount` functions it was busiest in.
 * A sample's time is split between the windows it spans.
 */
export function busyWindows(
  profile: CpuProfile,
  {
    origin,
    end,
    windowMs,
    topCount = 3,
  }: { origin: number; end: number; windowMs: number; topCount?: number },
): BusyWindow[] {
  const width = windowMs * 1000;
  const windows = Array.from({ length: Math.ceil((end - origin) / width) }, (_, k) => ({
    start: origin + k * width,
    end: Math.min(end, origin + (k + 1) * width),
    frames: new Map<string, number>(),
  }));
  for (const span of sampleSpans(profile, origin, end)) {
    if (span.frame === IDLE) continue;
    const last = Math.min(windows.length - 1, Math.floor((span.end - origin) / width));
    for (let k = Math.floor((span.start - origin) / width); k <= last; k += 1) {
      const window = windows[k]!;
      const inside = Math.min(span.end, window.end) - Math.max(span.start, window.start);
      if (inside > 0) window.frames.set(span.frame, (window.frames.get(span.frame) ?? 0) + inside / 1000);
    }
  }
  return windows.map(({ start, end: windowEnd, frames }, k) => {
    const busy = [...frames.values()].reduce((sum, ms) => sum + ms, 0);
    return {
      startMs: k * windowMs,
      busyShare: busy / ((windowEnd - start) / 1000),
      top: [...frames].sort((a, b) => b[1] - a[1]).slice(0, topCount),
    };
  });
}
