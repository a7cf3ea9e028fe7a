import { useMemo } from 'react';
import { create } from 'zustand';
import { useViewStore, viewActions } from '../state/view-store.ts';
import type { DatasetModel } from '../domain/dataset-model.ts';
import { englishDates, setDateLocale } from '../domain/date-locale.ts';
import { englishVocabulary, setVocabularyLabels } from '../domain/vocabulary-labels.ts';
import { en } from './en.ts';
import { DEFAULT_LANG, languages, type Lang } from './languages.ts';
import type { Messages } from './messages.ts';

/**
 * The language the interface is shown in: the view's `lang` once its catalogue has arrived. English has none
 * to fetch (each view bundles its own English part); another language is one catalogue with every key.
 */
interface Catalogue {
  lang: Lang;
  translated: Messages | null;
  /** The model in the language shown; null in English, where the worker's model is already right. */
  localise: ((model: DatasetModel) => DatasetModel) | null;
}

const useCatalogue = create<Catalogue>()(() => ({ lang: DEFAULT_LANG, translated: null, localise: null }));

interface Edition {
  messages: Messages;
  edition: typeof import('./translated-edition.ts');
}

const loading = new Map<Lang, Promise<Edition>>();
let wanted: Lang = DEFAULT_LANG;

/**
 * Fetches a language's catalogue (once) and shows the interface in it, keeping `<html lang>` in step so screen
 * readers pronounce it right. If its chunk cannot be fetched, the interface stays as it is and a notice says why.
 */
export function showLanguage(lang: Lang): Promise<void> {
  wanted = lang;
  const load = languages[lang].load;
  let edition = load === null ? null : loading.get(lang);
  if (load !== null && !edition) {
    edition = Promise.all([load(), import('./translated-edition.ts')]).then(([messages, edition]) => ({
      messages,
      edition,
    }));
    loading.set(lang, edition);
  }
  return Promise.resolve(edition).then(
    (loaded) => {
      if (wanted !== lang) return;
      // Dates and vocabulary words first: the views that re-render for the new messages word their dates in the same language.
      if (!loaded) {
        setDateLocale(englishDates);
        setVocabularyLabels(englishVocabulary);
        useCatalogue.setState({ lang, translated: null, localise: null });
      } else {
        const { messages, edition } = loaded;
        setDateLocale(edition.intlDates(lang, messages.dates));
        setVocabularyLabels(messages.vocabulary);
        useCatalogue.setState({
          lang,
          translated: messages,
          localise: (model) => edition.localiseModel(model, lang),
        });
      }
      document.documentElement.lang = lang;
    },
    (error: unknown) => {
      loading.delete(lang);
      const cause = error instanceof Error ? error.message : String(error);
      viewActions.addNotices([`The ${languages[lang].name} interface could not be loaded (${cause}).`]);
    },
  );
}

/** Follows the view's `lang` (a link, Back, the switcher); resolves once the page's first language is shown. */
export function followViewLanguage(): Promise<void> {
  useViewStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) void showLanguage(state.lang);
  });
  return showLanguage(useViewStore.getState().lang);
}

/**
 * The interface's messages in the language shown. `english` is the English part the calling view needs
 * (en.ts by default, en-*.ts for views loaded later); another language's catalogue has every key.
 */
export function useMessages<Part extends Partial<Messages> = typeof en>(english: Part = en as Part): Part {
  const translated = useCatalogue((s) => s.translated);
  return translated === null ? english : (translated as unknown as Part);
}

/** Turns the worker's model into the language shown; English (the worker's own) needs no turning. */
export function useLocalisedModel(model: DatasetModel | undefined): DatasetModel | undefined {
  const localise = useCatalogue((s) => s.localise);
  return useMemo(() => (model && localise ? localise(model) : model), [model, localise]);
}

/** The language the interface is shown in (its catalogue loaded), for dates, numbers and the data. */
export function useLang(): Lang {
  return useCatalogue((s) => s.lang);
}
