// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentView, resetViewStore, useViewStore, viewActions } from '../../state/view-store.ts';
import { heightEvent } from './embed-protocol.ts';
import {
  announceReady,
  guessHostOrigin,
  resetHostBridge,
  sendToHost,
  startHostBridge,
} from './host-bridge.ts';

const ROUNDS = new Set(['jeddah-2025-03-11', 'istanbul-2025-05-16', 'istanbul-2025-06-02']);
const TITLE = 'Russia–Ukraine negotiations, 2025';
const HOST = 'https://news.example';

/** Stands in for window.parent: records what the embed posts to it. */
function fakeParent() {
  const postMessage = vi.fn<(message: unknown, targetOrigin: string) => void>();
  return { postMessage } as unknown as Window & { postMessage: typeof postMessage };
}

let parent = fakeParent();
let stop: () => void = () => undefined;

const STORIES = [
  { id: 'talks', title: 'The talks', headings: ['Riyadh', 'Jeddah', 'Istanbul'] },
  { id: 'exchanges', title: 'The exchanges', headings: ['May', 'June'] },
];

// Frames are drawn when a test says so: commands wait for the next frame, as in a browser.
let scheduled: (() => void) | null = null;
function drawFrame() {
  const flush = scheduled;
  scheduled = null;
  flush?.();
}

function start(extra: Partial<Parameters<typeof startHostBridge>[0]> = {}) {
  stop = startHostBridge({
    targetWindow: parent,
    knownRoundIds: () => ROUNDS,
    datasetTitle: () => TITLE,
    stories: () => STORIES,
    scheduleFrame: (flush) => {
      scheduled = flush;
      return () => {
        if (scheduled === flush) scheduled = null;
      };
    },
    ...extra,
  });
}

function send(data: unknown, source: unknown = parent, origin = HOST) {
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, origin }));
}

const posted = () => parent.postMessage.mock.calls.map(([message]) => message);
const postedTypes = () => posted().map((message) => (message as { type: string }).type);

beforeEach(() => {
  parent = fakeParent();
  scheduled = null;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  stop();
  resetHostBridge();
  resetViewStore();
  vi.restoreAllMocks();
});

describe('story commands', () => {
  it('goes to a step of the named story and reports it as step-changed', () => {
    start();
    announceReady(ROUNDS.size, TITLE, [{ id: 'talks', title: 'The talks', steps: 3 }]);
    send({ type: 'parley:go-to-step', version: 1, story: 'exchanges', step: 2 });
    drawFrame();
    expect(useViewStore.getState().story).toEqual({ id: 'exchanges', step: 2 });
    expect(posted()).toContainEqual({
      type: 'parley:step-changed',
      version: 1,
      story: 'exchanges',
      step: 2,
      steps: 2,
      heading: 'June',
    });
  });

  it('stays in the current story when none is named, and starts the first story otherwise', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:go-to-step', version: 1, step: 2 });
    drawFrame();
    expect(useViewStore.getState().story).toEqual({ id: 'talks', step: 2 });
    viewActions.setStory({ id: 'exchanges', step: 1 });
    send({ type: 'parley:go-to-step', version: 1, step: 2 });
    drawFrame();
    expect(useViewStore.getState().story).toEqual({ id: 'exchanges', step: 2 });
  });

  it('answers an unknown story or a step past the end with an error, changing nothing', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:go-to-step', version: 1, story: 'nope', step: 1 });
    send({ type: 'parley:go-to-step', version: 1, story: 'talks', step: 4 });
    drawFrame();
    expect(useViewStore.getState().story).toBeNull();
    expect(posted()).toContainEqual({ type: 'parley:error', version: 1, message: 'unknown story "nope"' });
    expect(posted()).toContainEqual({
      type: 'parley:error',
      version: 1,
      message: 'story "talks" has 3 steps; there is no step 4',
    });
  });

  it('leaves the story on exit-story and says so with an empty position', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    viewActions.setStory({ id: 'talks', step: 3 });
    send({ type: 'parley:exit-story', version: 1 });
    drawFrame();
    expect(useViewStore.getState().story).toBeNull();
    expect(posted().at(-1)).toEqual({
      type: 'parley:step-changed',
      version: 1,
      story: null,
      step: null,
      steps: null,
      heading: null,
    });
  });

  it('holds a step command sent before the data loaded until it has', () => {
    start();
    send({ type: 'parley:go-to-step', version: 1, story: 'talks', step: 3 });
    expect(useViewStore.getState().story).toBeNull();
    announceReady(ROUNDS.size, TITLE);
    expect(useViewStore.getState().story).toEqual({ id: 'talks', step: 3 });
  });
});

