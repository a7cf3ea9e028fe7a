import type { DatasetModel, DatedModel } from '../domain/dataset-model.ts';
import { DatasetLoadError, type DatasetLoadFailure } from './dataset-load-error.ts';
import type { DatasetProgress } from './dataset-progress.ts';
import type { DatasetSource } from './download-status.ts';
import { isSpreadsheetBody } from '../spreadsheet/spreadsheet-body.ts';
import { decodeBytes, leadingBytes } from './dataset-bytes.ts';
import { fetchDatasetBody, type BodyProgress } from './fetch-dataset-body.ts';
import { joinBytes } from './join-bytes.ts';
import { AsciiJsonText } from './ascii-json-text.ts';
import type { DatasetInput, RoundsPassed } from './parse-dataset-body.ts';
import { refuseHtmlPage } from './refuse-html-page.ts';
import { RoundsAsTheyArrive } from './rounds-as-they-arrive.ts';
import type { TransportLimits } from './transport-deadlines.ts';

/** One dataset to load: its address as asked for, and what a relative one is resolved against. */
export interface DatasetRequest {
  url: string;
  /** Needed in the dataset worker, whose own address is its script's; see fetchDatasetBody. */
  base?: string | undefined;
  limits?: TransportLimits | undefined;
}

/** What a load tells as it goes. */
export interface LoadEvents {
  /** Bytes received so far, once per chunk. */
  downloading(progress: BodyProgress): void;
  /** Where the bytes came from, once they have all arrived, and when (ms since the Unix epoch). */
  downloaded(source: DatasetSource, arrivedAt: number): void;
  /** How far reading, checking and dating have got (the page indexes the rounds as they arrive). */
  progress(progress: DatasetProgress): void;
  /**
   * Rounds that passed the schema, in dataset order, a batch at a time as they are checked (from while the bytes
   * arrive: RoundsAsTheyArrive), before the dataset is known to be valid (see parseDatasetBody).
   */
  roundsPassed?: RoundsPassed;
  /**
   * The rounds told so far are void: those of the dataset are told again, from the first, unless the load fails
   * (see RoundsAsTheyArrive, which tells rounds as the bytes arrive only to a caller that gives both).
   */
  roundsWithdrawn?: () => void;
  /**
   * Whether the rounds told as their text while the bytes arrive may be kept here by only what the reading after
   * the last byte reads of every round (told-round.ts), the rest parsed again should anything read it: for a
   * caller that only sends the model on, as the dataset worker does, and never lists a round's keys.
   */
  keepToldRoundsLight?: boolean;
}

/** The model, or why there is none; `responseUrl` is where a failing answer came from, after redirects. */
export type LoadOutcome<Model = DatasetModel> =
  { ok: true; model: Model } | { ok: false; failure: DatasetLoadFailure; responseUrl?: string };

/**
 * Downloads a dataset and reads it into the model, dated but not yet indexed (see DatedModel): in the dataset
 * worker, or in the calling thread where there are no workers (load-in-this-thread.ts). The reading code (the
 * validator, its wording and the EDTF grammar, a chunk of its own) loads while the bytes download rather than
 * after. (The bundled dataset's bytes, when they are those the build checked, are read on the page instead and
 * never come here: load-bundled-on-page.ts.) An abort through `signal` is passed on as it is.
 */
export async function loadDataset(
  { url, base, limits }: DatasetRequest,
  events: LoadEvents,
  signal?: AbortSignal,
): Promise<LoadOutcome<DatedModel>> {
  const pipeline = import('./parse-dataset-body.ts');
  // Should the download fail first, a failed load of that chunk is nobody's concern.
  pipeline.catch(() => undefined);
  // The rounds are parsed as their text arrives, checked once the validator has come, and told as they pass.
  const { roundsPassed: passed, roundsWithdrawn: withdrawn, keepToldRoundsLight: keepLight = false } = events;
  const early = new RoundsAsTheyArrive(passed && withdrawn ? { passed, withdrawn, keepLight } : undefined);
  import('../domain/validate-dataset.ts')
    .then(({ earlyRoundChecks }) => early.checkWith(earlyRoundChecks()))
    // Without the validator (a chunk gone after a redeploy), the reading after the last byte fails to load it
    // and says so; the reading as the bytes arrive simply does not check.
    .catch(() => undefined);
  // JSON is decoded as it arrives, in ASCII where it can be (ascii-json-text.ts), and its nesting checked
  // meanwhile (a check that took 0.2–0.5 s after the last byte at 100,000 rounds); a spreadsheet (known only at
  // the end) is read from the bytes instead.
  const text = new AsciiJsonText(early);
  const onChunk = (chunk: Uint8Array) => text.add(chunk);
  let input: DatasetInput;
  try {
    input = await fetchDatasetBody(url, {
      signal,
      limits,
      base,
      onProgress: events.downloading,
      onChunk,
    }).then((downloaded): DatasetInput => {
      const { finalUrl, redirected, body, contentType } = downloaded;
      // Said before the check below, so that the notice names where even an HTML page came from.
      events.downloaded({ finalUrl, redirected }, performance.timeOrigin + performance.now());
      refuseHtmlPage(url, downloaded);
      // leadingBytes makes a buffer of its own, holding just those bytes.
      const head = leadingBytes(body, 16).buffer as ArrayBuffer;
      // Null where a round's text did not parse (the whole text is read, and fails), its rounds told withdrawn.
      const earlyRounds = early.result();
      if (isSpreadsheetBody(head, contentType, url)) {
        earlyRounds?.withdraw();
        return { spreadsheet: joinBytes(body) };
      }
      const ascii = text.finish();
      // Text the escaping could not vouch for is decoded as it is, after the last byte.
      if (ascii === null) {
        // A text given up on (a byte further on that was not UTF-8…) is read as it is: the rounds told are void.
        earlyRounds?.withdraw();
        return { text: decodeBytes(body) };
      }
      // Text without an escape is the text as written, and the chunks go. Escaped text keeps them until it is
      // parsed, so that a syntax error is worded from the text as written (parseDatasetBody); beside ASCII text
      // (a byte a character in V8) they take about what text with any other character (two bytes a character)
      // took alone.
      const asWritten = ascii.escaped ? () => decodeBytes(body) : undefined;
      return {
        // Joined only if the whole text is read: where the rounds read as they arrived are used, slices do.
        get text() {
          return ascii.text;
        },
        slice: ascii.slice,
        nestingChecked: true,
        asWritten,
        rounds: ascii.rounds,
        early: earlyRounds,
      };
    });
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) throw error;
    return { ok: false, failure: error.failure, responseUrl: error.responseUrl };
  } finally {
    // A download that failed (or a page refused) leaves nothing to read: a validator that comes now checks nothing.
    early.stop();
  }
  const { parseDatasetBody } = await pipeline;
  return parseDatasetBody(input, events.progress, events.roundsPassed);
}
