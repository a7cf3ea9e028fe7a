/**
 * Local storage that never throws. In a third-party iframe the browser may block storage, and then
 * merely reading `window.localStorage` throws a SecurityError; writes can also fail on a full quota.
 * When the real storage is unusable, values live in memory for the life of the page instead.
 */
export interface SafeStorage {
  /** The stored value, or null when there is none or storage cannot be read. */
  get(key: string): string | null;
  /** Stores the value; false when only the in-memory copy could keep it. */
  set(key: string, value: string): boolean;
  /** Forgets the value wherever it is kept. */
  remove(key: string): void;
}

/** A safe storage over any `Storage`; the default reads `window.localStorage` afresh on every call. */
export function createSafeStorage(storage: () => Storage | null | undefined = browserStorage): SafeStorage {
  const memory = new Map<string, string>();
  const attempt = <T>(operate: (store: Storage) => T): { ok: true; value: T } | { ok: false } => {
    try {
      const store = storage();
      return store ? { ok: true, value: operate(store) } : { ok: false };
    } catch {
      return { ok: false };
    }
  };
  return {
    get(key) {
      const read = attempt((store) => store.getItem(key));
      if (read.ok && read.value !== null) return read.value;
      return memory.get(key) ?? null;
    },
    set(key, value) {
      const stored = attempt((store) => store.setItem(key, value)).ok;
      // Memory keeps only what storage refused, so a value another tab changes is read fresh.
      if (stored) memory.delete(key);
      else memory.set(key, value);
      return stored;
    },
    remove(key) {
      memory.delete(key);
      attempt((store) => store.removeItem(key));
    },
  };
}

/** The page's local storage, safe in blocked iframes and outside a browser. */
export const safeLocalStorage: SafeStorage = createSafeStorage();

function browserStorage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}
