import { tryParseEdtf } from './dates.ts';
import { agreementStatuses } from './vocabularies.ts';
import type { Dataset, PlanDocument } from './schema.ts';
import { problem, type Problem } from './problem.ts';
import { formatPath } from './validation-issue.ts';
import { knownIds, unknownId } from './known-ids.ts';

type Path = readonly (string | number)[];

/** The reporting helpers of validateReferences, so both files word their messages the same way. */
export interface DocumentCheckContext {
  report: (path: Path, found: Problem) => void;
  /** Reports an unknown party id at `path`. */
  referParty: (id: string, path: Path) => void;
  /** Reports every unknown source id in `ids`, at `path`.sources[i]. */
  cite: (ids: readonly string[] | undefined, path: Path) => void;
  /** Checks an EDTF date and reports why it does not parse. */
  checkDate: (value: string | undefined, path: Path) => void;
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
        problem('duplicateId', document.id, formatPath(['documents', earlier.index])),
      );
  });

  documents.forEach((document, d) => {
    const path = ['documents', d];
    document.draftedBy.forEach((party, i) => referParty(party, [...path, 'draftedBy', i]));
    document.receivedBy?.forEach((party, i) => referParty(party, [...path, 'receivedBy', i]));
    if (document.companionOf === document.id) {
      report([...path, 'companionOf'], problem('companionOfItself'));
    } else if (document.companionOf !== undefined && !byId.has(document.companionOf)) {
      report([...path, 'companionOf'], unknownId('document', document.companionOf, knownIds(byId)));
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
          report([...path, 'outcomes', o, 'status'], problem('agreementNotHeld', outcome.status, status));
        }
      });
    }
    round.documents?.forEach((reference, i) => {
      const referencePath = [...path, 'documents', i];
      const found = byId.get(reference.document);
      if (found === undefined) {
        report([...referencePath, 'document'], unknownId('document', reference.document, knownIds(byId)));
      } else if (
        reference.version !== undefined &&
        !found.document.versions.some((v) => v.id === reference.version)
      ) {
        const versions = knownIds(new Set(found.document.versions.map((v) => v.id)));
        report(
          [...referencePath, 'version'],
          problem('unknownVersion', reference.version, reference.document, versions.listed, versions.more),
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
      report(['meta', 'coverage', 'to'], problem('coverageBackwards', coverage.from, coverage.to));
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
        problem('duplicateId', version.id, formatPath([...path, 'versions', earlier])),
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
        problem(
          'versionsOutOfOrder',
          version.date,
          previous.date,
          formatPath([...path, 'versions', previous.index]),
        ),
      );
    }
    previous = { start, date: version.date, index: v };
  });
}
