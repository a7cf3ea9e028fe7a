import { useEffect, useSyncExternalStore } from 'react';
import { useViewStore } from '../state/view-store.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme in force (the reader's choice, or the system's), applied as the .dark class on <html>. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useViewStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(DARK_QUERY).matches);
  const resolved = choice === 'auto' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.classList.toggle('dark', resolved === 'dark');
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);
  return resolved;
}