describe('startHostBridge', () => {
  it('selects a known round on parley:select-round and reports the change', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:select-round', version: 1, round: 'istanbul-2025-05-16' });
    drawFrame();
    expect(useViewStore.getState().round).toBe('istanbul-2025-05-16');
    expect(posted()).toContainEqual({
      type: 'parley:selection-changed',
      version: 1,
      round: 'istanbul-2025-05-16',
    });
  });

  it('ignores messages from any window but the parent', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    const before = currentView();
    send({ type: 'parley:select-round', version: 1, round: 'istanbul-2025-05-16' }, fakeParent());
    send({ type: 'parley:set-theme', version: 1, theme: 'dark' }, window);
    send({ type: 'parley:set-theme', version: 1, theme: 'dark' }, null);
    drawFrame();
    expect(currentView()).toEqual(before);
    expect(postedTypes()).toEqual(['parley:ready']);
  });

  it('leaves the store unchanged for a malformed message, and logs why in development', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    const before = currentView();
    send({ type: 'parley:select-round', version: 1, round: 42 });
    send({ type: 'parley:set-filters', version: 1, filters: JSON.parse('{"__proto__":{"x":1}}') });
    send({ type: 'parley:set-window', version: 1, start: '2025-06-30', end: '2025-03-01' });
    send(null);
    send('parley:select-round');
    drawFrame();
    expect(currentView()).toEqual(before);
    expect(postedTypes()).toEqual(['parley:ready']);
    expect(console.warn).toHaveBeenCalledTimes(3);
    expect(console.warn).toHaveBeenCalledWith(
      'Parley embed ignored a message from the host page: round: must be text (got a number)',
    );
  });

  it("stays quiet about other scripts' messages", () => {
    start();
    send({ type: 'webpackOk' });
    send({ source: 'react-devtools-content-script' });
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('answers an unknown round with parley:error and keeps the selection', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    viewActions.selectRound('jeddah-2025-03-11');
    send({ type: 'parley:select-round', version: 1, round: 'x' });
    drawFrame();
    expect(useViewStore.getState().round).toBe('jeddah-2025-03-11');
    expect(posted()).toContainEqual({ type: 'parley:error', version: 1, message: 'unknown round "x"' });
  });

  it('applies clear-selection, filters, window and theme through the store', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    viewActions.selectRound('jeddah-2025-03-11');
    viewActions.setFilters({ q: 'memorandum' });
    send({ type: 'parley:clear-selection', version: 1 });
    send({ type: 'parley:set-filters', version: 1, filters: { topics: ['pow-exchange'], parties: ['ua'] } });
    send({ type: 'parley:set-window', version: 1, start: '2025-05-01', end: '2025-06-30' });
    send({ type: 'parley:set-theme', version: 1, theme: 'dark' });
    drawFrame();
    const view = currentView();
    expect(view.round).toBeNull();
    expect(view.filters).toMatchObject({ topics: ['pow-exchange'], parties: ['ua'], q: 'memorandum' });
    expect(view.window).toEqual({ start: '2025-05-01', end: '2025-06-30' });
    expect(view.theme).toBe('dark');
    send({ type: 'parley:set-window', version: 1, start: null, end: null });
    drawFrame();
    expect(currentView().window).toBeNull();
  });

  it('answers parley:get-state with the view state and the title', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    viewActions.selectRound('istanbul-2025-06-02');
    send({ type: 'parley:get-state', version: 1 });
    expect(posted().at(-1)).toEqual({
      type: 'parley:state',
      version: 1,
      state: currentView(),
      title: TITLE,
    });
  });

  it('reports selections the reader makes in the embed', () => {
    start();
    viewActions.selectRound('jeddah-2025-03-11');
    viewActions.setTheme('dark');
    viewActions.selectRound(null);
    expect(posted()).toEqual([
      { type: 'parley:selection-changed', version: 1, round: 'jeddah-2025-03-11' },
      { type: 'parley:selection-changed', version: 1, round: null },
    ]);
  });

  it('says ready once, even when called again or when the bridge restarts, with the hostlang it was given', () => {
    start();
    announceReady(12, TITLE, [], 'uk-UA');
    announceReady(12, TITLE);
    stop();
    start();
    expect(posted()).toEqual([
      { type: 'parley:ready', version: 1, rounds: 12, title: TITLE, stories: [], hostlang: 'uk-UA' },
    ]);
  });

  it('says ready when the data loaded before the bridge started', () => {
    announceReady(12, TITLE);
    start();
    expect(postedTypes()).toEqual(['parley:ready']);
  });

  it('holds commands that arrive before the data, and applies them once ready', () => {
    start();
    send({ type: 'parley:select-round', version: 1, round: 'istanbul-2025-05-16' });
    expect(useViewStore.getState().round).toBeNull();
    announceReady(ROUNDS.size, TITLE);
    expect(useViewStore.getState().round).toBe('istanbul-2025-05-16');
    expect(postedTypes()).toEqual(['parley:ready', 'parley:selection-changed']);
  });

  it('posts to the origin the host messages come from', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:get-state', version: 1 }, parent, 'https://news.example');
    expect(parent.postMessage.mock.calls.at(-1)?.[1]).toBe('https://news.example');
    send({ type: 'parley:get-state', version: 1 }, parent, 'null');
    expect(parent.postMessage.mock.calls.at(-1)?.[1]).toBe('*');
  });

  it('stops listening and reporting when stopped', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    stop();
    send({ type: 'parley:set-theme', version: 1, theme: 'dark' });
    drawFrame();
    viewActions.selectRound('jeddah-2025-03-11');
    expect(useViewStore.getState().theme).toBe('auto');
    expect(postedTypes()).toEqual(['parley:ready']);
  });

  it('sends other events, such as the height, through the running bridge', () => {
    sendToHost(heightEvent(300));
    start();
    sendToHost(heightEvent(640));
    stop();
    sendToHost(heightEvent(700));
    expect(posted()).toEqual([{ type: 'parley:height', version: 1, height: 640 }]);
  });

  it('does nothing when the page is not framed', () => {
    stop = startHostBridge({ targetWindow: window, knownRoundIds: () => ROUNDS, datasetTitle: () => TITLE });
    const post = vi.spyOn(window, 'postMessage');
    announceReady(ROUNDS.size, TITLE);
    viewActions.selectRound('jeddah-2025-03-11');
    expect(post).not.toHaveBeenCalled();
  });
});

