import { useSyncExternalStore } from 'react';

/** The editor's address: a hash, so it works under any sub-path and keeps `?data=` and the view as they are. */
export const CREATE_HASH = '#create';

export type AppRoute = 'explore' | 'create';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Which page an address's hash asks for. */
export const routeOf = (hash: string): AppRoute => (hash === CREATE_HASH ? 'create' : 'explore');

/** Whether the page is the editor: its address asks for it, and it is not an embed (an embed shows data only). */
export const isEditorPage = (route: AppRoute, embedded: boolean) => route === 'create' && !embedded;

/** Which page the address asks for; follows Back and Forward. */
export function useHashRoute(): AppRoute {
  return useSyncExternalStore(subscribe, () => routeOf(window.location.hash));
}
