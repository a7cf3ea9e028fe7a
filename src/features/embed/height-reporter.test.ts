// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHeightReporter } from './height-reporter.ts';

/** A ResizeObserver the test drives by hand, as the browser would after layout. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  resize(blockSize: number, withBorderBox = true) {
    const entry = {
      target: this.observed[0],
      contentRect: { height: blockSize - 2 },
      borderBoxSize: withBorderBox ? [{ blockSize, inlineSize: 800 }] : undefined,
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const pending = frames;
  frames = [];
  for (const callback of pending) callback(performance.now());
};

beforeEach(() => {
  FakeResizeObserver.instances = [];
  frames = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames.splice(id - 1, 1, () => undefined);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function start() {
  const post = vi.fn<(height: number) => void>();
  const stop = startHeightReporter(document.documentElement, post);
  const observer = FakeResizeObserver.instances[0];
  if (!observer) throw new Error('no ResizeObserver was created');
  return { post, stop, observer };
}

describe('startHeightReporter', () => {
  it('observes the element it is given', () => {
    const { observer } = start();
    expect(observer.observed).toEqual([document.documentElement]);
  });

  it('posts the height rounded up, once the frame comes', () => {
    const { post, observer } = start();
    observer.resize(612.2);
    expect(post).not.toHaveBeenCalled();
    runFrame();
    expect(post).toHaveBeenCalledExactlyOnceWith(613);
  });

  it('coalesces several resizes in one frame into one message with the last height', () => {
    const { post, observer } = start();
    observer.resize(500);
    observer.resize(640);
    observer.resize(720.5);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(post.mock.calls).toEqual([[721]]);
  });

  it('posts only when the rounded height changes by a pixel or more', () => {
    const { post, observer } = start();
    observer.resize(600);
    runFrame();
    observer.resize(599.4);
    runFrame();
    observer.resize(600);
    runFrame();
    observer.resize(601);
    runFrame();
    expect(post.mock.calls).toEqual([[600], [601]]);
  });

  it('posts a shrinking height too', () => {
    const { post, observer } = start();
    observer.resize(900);
    runFrame();
    observer.resize(450);
    runFrame();
    expect(post.mock.calls).toEqual([[900], [450]]);
  });

  it('ignores a zero height from a hidden page', () => {
    const { post, observer } = start();
    observer.resize(0);
    runFrame();
    expect(post).not.toHaveBeenCalled();
  });

  it('falls back to the content rect where border-box sizes are missing', () => {
    const { post, observer } = start();
    observer.resize(300, false);
    runFrame();
    expect(post).toHaveBeenCalledWith(298);
  });

  it('stops observing and drops a pending frame when stopped', () => {
    const { post, observer, stop } = start();
    observer.resize(400);
    stop();
    runFrame();
    expect(observer.disconnected).toBe(true);
    expect(post).not.toHaveBeenCalled();
  });

  it('does nothing in a browser without ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const post = vi.fn();
    const stop = startHeightReporter(document.documentElement, post);
    expect(() => stop()).not.toThrow();
    expect(post).not.toHaveBeenCalled();
  });
});
