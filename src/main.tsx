import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { EMBED_DEFAULT_THEME, readEmbedMode } from './features/embed/embed-mode.ts';
import { viewAtStep } from './features/story/story-actions.ts';
import { Providers } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { startDatasetLoad } from './app/start-dataset-load.ts';
import { startEmbedConnectionSoon } from './app/embed-connection-loader.ts';
import { LazyEmbedHeader, preloadPartsTheLinkOpens } from './app/lazy-parts.ts';
import { preloadUrlNoticesFor } from './app/url-notices.tsx';
import { startUrlSync } from './url/url-sync.ts';
import { followViewLanguage } from './i18n/catalogue.ts';
import { hostLanguage } from './features/embed/host-language.ts';
import { currentView, viewActions } from './state/view-store.ts';
import './index.css';

const embed = readEmbedMode(window.location.search);
// The store starts from the URL before the first render, so a shared link never flashes the default view.
startUrlSync({
  history: !embed.embedded,
  ...(embed.embedded ? { defaultTheme: EMBED_DEFAULT_THEME } : {}),
});

// What the link will open with its dataset, and the wording of what it may hold that the dataset does not,
// is fetched now, so it comes with the first picture.
preloadPartsTheLinkOpens(currentView());
preloadUrlNoticesFor(window.location.search);

const host = embed.embedded ? hostLanguage(window.location.search) : null;
if (host) viewActions.setLang(host);

const queryClient = createQueryClient();
// After the URL sync, which may tidy the address the app will read.
startDatasetLoad(queryClient, {
  href: window.location.href,
  baseUri: document.baseURI,
  embedded: embed.embedded,
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
if (embed.embedded) startEmbedConnectionSoon(root, viewAtStep);
// A link in another language waits for that catalogue (one small chunk) rather than flashing English first;
// that costs those readers the chunk's round trip before the first render. English is already here. An embed
// also waits for its header (title and credit, a chunk of its own): the dataset, loading since
// startDatasetLoad, could otherwise arrive first, and the header would then push the timeline down.
void Promise.all([followViewLanguage(), embed.embedded ? LazyEmbedHeader.preload() : undefined]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={queryClient}>
        <App embed={embed} />
      </Providers>
    </StrictMode>,
  ),
);