describe('commands in bursts', () => {
  it('applies nothing until the next frame, then every command in one store update', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    const updates = vi.fn();
    const unsubscribe = useViewStore.subscribe(updates);
    for (const round of [...ROUNDS, ...ROUNDS]) send({ type: 'parley:select-round', version: 1, round });
    send({ type: 'parley:set-theme', version: 1, theme: 'dark' });
    send({ type: 'parley:set-theme', version: 1, theme: 'light' });
    expect(updates).not.toHaveBeenCalled();
    drawFrame();
    unsubscribe();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(currentView()).toMatchObject({ round: [...ROUNDS].at(-1), theme: 'light' });
    // One selection event for the burst: the round it ended on.
    expect(posted().filter((m) => (m as { type: string }).type === 'parley:selection-changed')).toEqual([
      { type: 'parley:selection-changed', version: 1, round: [...ROUNDS].at(-1) },
    ]);
  });

  it('answers get-state at once, from the state the commands before it lead to', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:select-round', version: 1, round: 'jeddah-2025-03-11' });
    send({ type: 'parley:set-window', version: 1, start: '2025-03-01', end: '2025-03-31' });
    send({ type: 'parley:get-state', version: 1 });
    const answer = posted().at(-1) as { type: string; state: { round: unknown; window: unknown } };
    expect(answer.type).toBe('parley:state');
    expect(answer.state).toMatchObject({
      round: 'jeddah-2025-03-11',
      window: { start: '2025-03-01', end: '2025-03-31' },
    });
    expect(scheduled).toBeNull();
  });

  it('reports the errors of a burst in the order of its commands', () => {
    start();
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:select-round', version: 1, round: 'first' });
    send({ type: 'parley:select-round', version: 1, round: 'jeddah-2025-03-11' });
    send({ type: 'parley:select-round', version: 1, round: 'second' });
    drawFrame();
    expect(currentView().round).toBe('jeddah-2025-03-11');
    const errors = posted().filter((m) => (m as { type: string }).type === 'parley:error');
    expect(errors).toEqual([
      { type: 'parley:error', version: 1, message: 'unknown round "first"' },
      { type: 'parley:error', version: 1, message: 'unknown round "second"' },
    ]);
  });

  it("keeps a round selected after a step in the same frame, on top of the step's view", () => {
    start({
      stepView: (position, base) => ({
        ...base,
        round: 'istanbul-2025-05-16',
        lanes: 'topic',
        story: position,
      }),
    });
    announceReady(ROUNDS.size, TITLE);
    send({ type: 'parley:go-to-step', version: 1, story: 'talks', step: 2 });
    send({ type: 'parley:select-round', version: 1, round: 'jeddah-2025-03-11' });
    drawFrame();
    expect(currentView()).toMatchObject({
      story: { id: 'talks', step: 2 },
      lanes: 'topic',
      round: 'jeddah-2025-03-11',
    });
  });

  it('applies a burst within a tenth of a second even when the browser draws no frame', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    try {
      stop = startHostBridge({
        targetWindow: parent,
        knownRoundIds: () => ROUNDS,
        datasetTitle: () => TITLE,
      });
      announceReady(ROUNDS.size, TITLE);
      send({ type: 'parley:set-theme', version: 1, theme: 'dark' });
      vi.advanceTimersByTime(99);
      expect(currentView().theme).toBe('auto');
      vi.advanceTimersByTime(1);
      expect(currentView().theme).toBe('dark');
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});

describe('guessHostOrigin', () => {
  it('uses the referrer when it names another site', () => {
    vi.spyOn(document, 'referrer', 'get').mockReturnValue('https://news.example/2025/talks');
    expect(guessHostOrigin()).toBe('https://news.example');
  });

  it("falls back to '*' without a referrer, or with one from this app's own origin", () => {
    vi.spyOn(document, 'referrer', 'get').mockReturnValue('');
    expect(guessHostOrigin()).toBe('*');
    vi.spyOn(document, 'referrer', 'get').mockReturnValue(`${window.location.origin}/other`);
    expect(guessHostOrigin()).toBe('*');
  });
});
