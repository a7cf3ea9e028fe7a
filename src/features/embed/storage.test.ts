// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from './storage.ts';

const original = Object.getOwnPropertyDescriptor(window, 'localStorage');

afterEach(() => {
  if (original) Object.defineProperty(window, 'localStorage', original);
  window.localStorage.clear();
});

function blockStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

describe('createSafeStorage', () => {
  it('reads and writes local storage when the browser allows it', () => {
    const storage = createSafeStorage();
    expect(storage.set('parley:theme', 'dark')).toBe(true);
    expect(window.localStorage.getItem('parley:theme')).toBe('dark');
    expect(storage.get('parley:theme')).toBe('dark');
    storage.remove('parley:theme');
    expect(storage.get('parley:theme')).toBeNull();
  });

  it('never throws when merely reading window.localStorage throws a SecurityError', () => {
    blockStorage();
    expect(() => window.localStorage).toThrow('insecure');
    const storage = createSafeStorage();
    expect(storage.get('parley:theme')).toBeNull();
    expect(storage.set('parley:theme', 'dark')).toBe(false);
    expect(() => storage.remove('parley:theme')).not.toThrow();
  });

  it('keeps values in memory for the page when storage is blocked', () => {
    blockStorage();
    const storage = createSafeStorage();
    storage.set('parley:theme', 'dark');
    expect(storage.get('parley:theme')).toBe('dark');
    storage.remove('parley:theme');
    expect(storage.get('parley:theme')).toBeNull();
  });

  it('keeps a value in memory when the quota is full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const storage = createSafeStorage(() => full);
    expect(storage.set('k', 'v')).toBe(false);
    expect(storage.get('k')).toBe('v');
  });

  it('reads a value another tab changed rather than a stale copy', () => {
    const storage = createSafeStorage();
    storage.set('k', 'mine');
    window.localStorage.removeItem('k');
    expect(storage.get('k')).toBeNull();
  });

  it('works where there is no storage at all', () => {
    const storage = createSafeStorage(() => null);
    expect(storage.set('k', 'v')).toBe(false);
    expect(storage.get('k')).toBe('v');
  });
});
