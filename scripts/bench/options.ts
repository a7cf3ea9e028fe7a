/** What one benchmark run measures, from the command line. */
export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Runs for sizes of LARGE_SIZE and more: one unless --runs says otherwise (each takes about a minute). */
  largeRuns: number;
  build: boolean;
  /** How long to wait for the app's 'timeline-ready' mark before reporting n/a. */
  readyTimeoutMs: number;
  /** A CSS selector to interact with instead of the timeline (to try the measuring code on any element). */
  target: string | null;
  seed: number;
  /** After this long, remaining runs are skipped so the whole benchmark always ends by itself. */
  budgetMs: number;
  /**
   * The bandwidth every page and its workers download at, in Mbit/s (Chromium's network throttling), or null for
   * none: the data then comes from this machine as fast as the CPU takes it.
   */
  networkMbps: number | null;
}

/** From this many rounds on, a size gets one run by default. */
export const LARGE_SIZE = 100_000;

export const BENCH_USAGE = `usage: npm run bench -- [options]
  --sizes 1000,10000,100000  round counts of the synthetic datasets (default 1000,10000,100000)
  --runs 3                 fresh pages per size; the table shows medians (default 3, and 1 for 100,000
                           rounds or more; 1 for every size with --quick)
  --no-build               serve the existing dist/ instead of running vite build first
  --quick                  wait 5 s instead of 60 s for the 'timeline-ready' mark, one run per size
  --ready-timeout <s>      seconds to wait for the 'timeline-ready' mark
  --target <selector>      interact with this element instead of [data-bench="timeline-viewport"]
  --seed <n>               seed of the synthetic datasets (default 1)
  --budget <min>           stop starting new runs after this many minutes (default 10)
  --network <Mbit/s>       download the app and the data at this bandwidth, as over a network (Chromium's
                           throttling, with 20 ms of latency); by default nothing is throttled. 100,000
                           rounds are 116 MB: below about 20 Mbit/s raise --ready-timeout to match`;

/** Parses the command line; returns a message for the user instead of options when it is wrong. */
export function parseBenchArgs(args: readonly string[]): BenchOptions | { error: string } {
  const flags = new Map<string, string | true>();
  const takesValue = new Set([
    '--sizes',
    '--runs',
    '--ready-timeout',
    '--target',
    '--seed',
    '--budget',
    '--network',
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (name === '--help' || name === '-h') return { error: BENCH_USAGE };
    if (takesValue.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { error: `${name} needs a value\n${BENCH_USAGE}` };
      flags.set(name, value);
    } else if (name === '--no-build' || name === '--quick') flags.set(name, true);
    else return { error: `unknown option ${arg}\n${BENCH_USAGE}` };
  }
  const text = (name: string) => {
    const value = flags.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const quick = flags.has('--quick');
  const sizes = (text('--sizes') ?? '1000,10000,100000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 0))
    return { error: '--sizes must be whole numbers like 100,1000' };
  const runs = Number(text('--runs') ?? (quick ? 1 : 3));
  const readySeconds = Number(text('--ready-timeout') ?? (quick ? 5 : 60));
  const seed = Number(text('--seed') ?? 1);
  const budgetMinutes = Number(text('--budget') ?? 10);
  if (!Number.isInteger(runs) || runs < 1) return { error: '--runs must be a whole number ≥ 1' };
  if (!(readySeconds > 0)) return { error: '--ready-timeout must be a positive number of seconds' };
  if (!Number.isInteger(seed)) return { error: '--seed must be a whole number' };
  if (!(budgetMinutes > 0)) return { error: '--budget must be a positive number of minutes' };
  const network = text('--network');
  const networkMbps = network === undefined ? null : Number(network);
  if (networkMbps !== null && !(networkMbps > 0 && Number.isFinite(networkMbps)))
    return { error: '--network must be a positive number of Mbit/s, like 100' };
  return {
    sizes,
    runs,
    largeRuns: text('--runs') === undefined ? 1 : runs,
    build: !flags.has('--no-build'),
    readyTimeoutMs: readySeconds * 1000,
    target: text('--target') ?? null,
    seed,
    budgetMs: budgetMinutes * 60_000,
    networkMbps,
  };
}
