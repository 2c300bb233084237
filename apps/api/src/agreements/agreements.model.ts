import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AgreementMatrix,
  AgreementState,
  AgreementStatusEntity,
  AgreementStatusHistoryEntity,
  AreaCoverage,
  AreaProgress,
  LocalAuthorityCoverage,
  MatrixCell,
  MatrixParty,
  MatrixProposal,
  PartyKind,
  partyOf,
  ProgressTally,
  ProposalProgress,
  Reciprocity,
} from '@app/agreements';
import { DeliveryModel, ProposalStatus } from '@app/proposals';
import { AreaKind } from '@app/reference';
import { Connection } from '../graphql/connection';
import { DateScalar } from '../graphql/scalars';

registerEnumType(PartyKind, { name: 'AgreementPartyKind', description: 'Who is asked to agree an offer.' });
registerEnumType(AgreementState, { name: 'AgreementStatus', description: 'Where one party stands on one endorsed offer.' });
registerEnumType(Reciprocity, {
  name: 'Reciprocity',
  description: 'For an LA offer: which care leavers the LA extends it to.',
  valuesMap: {
    OWN_CARE_LEAVERS_ANYWHERE: { description: "The LA's own care leavers, wherever they live." },
    ANY_CARE_LEAVER_RESIDENT: { description: 'Any care leaver living in the LA, whichever authority is responsible for them.' },
    BOTH: { description: 'Both of the above.' },
    OWN_CARE_LEAVERS_RESIDENT: { description: "Only the LA's own care leavers, and only while they live in it." },
  },
});
// Same names as the proposals API registers them under, so the schema has one type for each.
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(DeliveryModel, {
  name: 'DeliveryModel',
  description: 'Who must agree the offer: each LA, each ICS area, one partner, or several named partners.',
});

@ObjectType('Agreement', { description: "One party's agreement to one endorsed offer." })
export class AgreementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => PartyKind)
  partyKind: PartyKind;

  @Field(() => ID, { description: 'The LA, ICS area or organisation asked to agree.' })
  partyId: string;

  @Field(() => AgreementState)
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the offer took effect for the party (IMPLEMENTED).' })
  effectiveDate: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field(() => ID, { nullable: true })
  updatedById: string | null;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Send this back as expectedVersion when changing the agreement.' })
  version: number;

  static from(e: AgreementStatusEntity): AgreementModel {
    return Object.assign(new AgreementModel(), {
      id: e.id,
      proposalId: e.proposalId,
      partyKind: e.partyKind,
      partyId: partyOf(e).id,
      status: e.status,
      reciprocity: e.reciprocity,
      effectiveDate: e.effectiveDate,
      note: e.note,
      evidenceUrl: e.evidenceUrl,
      updatedById: e.updatedById,
      updatedAt: e.updatedAt,
      version: e.version,
    });
  }
}

@ObjectType('AgreementHistoryEntry', { description: 'One change to an agreement, as it was made.' })
export class AgreementHistoryEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => AgreementState)
  fromStatus: AgreementState;

  @Field(() => AgreementState)
  toStatus: AgreementState;

  @Field(() => Reciprocity, { nullable: true })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true })
  effectiveDate: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field(() => ID, { nullable: true })
  changedById: string | null;

  @Field()
  changedAt: Date;

  @Field(() => Int, { description: "The agreement's version after this change." })
  version: number;

  static from(e: AgreementStatusHistoryEntity): AgreementHistoryEntryModel {
    return Object.assign(new AgreementHistoryEntryModel(), {
      id: e.id,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reciprocity: e.reciprocity,
      effectiveDate: e.effectiveDate,
      note: e.note,
      evidenceUrl: e.evidenceUrl,
      changedById: e.changedById,
      changedAt: e.changedAt,
      version: e.version,
    });
  }
}

@ObjectType()
export class AgreementConnection extends Connection(AgreementModel) {}

@ObjectType()
export class AgreementHistoryConnection extends Connection(AgreementHistoryEntryModel, 'AgreementHistory') {}

