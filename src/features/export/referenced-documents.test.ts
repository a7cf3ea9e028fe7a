import { describe, expect, it } from 'vitest';
import { documentParties, referencedDocuments } from './referenced-documents.ts';

const docs = [
  { id: 'plan', draftedBy: ['us'], receivedBy: ['ua', 'ru'] },
  { id: 'guarantees', draftedBy: ['us', 'ua'], companionOf: 'plan' },
  { id: 'annex', draftedBy: ['ua'], companionOf: 'guarantees' },
  { id: 'other', draftedBy: ['eu'] },
];

describe('referencedDocuments', () => {
  it('keeps the referenced documents and the main documents they accompany, in dataset order', () => {
    expect(referencedDocuments(docs, ['annex']).map((d) => d.id)).toEqual(['plan', 'guarantees', 'annex']);
    expect(referencedDocuments(docs, ['other']).map((d) => d.id)).toEqual(['other']);
    expect(referencedDocuments(docs, [])).toEqual([]);
  });

  it('ignores ids it does not know and stops on a cycle', () => {
    const cyclic = [
      { id: 'a', draftedBy: ['x'], companionOf: 'b' },
      { id: 'b', draftedBy: ['x'], companionOf: 'a' },
    ];
    expect(referencedDocuments(cyclic, ['a', 'missing']).map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('documentParties', () => {
  it('names drafters and recipients', () => {
    expect(documentParties(docs[0]!)).toEqual(['us', 'ua', 'ru']);
  });
});
