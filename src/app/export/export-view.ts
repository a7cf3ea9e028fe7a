import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { LaneMode } from '../../domain/round-lanes.ts';
import type { Dataset } from '../../domain/schema.ts';
import type { ViewState } from '../../state/view-state.ts';

/** Everything an export needs to know about the view on screen, read at the moment the reader asks. */
export interface ExportView {
  dataset: Dataset;
  /** The dataset's address, for the file names' slug. */
  datasetUrl: string;
  /** The rounds the filters keep, in time order: what the CSV and JSON hold. */
  matches: readonly DatedRound[];
  /** The rounds the timeline draws (with "dim", the faded ones too). */
  shown: readonly DatedRound[];
  dimmed: ReadonlySet<string> | null;
  totalRounds: number;
  /** The active filters in words, "Place: Istanbul", and their values alone, "Istanbul", for file names. */
  filterLabels: readonly string[];
  filterValues: readonly string[];
  laneMode: LaneMode;
  onlyTopics: readonly string[];
  window: ViewState['window'];
  selectedId: string | null;
  dark: boolean;
  /** The width of the timeline's drawing area on screen, in CSS pixels. */
  width: number;
  /** The address of this view in the full app. */
  url: string;
}