@ObjectType('AgreementParty', { description: 'A party in the agreement views: an LA (with its London tile), an ICS area or a partner.' })
export class AgreementPartyModel {
  @Field(() => ID)
  id: string;

  @Field(() => PartyKind)
  kind: PartyKind;

  @Field()
  name: string;

  @Field({ description: "LA short code, area code or organisation code." })
  shortCode: string;

  @Field(() => Int, { nullable: true, description: 'LAs only: row in the London Squared grid.' })
  tileRow: number | null;

  @Field(() => Int, { nullable: true, description: 'LAs only: column in the London Squared grid.' })
  tileCol: number | null;

  static from(p: MatrixParty): AgreementPartyModel {
    return Object.assign(new AgreementPartyModel(), { ...p });
  }
}

@ObjectType('AgreementMatrixProposal')
export class AgreementMatrixProposalModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => DeliveryModel)
  deliveryModel: DeliveryModel;

  static from(p: MatrixProposal): AgreementMatrixProposalModel {
    return Object.assign(new AgreementMatrixProposalModel(), { ...p });
  }
}

@ObjectType('AgreementMatrixCell')
export class AgreementMatrixCellModel {
  @Field(() => ID)
  agreementId: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  partyId: string;

  @Field(() => AgreementState)
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true })
  effectiveDate: string | null;

  @Field({ description: 'The party agreed an earlier wording of the offer and has not yet confirmed the current one.' })
  reconfirmationNeeded: boolean;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;

  static from(c: MatrixCell): AgreementMatrixCellModel {
    return Object.assign(new AgreementMatrixCellModel(), { ...c });
  }
}

@ObjectType('AgreementMatrixColumns', {
  description:
    'The matrix cells as parallel lists, in the order of `cells`: cell i is (agreementIds[i], proposalIds[i], partyIds[i], statuses[i], …). ' +
    'The same values as `cells`, for large matrices (every offer × every party) at a fraction of the cost to send.',
})
export class AgreementMatrixColumnsModel {
  @Field(() => [ID])
  agreementIds: string[];

  @Field(() => [ID])
  proposalIds: string[];

  @Field(() => [ID])
  partyIds: string[];

  @Field(() => [AgreementState])
  statuses: AgreementState[];

  @Field(() => [Reciprocity], { nullable: 'items' })
  reciprocities: (Reciprocity | null)[];

  @Field(() => [DateScalar], { nullable: 'items' })
  effectiveDates: (string | null)[];

  @Field(() => [Boolean], { description: 'Whether each party agreed an earlier wording and has not re-confirmed the current one.' })
  reconfirmationsNeeded: boolean[];

  @Field(() => [Date])
  updatedAts: Date[];

  @Field(() => [Int])
  versions: number[];

  static from(cells: readonly MatrixCell[]): AgreementMatrixColumnsModel {
    const columns = Object.assign(new AgreementMatrixColumnsModel(), {
      agreementIds: [], proposalIds: [], partyIds: [], statuses: [], reciprocities: [], effectiveDates: [], reconfirmationsNeeded: [], updatedAts: [], versions: [],
    } as Partial<AgreementMatrixColumnsModel>);
    for (const c of cells) {
      columns.agreementIds.push(c.agreementId);
      columns.proposalIds.push(c.proposalId);
      columns.partyIds.push(c.partyId);
      columns.statuses.push(c.status);
      columns.reciprocities.push(c.reciprocity);
      columns.effectiveDates.push(c.effectiveDate);
      columns.reconfirmationsNeeded.push(c.reconfirmationNeeded);
      columns.updatedAts.push(c.updatedAt);
      columns.versions.push(c.version);
    }
    return columns;
  }
}

@ObjectType('AgreementMatrix', { description: 'Proposals × parties, one cell per agreement.' })
export class AgreementMatrixModel {
  @Field(() => [AgreementMatrixProposalModel])
  proposals: AgreementMatrixProposalModel[];

  @Field(() => [AgreementPartyModel])
  parties: AgreementPartyModel[];

  /** Plain cells as the service reads them: they already have the model's fields, so no copy is made per cell. */
  @Field(() => [AgreementMatrixCellModel])
  cells: MatrixCell[];

