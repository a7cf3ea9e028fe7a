import { currentView, useViewStore, viewActions } from '../../state/view-store.ts';
import {
  errorEvent,
  NOT_PARLEY,
  parseHostMessage,
  readyEvent,
  selectionChangedEvent,
  stateEvent,
  stepChangedEvent,
  type EmbedEvent,
  type HostMessage,
  type StorySummary,
} from './embed-protocol.ts';

/** A story as the bridge needs it: enough to check a step command and to name the step in its event. */
export interface StoryOutline {
  id: string;
  title: string;
  headings: readonly string[];
}

export interface HostBridgeOptions {
  /** The host page's window: `window.parent`. Messages from any other window are ignored. */
  targetWindow: Window;
  /** The ids of the loaded dataset's rounds, read when a command names one. */
  knownRoundIds: () => Set<string>;
  /** The loaded dataset's title, sent with `parley:state`. */
  datasetTitle: () => string;
  /** The loaded dataset's stories, read when a command names a step. */
  stories?: () => readonly StoryOutline[];
}

interface Bridge {
  becomeReady(): void;
  post(event: EmbedEvent): void;
}

// Commands that arrive before the data has loaded would find no rounds; a few are held until then.
const MAX_HELD_COMMANDS = 50;

let active: Bridge | null = null;
let readyInfo: ReadyInfo | null = null;

interface ReadyInfo {
  rounds: number;
  title: string;
  stories: readonly StorySummary[];
}
let readyPosted = false;

/**
 * Connects the embedded app to its host page: applies the host's commands to the view store and
 * reports selection changes, state and errors back. Returns a function that disconnects it.
 */
export function startHostBridge(options: HostBridgeOptions): () => void {
  const { targetWindow, knownRoundIds, datasetTitle } = options;
  const stories = options.stories ?? (() => []);
  // Not framed: window.parent is this window, and there is no host to talk to.
  if (targetWindow === window) return () => undefined;

  let origin = guessHostOrigin();
  let ready = false;
  const held: HostMessage[] = [];

  // Every event is public view state the host page could show anyway. The origin is narrowed to the
  // host's whenever it is known; '*' remains only when it cannot be known (no referrer, opaque origin).
  const post = (event: EmbedEvent) => {
    try {
      targetWindow.postMessage(event, origin);
    } catch {
      // A host that navigated away, or an origin the browser rejects: nothing to report to.
    }
  };

  const apply = (message: HostMessage) => {
    switch (message.type) {
      case 'parley:select-round':
        if (knownRoundIds().has(message.round)) viewActions.selectRound(message.round);
        else post(errorEvent(`unknown round "${message.round}"`));
        break;
      case 'parley:clear-selection':
        viewActions.selectRound(null);
        break;
      case 'parley:set-filters':
        viewActions.setFilters(message.filters);
        break;
      case 'parley:set-window':
        viewActions.setWindow(message.start === null ? null : { start: message.start, end: message.end });
        break;
      case 'parley:set-theme':
        viewActions.setTheme(message.theme);
        break;
      case 'parley:go-to-step': {
        const all = stories();
        const id = message.story ?? useViewStore.getState().story?.id ?? all[0]?.id;
        const story = all.find((s) => s.id === id);
        if (!story)
          post(errorEvent(id === undefined ? 'this dataset has no stories' : `unknown story "${id}"`));
        else if (message.step > story.headings.length)
          post(
            errorEvent(
              `story "${story.id}" has ${story.headings.length} steps; there is no step ${message.step}`,
            ),
          );
        else viewActions.setStory({ id: story.id, step: message.step });
        break;
      }
      case 'parley:exit-story':
        viewActions.setStory(null);
        break;
      case 'parley:get-state':
        post(stateEvent(currentView(), datasetTitle()));
        break;
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== targetWindow) return;
    const parsed = parseHostMessage(event.data);
    if (!parsed.ok) {
      if (import.meta.env.DEV && parsed.reason !== NOT_PARLEY) {
        console.warn(`Parley embed ignored a message from the host page: ${parsed.reason}`);
      }
      return;
    }
    // The message came from the parent window, so its origin is the host's for certain.
    if (event.origin) origin = event.origin === 'null' ? '*' : event.origin;
    if (ready) apply(parsed.message);
    else if (held.length < MAX_HELD_COMMANDS) held.push(parsed.message);
  };

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (state.round !== previous.round) post(selectionChangedEvent(state.round));
    const [now, before] = [state.story, previous.story];
    if (now?.id !== before?.id || now?.step !== before?.step) {
      const story = now ? stories().find((s) => s.id === now.id) : undefined;
      const heading = story?.headings[(now?.step ?? 0) - 1];
      // A position the dataset does not have is about to be corrected; only real steps are announced.
      if (now && heading === undefined) return;
      post(
        stepChangedEvent(
          now && story
            ? { story: now.id, step: now.step, steps: story.headings.length, heading: heading ?? null }
            : { story: null, step: null, steps: null, heading: null },
        ),
      );
    }
  });
  window.addEventListener('message', onMessage);

  const bridge: Bridge = {
    becomeReady() {
      if (ready) return;
      ready = true;
      for (const message of held.splice(0)) apply(message);
    },
    post,
  };
  active = bridge;
  if (readyInfo) announce(bridge, readyInfo);

  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
    if (active === bridge) active = null;
  };
}

/**
 * Says `parley:ready` to the host page, once per page, when the dataset has loaded; commands the
 * host sent before then are applied now. Safe to call before the bridge starts.
 */
export function announceReady(rounds: number, title: string, stories: readonly StorySummary[] = []): void {
  if (readyInfo) return;
  readyInfo = { rounds, title, stories };
  if (active) announce(active, readyInfo);
}

/**
 * Sends an event to the host page through the running bridge, with the same target origin as the
 * bridge's own events; does nothing when no bridge runs (the page is not framed).
 */
export function sendToHost(event: EmbedEvent): void {
  active?.post(event);
}

/**
 * Forgets that ready was announced; tests call it between cases.
 * @internal
 */
export function resetHostBridge(): void {
  active = null;
  readyInfo = null;
  readyPosted = false;
}

function announce(bridge: Bridge, info: ReadyInfo): void {
  // A bridge restarted by React's development double effects must not greet the host twice.
  if (!readyPosted) bridge.post(readyEvent(info.rounds, info.title, info.stories));
  readyPosted = true;
  bridge.becomeReady();
}

/**
 * The host page's origin, where the browser tells it: `location.ancestorOrigins` (Chromium, Safari),
 * else the referrer (the iframe's referrerpolicy sends at least the origin). A referrer from this
 * app's own origin may be an earlier page in the same frame, so it is not trusted to name the host.
 */
export function guessHostOrigin(): string {
  try {
    const ancestor = window.location.ancestorOrigins?.[0];
    if (ancestor) return ancestor === 'null' ? '*' : ancestor;
    if (document.referrer) {
      const referrer = new URL(document.referrer).origin;
      if (referrer !== 'null' && referrer !== window.location.origin) return referrer;
    }
  } catch {
    // An unreadable referrer leaves only the fallback.
  }
  return '*';
}
