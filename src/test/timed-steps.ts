import type { Steps } from '../utils/steps.ts';

/** Steps that each take `msPerStep` on a clock the test controls, recording which ran. */
export function timedSteps(
  count: number,
  msPerStep: number,
  clock: { now: number },
  ran: number[],
): Steps<string> {
  return (function* () {
    for (let i = 0; i < count; i += 1) {
      yield;
      clock.now += msPerStep;
      ran.push(i);
    }
    return `ran ${count}`;
  })();
}
