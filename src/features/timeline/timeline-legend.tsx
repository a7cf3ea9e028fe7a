import { useMessages } from '../../i18n/catalogue.ts';
import { enTimelineLegend } from '../../i18n/en-timeline-legend.ts';
import { legendChannels } from './encoding.ts';
import { LegendSwatch } from './legend-swatch.tsx';

/** Explains every encoding the marks use, listed from the encoding spec: shape, fill, colour, hatching, density. */
export function TimelineLegend({ open = true }: { open?: boolean }) {
  const t = useMessages();
  const words = useMessages(enTimelineLegend);
  return (
    <details
      className="mt-3 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800"
      open={open}
    >
      <summary className="cursor-pointer">
        <h2 className="inline font-semibold">{t.legend}</h2>
      </summary>
      <div className="mt-2 grid gap-x-8 gap-y-3 sm:grid-cols-3">
        {legendChannels(words).map((channel) => (
          <div key={channel.id}>
            <h3 className="mb-1 font-medium">{channel.heading}</h3>
            <ul aria-label={channel.listLabel} className="space-y-1">
              {channel.entries.map((entry) => (
                <li key={entry.value} className="flex items-center gap-2">
                  <LegendSwatch channel={channel.id} value={entry.value} />
                  <span>
                    {entry.glyph && <span aria-hidden="true">{entry.glyph} </span>}
                    {entry.label}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
