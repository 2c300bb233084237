import { listedParties, OfferSnapshot, SnapshotParty } from './edition-snapshot';

/** Fields of an offer whose change the diff reports, by name. */
export const DIFFED_FIELDS = ['title', 'summary', 'category', 'minAge', 'maxAge', 'deliveryModel', 'areaRule', 'uascConsiderations'] as const;
export type DiffedField = (typeof DIFFED_FIELDS)[number] | 'partners';

export interface PartyChange {
  before: SnapshotParty;
  after: SnapshotParty;
}

export interface OfferChange {
  proposalId: string;
  before: OfferSnapshot;
  after: OfferSnapshot;
  changedFields: DiffedField[];
  /** Parties listed (formally agreed or implemented) in the newer edition only. */
  partiesAdded: SnapshotParty[];
  /** Parties listed in the older edition only. */
  partiesRemoved: SnapshotParty[];
  /** Parties listed in both whose status, reciprocity, effective date or re-confirmation changed. */
  partiesChanged: PartyChange[];
}

export interface EditionDiff {
  added: OfferSnapshot[];
  removed: OfferSnapshot[];
  changed: OfferChange[];
  unchangedCount: number;
}

const partyKey = (p: SnapshotParty) => `${p.kind}:${p.id}`;

function samePartyTerms(a: SnapshotParty, b: SnapshotParty): boolean {
  return a.status === b.status && a.reciprocity === b.reciprocity && a.effectiveDate === b.effectiveDate && a.reconfirmationNeeded === b.reconfirmationNeeded;
}

/** What the newer edition added, removed and changed versus the older one. Pure. */
export function diffEditions(older: readonly OfferSnapshot[], newer: readonly OfferSnapshot[]): EditionDiff {
  const before = new Map(older.map((o) => [o.proposalId, o]));
  const after = new Map(newer.map((o) => [o.proposalId, o]));
  const added = newer.filter((o) => !before.has(o.proposalId));
  const removed = older.filter((o) => !after.has(o.proposalId));
  const changed: OfferChange[] = [];
  let unchangedCount = 0;
  for (const next of newer) {
    const prev = before.get(next.proposalId);
    if (!prev) continue;
    const changedFields: DiffedField[] = DIFFED_FIELDS.filter((f) => prev[f] !== next[f]);
    const partnerIds = (o: OfferSnapshot) => o.partners.map((p) => p.id).sort().join(',');
    if (partnerIds(prev) !== partnerIds(next)) changedFields.push('partners');
    const prevParties = new Map(listedParties(prev).map((p) => [partyKey(p), p]));
    const nextParties = new Map(listedParties(next).map((p) => [partyKey(p), p]));
    const partiesAdded = [...nextParties.values()].filter((p) => !prevParties.has(partyKey(p)));
    const partiesRemoved = [...prevParties.values()].filter((p) => !nextParties.has(partyKey(p)));
    const partiesChanged = [...nextParties.values()]
      .map((p) => ({ before: prevParties.get(partyKey(p)), after: p }))
      .filter((c): c is PartyChange => !!c.before && !samePartyTerms(c.before, c.after));
    if (changedFields.length || partiesAdded.length || partiesRemoved.length || partiesChanged.length) {
      changed.push({ proposalId: next.proposalId, before: prev, after: next, changedFields, partiesAdded, partiesRemoved, partiesChanged });
    } else {
      unchangedCount += 1;
    }
  }
  return { added, removed, changed, unchangedCount };
}
