import type { DatedRound } from './dated-rounds.ts';
import { formatRoundDate, tryParseEdtf, type RoundDate } from './dates.ts';
import type { DocumentVersion, PlanDocument, Round, RoundDocument, RoundStatus } from './schema.ts';

/** A round that discussed, presented or produced a document (or one version of it). */
export interface DocumentRoundLink {
  roundId: string;
  title: string;
  dateText: string;
  status: RoundStatus;
  note: string | undefined;
  sources: readonly string[];
}

export interface VersionEntry {
  version: DocumentVersion;
  /** Undefined only if the data was not validated; versions are drawn where their date is known. */
  date: RoundDate | undefined;
  dateText: string;
  rounds: DocumentRoundLink[];
}

/** A document with its versions in date order and the rounds that dealt with each. */
export interface DocumentHistory {
  document: PlanDocument;
  versions: VersionEntry[];
  /** Rounds that name the document without saying which version. */
  wholeDocumentRounds: DocumentRoundLink[];
  /** The document this one accompanies, and the documents that accompany this one. */
  companionOf: PlanDocument | undefined;
  companions: PlanDocument[];
}

/**
 * Gathers what a document view shows: versions in the order the data lists them (validation requires date
 * order), each with the rounds that referred to it, in time order. Undefined for an unknown document id.
 */
export function documentHistory(
  documents: readonly PlanDocument[],
  documentId: string,
  rounds: readonly DatedRound[],
): DocumentHistory | undefined {
  const document = documents.find((d) => d.id === documentId);
  if (!document) return undefined;
  const links = rounds.flatMap((dated) =>
    (dated.round.documents ?? [])
      .filter((ref) => ref.document === documentId)
      .map((ref) => ({ ref, link: linkOf(dated, ref) })),
  );
  const versions = document.versions.map((version): VersionEntry => {
    const parsed = tryParseEdtf(version.date);
    return {
      version,
      date: parsed.ok ? parsed.date : undefined,
      dateText: parsed.ok ? formatRoundDate(parsed.date) : version.date,
      rounds: links.filter(({ ref }) => ref.version === version.id).map(({ link }) => link),
    };
  });
  return {
    document,
    versions,
    wholeDocumentRounds: links.filter(({ ref }) => ref.version === undefined).map(({ link }) => link),
    companionOf: documents.find((d) => d.id === document.companionOf),
    companions: documents.filter((d) => d.companionOf === documentId),
  };
}

/** A round's document references resolved to their documents and versions, in the round's order. */
export function roundDocuments(
  round: Round,
  documents: readonly PlanDocument[],
): { reference: RoundDocument; document: PlanDocument; version: DocumentVersion | undefined }[] {
  return (round.documents ?? []).flatMap((reference) => {
    const document = documents.find((d) => d.id === reference.document);
    if (!document) return [];
    const version = document.versions.find((v) => v.id === reference.version);
    return [{ reference, document, version }];
  });
}

function linkOf(dated: DatedRound, ref: RoundDocument): DocumentRoundLink {
  return {
    roundId: dated.round.id,
    title: dated.round.title,
    dateText: dated.dateText,
    status: dated.round.status ?? 'held',
    note: ref.note,
    sources: ref.sources,
  };
}