  /** Made only when asked for. */
  @Field(() => AgreementMatrixColumnsModel, { description: 'The cells again, as parallel lists (see AgreementMatrixColumns).' })
  get columns(): AgreementMatrixColumnsModel {
    return AgreementMatrixColumnsModel.from(this.cells);
  }

  static from(m: AgreementMatrix): AgreementMatrixModel {
    return Object.assign(new AgreementMatrixModel(), {
      proposals: m.proposals.map(AgreementMatrixProposalModel.from),
      parties: m.parties.map(AgreementPartyModel.from),
      cells: m.cells,
    });
  }
}

@ObjectType('AgreementStatusCount')
export class AgreementStatusCountModel {
  @Field(() => AgreementState)
  status: AgreementState;

  @Field(() => Int)
  count: number;
}

function counts(t: ProgressTally): AgreementStatusCountModel[] {
  return Object.values(AgreementState).map((status) => Object.assign(new AgreementStatusCountModel(), { status, count: t.counts[status] }));
}

@ObjectType('AreaAgreementProgress', { description: 'Agreement progress among the parties in one area.' })
export class AreaAgreementProgressModel {
  @Field(() => ID)
  areaId: string;

  @Field(() => AreaKind)
  kind: AreaKind;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  totalParties: number;

  @Field(() => [AgreementStatusCountModel], { description: 'Every status, zeros included.' })
  counts: AgreementStatusCountModel[];

  @Field(() => Int, { description: 'Parties that have formally agreed or implemented the current wording.' })
  agreed: number;

  @Field(() => Int, { description: 'Parties that have implemented (put in place) the current wording.' })
  implemented: number;

  @Field(() => Int, { description: 'Parties that agreed an earlier wording and have not confirmed the current one (in neither figure above).' })
  awaitingReconfirmation: number;

  @Field(() => Float, { description: 'agreed over totalParties (0–1).' })
  shareAgreed: number;

  @Field(() => Float, { description: 'implemented over totalParties (0–1).' })
  shareImplemented: number;

  @Field(() => Float, {
    description: 'Share (0–1) formally agreed or implemented, whatever wording was agreed.',
    deprecationReason: 'Merges agreed with in place and counts parties that have not confirmed a revised wording; use shareAgreed and shareImplemented.',
  })
  shareFormallyAgreedOrImplemented: number;

  static from(a: AreaProgress): AreaAgreementProgressModel {
    return Object.assign(new AreaAgreementProgressModel(), {
      areaId: a.areaId,
      kind: a.kind,
      code: a.code,
      name: a.name,
      totalParties: a.total,
      ...headline(a),
    });
  }
}

/** The headline figures of a tally: agreed and in place apart, each on the current wording. */
export function headline(t: ProgressTally) {
  return {
    counts: counts(t),
    agreed: t.agreed,
    implemented: t.implemented,
    awaitingReconfirmation: t.awaitingReconfirmation,
    shareAgreed: t.shareAgreed,
    shareImplemented: t.shareImplemented,
    shareFormallyAgreedOrImplemented: t.shareFormallyAgreedOrImplemented,
  };
}

@ObjectType('AreaCoverage', { description: 'The local authorities of one area, and how many an ICS-area offer reaches through their ICS area.' })
export class AreaCoverageModel {
  @Field(() => ID)
  areaId: string;

  @Field(() => AreaKind)
  kind: AreaKind;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Local authorities in the area (as of today).' })
  localAuthorities: number;

  @Field(() => Int, { description: 'Of them, those whose ICS area has formally agreed or implemented the current wording.' })
  agreed: number;

  @Field(() => Int, { description: 'Of them, those whose ICS area has implemented it.' })
  implemented: number;

  static from(a: AreaCoverage): AreaCoverageModel {
    return Object.assign(new AreaCoverageModel(), { ...a });
  }
}

@ObjectType('LocalAuthorityCoverage', { description: "An ICS-area offer's reach: London's local authorities whose ICS area has agreed, or put in place, the offer." })
export class LocalAuthorityCoverageModel {
  @Field(() => Int)
  localAuthorities: number;

