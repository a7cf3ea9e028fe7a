import { draftActions, type Draft } from './draft-store.ts';
import { buttonClass } from './field-styles.ts';
import { ImportZone } from './import-zone.tsx';
import { TemplateActions, loadTemplateExample } from './template-actions.tsx';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

/** A new dataset with nothing in it but sensible defaults for its details. */
function emptyDraft(): Draft {
  return {
    meta: {
      title: '',
      description: '',
      languages: ['en'],
      licence: 'CC BY 4.0',
      updated: new Date().toISOString().slice(0, 10),
      maintainer: { name: '' },
    },
    parties: [],
    people: [],
    topics: [],
    sources: [],
    rounds: [],
  };
}

/** Where the editor starts when there is no draft: three ways in. */
export function StartScreen() {
  const t = useMessages(enEditor).editor;
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <section className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
        <h2 className="mb-2 font-semibold">{t.spreadsheetHeading}</h2>
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{t.spreadsheetText}</p>
        <TemplateActions />
      </section>
      <section className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
        <h2 className="mb-2 font-semibold">{t.importHeading}</h2>
        <ImportZone />
      </section>
      <section className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
        <h2 className="mb-2 font-semibold">{t.writeHeading}</h2>
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{t.writeText}</p>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => draftActions.load(emptyDraft(), null)} className={buttonClass}>
            {t.startEmpty}
          </button>
          <button
            type="button"
            onClick={() => void loadTemplateExample().then((example) => draftActions.load(example, null, 0))}
            className={buttonClass}
          >
            {t.startExamples}
          </button>
        </div>
      </section>
    </div>
  );
}
