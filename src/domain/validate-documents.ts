import { tryParseEdtf } from './dates.ts';
import { agreementStatuses } from './vocabularies.ts';
import type { Dataset, PlanDocument } from './schema.ts';
import { formatPath } from './validation-issue.ts';

type Path = readonly (string | number)[];

/** The reporting helpers of validateReferences, so both files word their messages the same way. */
export interface DocumentCheckContext {
  report: (path: Path, message: string) => void;
  /** Reports an unknown party id at `path`. */
  referParty: (id: string, path: Path) => void;
  /** Reports every unknown source id in `ids`, at `path`.sources[i]. */
  cite: (ids: readonly string[] | undefined, path: Path) => void;
  /** Checks an EDTF date and reports why it does not parse. */
  checkDate: (value: string | undefined, path: Path) => void;
  listKnown: (ids: readonly string[]) => string;
}

const AGREEMENT = new Set<string>(agreementStatuses);

/**
 * The rules for meeting status, documents and coverage (issue #11): a meeting that was not held claims no
 * agreement, documents and their versions resolve and cite sources, versions come in date order, and the
 * coverage period runs forwards. Called by validateReferences with its reporting helpers.
 */
export function checkDocumentsAndStatus(dataset: Dataset, context: DocumentCheckContext): void {
  const { report, referParty, cite, checkDate } = context;
  const documents = dataset.documents ?? [];
  const byId = new Map<string, { document: PlanDocument; index: number }>();
  documents.forEach((document, d) => {
    const earlier = byId.get(document.id);
    if (earlier === undefined) byId.set(document.id, { document, index: d });
    else
      report(
        ['documents', d, 'id'],
        `duplicate id "${document.id}" (also used by ${formatPath(['documents', earlier.index])})`,
      );
  });
  const knownDocuments = context.listKnown([...byId.keys()]);

  documents.forEach((document, d) => {
    const path = ['documents', d];
    document.draftedBy.forEach((party, i) => referParty(party, [...path, 'draftedBy', i]));
    document.receivedBy?.forEach((party, i) => referParty(party, [...path, 'receivedBy', i]));
    if (document.companionOf === document.id) {
      report([...path, 'companionOf'], 'a document cannot be a companion of itself');
    } else if (document.companionOf !== undefined && !byId.has(document.companionOf)) {
      report(
        [...path, 'companionOf'],
        `unknown document "${document.companionOf}" (known: ${knownDocuments})`,
      );
    }
    cite(document.sources, path);
    checkVersions(document, path, context);
  });

  dataset.rounds.forEach((round, r) => {
    const path = ['rounds', r];
    const status = round.status ?? 'held';
    if (status !== 'held') {
      round.outcomes.forEach((outcome, o) => {
        if (AGREEMENT.has(outcome.status)) {
          report(
            [...path, 'outcomes', o, 'status'],
            `"${outcome.status}" claims an agreement, but the round was not held (status "${status}"); ` +
              'use proposed, not-agreed or discussed, or mark the round held',
          );
        }
      });
    }
    round.documents?.forEach((reference, i) => {
      const referencePath = [...path, 'documents', i];
      const found = byId.get(reference.document);
      if (found === undefined) {
        report(
          [...referencePath, 'document'],
          `unknown document "${reference.document}" (known: ${knownDocuments})`,
        );
      } else if (
        reference.version !== undefined &&
        !found.document.versions.some((v) => v.id === reference.version)
      ) {
        const versions = context.listKnown([...new Set(found.document.versions.map((v) => v.id))]);
        report(
          [...referencePath, 'version'],
          `unknown version "${reference.version}" of document "${reference.document}" (known: ${versions})`,
        );
      }
      cite(reference.sources, referencePath);
    });
  });

  const coverage = dataset.meta.coverage;
  if (coverage !== undefined) {
    checkDate(coverage.from, ['meta', 'coverage', 'from']);
    checkDate(coverage.to, ['meta', 'coverage', 'to']);
    if (coverage.to < coverage.from) {
      report(
        ['meta', 'coverage', 'to'],
        `the coverage ends before it starts (from ${coverage.from}, to ${coverage.to})`,
      );
    }
  }
}

function checkVersions(document: PlanDocument, path: Path, context: DocumentCheckContext): void {
  const seen = new Map<string, number>();
  let previous: { start: number; date: string; index: number } | undefined;
  document.versions.forEach((version, v) => {
    const versionPath = [...path, 'versions', v];
    const earlier = seen.get(version.id);
    if (earlier === undefined) seen.set(version.id, v);
    else
      context.report(
        [...versionPath, 'id'],
        `duplicate id "${version.id}" (also used by ${formatPath([...path, 'versions', earlier])})`,
      );
    context.cite(version.sources, versionPath);
    const parsed = tryParseEdtf(version.date);
    if (!parsed.ok) {
      context.checkDate(version.date, [...versionPath, 'date']);
      return;
    }
    const start = parsed.date.start.getTime();
    if (previous !== undefined && start < previous.start) {
      context.report(
        [...versionPath, 'date'],
        `versions must be in date order: ${version.date} comes before ${previous.date} ` +
          `(${formatPath([...path, 'versions', previous.index])}, listed earlier)`,
      );
    }
    previous = { start, date: version.date, index: v };
  });
}