  @Field(() => Int)
  agreed: number;

  @Field(() => Int)
  implemented: number;

  @Field(() => [AreaCoverageModel], { description: 'Per ICS area: its local authorities, reached or not by its own agreement.' })
  byIcsArea: AreaCoverageModel[];

  @Field(() => [AreaCoverageModel], { description: 'The same local authorities by sub-region.' })
  bySubRegion: AreaCoverageModel[];

  static from(c: LocalAuthorityCoverage): LocalAuthorityCoverageModel {
    return Object.assign(new LocalAuthorityCoverageModel(), {
      localAuthorities: c.localAuthorities,
      agreed: c.agreed,
      implemented: c.implemented,
      byIcsArea: c.byIcsArea.map(AreaCoverageModel.from),
      bySubRegion: c.bySubRegion.map(AreaCoverageModel.from),
    });
  }
}

@ObjectType('ProposalProgress', { description: 'How far agreement to an offer has got.' })
export class ProposalProgressModel {
  @Field(() => ID)
  proposalId: string;

  @Field(() => Int)
  totalParties: number;

  @Field(() => [AgreementStatusCountModel], { description: 'Every status, zeros included, whatever wording was agreed.' })
  counts: AgreementStatusCountModel[];

  @Field(() => Int, { description: 'Parties that have formally agreed or implemented the current wording.' })
  agreed: number;

  @Field(() => Int, { description: 'Parties that have implemented (put in place) the current wording.' })
  implemented: number;

  @Field(() => Int, { description: 'Parties that agreed an earlier wording and have not confirmed the current one (in neither figure above).' })
  awaitingReconfirmation: number;

  @Field(() => Float, { description: 'agreed over totalParties (0–1).' })
  shareAgreed: number;

  @Field(() => Float, { description: 'implemented over totalParties (0–1).' })
  shareImplemented: number;

  @Field(() => Float, {
    description: 'Share (0–1) of parties that have formally agreed or implemented, whatever wording was agreed.',
    deprecationReason: 'Merges agreed with in place and counts parties that have not confirmed a revised wording; use shareAgreed and shareImplemented.',
  })
  shareFormallyAgreedOrImplemented: number;

  @Field(() => [AreaAgreementProgressModel], { description: 'By ICS area (LA membership as of today).' })
  byIcsArea: AreaAgreementProgressModel[];

  @Field(() => [AreaAgreementProgressModel], { description: 'By sub-region (LA membership as of today).' })
  bySubRegion: AreaAgreementProgressModel[];

  @Field(() => [AgreementPartyModel], { description: 'Parties that have not started.' })
  notEngaged: AgreementPartyModel[];

  @Field(() => LocalAuthorityCoverageModel, {
    nullable: true,
    description: 'ICS-area offers only: the local authorities reached through their ICS area, overall, per area and per sub-region.',
  })
  localAuthorityCoverage: LocalAuthorityCoverageModel | null;

  static from(p: ProposalProgress): ProposalProgressModel {
    return Object.assign(new ProposalProgressModel(), {
      proposalId: p.proposalId,
      totalParties: p.total,
      ...headline(p),
      byIcsArea: p.byIcsArea.map(AreaAgreementProgressModel.from),
      bySubRegion: p.bySubRegion.map(AreaAgreementProgressModel.from),
      notEngaged: p.notEngaged.map(AgreementPartyModel.from),
      localAuthorityCoverage: p.localAuthorityCoverage ? LocalAuthorityCoverageModel.from(p.localAuthorityCoverage) : null,
    });
  }
}

@ObjectType('SetAgreementStatusPayload')
export class SetAgreementStatusPayload {
  @Field(() => AgreementModel)
  agreement: AgreementModel;
}

@ObjectType('UpdateAuthorityAgreementsPayload')
export class UpdateAuthorityAgreementsPayload {
  @Field(() => [AgreementModel], { description: 'The updated agreements, in the order of the items sent.' })
  agreements: AgreementModel[];
}
