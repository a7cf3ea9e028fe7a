import { QueryClient } from '@tanstack/react-query';

/** The app's query client; data loading goes through TanStack Query only. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}
