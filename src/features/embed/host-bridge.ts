import { currentView, useViewStore, viewActions } from '../../state/view-store.ts';
import type { StoryPosition, ViewState } from '../../state/view-state.ts';
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
import { applyHostCommands, type StoryOutline, type ViewCommand } from './host-command-batch.ts';

export interface HostBridgeOptions {
  /** The host page's window: `window.parent`. Messages from any other window are ignored. */
  targetWindow: Window;
  /** The ids of the loaded dataset's rounds, read when a command names one. */
  knownRoundIds: () => ReadonlySet<string>;
  /** The loaded dataset's title, sent with `parley:state`. */
  datasetTitle: () => string;
  /** The loaded dataset's stories, read when a command names a step. */
  stories?: () => readonly StoryOutline[];
  /** The view a story step shows, so a step and the commands after it make one update (see CommandContext). */
  stepView?: (position: StoryPosition, base: ViewState) => ViewState | null;
  /**
   * Runs `flush` once before the next frame is drawn and returns a function that cancels it. The default is
   * requestAnimationFrame, with a timer as a fallback for frames the browser does not draw (an iframe scrolled
   * out of view, a background tab), so commands are never held indefinitely.
   */
  scheduleFrame?: (flush: () => void) => () => void;
}

interface Bridge {
  becomeReady(): void;
  post(event: EmbedEvent): void;
}

// Commands that arrive before the data has loaded would find no rounds; a few are held until then.
const MAX_HELD_COMMANDS = 50;
// Chromium draws no frames for a cross-origin iframe out of view; commands then wait this long at most.
const FRAME_FALLBACK_MS = 100;

let active: Bridge | null = null;
let readyInfo: ReadyInfo | null = null;

interface ReadyInfo {
  rounds: number;
  title: string;
  stories: readonly StorySummary[];
  hostlang: string | null;
}
let readyPosted = false;

/**
 * Connects the embedded app to its host page: applies the host's commands to the view store and
 * reports selection changes, state and errors back. Returns a function that disconnects it.
 */
export function startHostBridge(options: HostBridgeOptions): () => void {
  const { targetWindow, knownRoundIds, datasetTitle } = options;
  const stories = options.stories ?? (() => []);
  const scheduleFrame = options.scheduleFrame ?? nextFrame;
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

  // Commands are collected and applied together once per frame: a host that posts faster than the embed can
  // draw costs one state update and one render per frame, and the last selection, window or theme wins.
  const pending: ViewCommand[] = [];
  let cancelFrame: (() => void) | null = null;

  const flush = () => {
    cancelFrame?.();
    cancelFrame = null;
    if (pending.length === 0) return;
    const { view, errors } = applyHostCommands(currentView(), pending.splice(0), {
      knownRoundIds: knownRoundIds(),
      stories: stories(),
      stepView: options.stepView,
    });
    viewActions.replaceView(view);
    for (const message of errors) post(errorEvent(message));
  };

  const receive = (message: HostMessage) => {
    if (message.type === 'parley:get-state') {
      // Answered at once, from the state the commands before it lead to; the drawing can follow later.
      flush();
      post(stateEvent(currentView(), datasetTitle()));
      return;
    }
    pending.push(message);
    cancelFrame ??= scheduleFrame(flush);
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
    if (ready) receive(parsed.message);
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
      for (const message of held.splice(0)) receive(message);
      flush();
    },
    post,
  };
  active = bridge;
  if (readyInfo) announce(bridge, readyInfo);

  return () => {
    window.removeEventListener('message', onMessage);
    cancelFrame?.();
    unsubscribe();
    if (active === bridge) active = null;
  };
}

/**
 * Says `parley:ready` to the host page, once per page, when the dataset has loaded; commands the
 * host sent before then are applied now. Safe to call before the bridge starts.
 */
export function announceReady(
  rounds: number,
  title: string,
  stories: readonly StorySummary[] = [],
  hostlang: string | null = null,
): void {
  if (readyInfo) return;
  readyInfo = { rounds, title, stories, hostlang };
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
  if (!readyPosted) bridge.post(readyEvent(info.rounds, info.title, info.stories, info.hostlang));
  readyPosted = true;
  bridge.becomeReady();
}

function nextFrame(flush: () => void): () => void {
  const frame = requestAnimationFrame(flush);
  const timer = setTimeout(flush, FRAME_FALLBACK_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
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
