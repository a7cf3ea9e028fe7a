import { useSyncExternalStore } from 'react';

/** The editor's address: a hash, so it works under any sub-path and keeps `?data=` and the view as they are. */
export const CREATE_HASH = '#create';

export type AppRoute = 'explore' | 'create';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Which page the address asks for; follows Back and Forward. */
export function useHashRoute(): AppRoute {
  return useSyncExternalStore(subscribe, () => (window.location.hash === CREATE_HASH ? 'create' : 'explore'));
}
