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
import '../proposals/proposal.enums';
import { DateScalar } from '../graphql/scalars';

registerEnumType(PartyKind, {
  name: 'AgreementPartyKind',
  description: 'Who is asked to agree an offer.',
  valuesMap: {
    LOCAL_AUTHORITY: { description: "One of London's 33 local authorities." },
    ICS_AREA: { description: 'One of the five NHS ICS areas.' },
    ORGANISATION: { description: 'A partner organisation, such as TfL or a business.' },
  },
});
registerEnumType(AgreementState, {
  name: 'AgreementStatus',
  description: 'Where one party stands on one endorsed offer. Only FORMALLY_AGREED and IMPLEMENTED count as agreed and are published in the Compact.',
  valuesMap: {
    NOT_STARTED: { description: 'Asked, but nothing recorded yet.' },
    IN_DISCUSSION: { description: 'The party is considering it.' },
    AGREED_IN_PRINCIPLE: { description: "Supported, but not yet through the party's own decision-making: not counted as agreed, not published, and nothing is promised to care leavers yet." },
    FORMALLY_AGREED: { description: "Agreed through the party's own decision-making (e.g. a cabinet or board decision): counted as agreed and published; care leavers are told it is coming." },
    IMPLEMENTED: { description: 'In place: care leavers can get it from its effective date.' },
    DECLINED: { description: 'The party decided not to provide it.' },
    NOT_APPLICABLE: { description: 'The offer does not apply to this party; a final position, left aside when counting offers agreed everywhere.' },
  },
});
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

@ObjectType('Agreement', { description: "One party's agreement to one endorsed offer." })
export class AgreementModel {
  @Field(() => ID, { description: "The agreement's id." })
  id: string;

  @Field(() => ID, { description: 'The proposal whose offer this is.' })
  proposalId: string;

  @Field(() => PartyKind, { description: 'Whether the party is an LA, an ICS area or a partner organisation.' })
  partyKind: PartyKind;

  @Field(() => ID, { description: 'The LA, ICS area or organisation asked to agree.' })
  partyId: string;

  @Field(() => AgreementState, { description: 'Where the party stands on the offer.' })
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true, description: 'LA offers only: which care leavers the LA extends the offer to; null until it says.' })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the offer took effect for the party (IMPLEMENTED).' })
  effectiveDate: string | null;

  @Field(() => String, { nullable: true, description: 'What the party said about its position, as recorded with the last change.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the decision or policy behind the status.' })
  evidenceUrl: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who last changed it; null while nobody has.' })
  updatedById: string | null;

  @Field({ description: 'When it last changed.' })
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
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => AgreementState, { description: 'The status before the change.' })
  fromStatus: AgreementState;

  @Field(() => AgreementState, { description: 'The status after the change (the same as fromStatus when only the terms or the wording to confirm changed).' })
  toStatus: AgreementState;

  @Field(() => Reciprocity, { nullable: true, description: 'The reciprocity recorded by the change.' })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the offer takes effect, as recorded by the change.' })
  effectiveDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why the change was made, as recorded.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The link to the decision or policy recorded by the change.' })
  evidenceUrl: string | null;

  @Field(() => ID, { nullable: true, description: 'Who made the change; null when the service did.' })
  changedById: string | null;

  @Field({ description: 'When the change was made.' })
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

@ObjectType({ description: 'A page of agreements.' })
export class AgreementConnection extends Connection(AgreementModel) {}

@ObjectType({ description: "A page of an agreement's history." })
export class AgreementHistoryConnection extends Connection(AgreementHistoryEntryModel, 'AgreementHistory') {}

@ObjectType('AgreementParty', { description: 'A party in the agreement views: an LA (with its London tile), an ICS area or a partner.' })
export class AgreementPartyModel {
  @Field(() => ID, { description: 'The LA, ICS area or organisation id.' })
  id: string;

  @Field(() => PartyKind, { description: 'Whether it is an LA, an ICS area or a partner organisation.' })
  kind: PartyKind;

  @Field({ description: "The party's name." })
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

@ObjectType('AgreementMatrixProposal', { description: 'An offer in the agreement matrix: one row.' })
export class AgreementMatrixProposalModel {
  @Field(() => ID, { description: "The proposal's id." })
  id: string;

  @Field({ description: "The proposal's title." })
  title: string;

  @Field(() => ProposalStatus, { description: 'Where the proposal is in its life.' })
  status: ProposalStatus;

  @Field(() => DeliveryModel, { description: 'Who must agree it, which decides the parties in its row.' })
  deliveryModel: DeliveryModel;

  static from(p: MatrixProposal): AgreementMatrixProposalModel {
    return Object.assign(new AgreementMatrixProposalModel(), { ...p });
  }
}

@ObjectType('AgreementMatrixCell', { description: "One party's agreement to one offer in the matrix." })
export class AgreementMatrixCellModel {
  @Field(() => ID, { description: "The agreement's id, to change it with setAgreementStatus." })
  agreementId: string;

  @Field(() => ID, { description: "The offer's row." })
  proposalId: string;

  @Field(() => ID, { description: "The party's column." })
  partyId: string;

  @Field(() => AgreementState, { description: 'Where the party stands on the offer.' })
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true, description: 'LA offers only: which care leavers the LA extends it to.' })
  reciprocity: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the offer takes or took effect with this party, when known.' })
  effectiveDate: string | null;

  @Field({ description: 'The party agreed an earlier wording of the offer and has not yet confirmed the current one.' })
  reconfirmationNeeded: boolean;

  @Field({ description: 'When the agreement last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send this back as expectedVersion when changing the agreement.' })
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
  @Field(() => [ID], { description: "Each cell's agreement id." })
  agreementIds: string[];

  @Field(() => [ID], { description: "Each cell's proposal id." })
  proposalIds: string[];

  @Field(() => [ID], { description: "Each cell's party id." })
  partyIds: string[];

  @Field(() => [AgreementState], { description: "Each cell's status." })
  statuses: AgreementState[];

  @Field(() => [Reciprocity], { nullable: 'items', description: "Each cell's reciprocity; null where none is recorded." })
  reciprocities: (Reciprocity | null)[];

  @Field(() => [DateScalar], { nullable: 'items', description: "Each cell's effective date; null where none is recorded." })
  effectiveDates: (string | null)[];

  @Field(() => [Boolean], { description: 'Whether each party agreed an earlier wording and has not re-confirmed the current one.' })
  reconfirmationsNeeded: boolean[];

  @Field(() => [Date], { description: 'When each cell last changed.' })
  updatedAts: Date[];

  @Field(() => [Int], { description: "Each cell's version, to send back as expectedVersion." })
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
  @Field(() => [AgreementMatrixProposalModel], { description: 'The offers, one row each.' })
  proposals: AgreementMatrixProposalModel[];

  @Field(() => [AgreementPartyModel], { description: 'The parties, one column each.' })
  parties: AgreementPartyModel[];

  /** Plain cells as the service reads them: they already have the model's fields, so no copy is made per cell. */
  @Field(() => [AgreementMatrixCellModel], { description: 'One cell per agreement; a party not asked to agree an offer has no cell in its row.' })
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

@ObjectType('AgreementStatusCount', { description: 'How many parties stand at one agreement status.' })
export class AgreementStatusCountModel {
  @Field(() => AgreementState, { description: 'The status counted.' })
  status: AgreementState;

  @Field(() => Int, { description: 'How many parties stand at it.' })
  count: number;
}

function counts(t: ProgressTally): AgreementStatusCountModel[] {
  return Object.values(AgreementState).map((status) => Object.assign(new AgreementStatusCountModel(), { status, count: t.counts[status] }));
}

@ObjectType('AreaAgreementProgress', { description: 'Agreement progress among the parties in one area.' })
export class AreaAgreementProgressModel {
  @Field(() => ID, { description: "The area's id." })
  areaId: string;

  @Field(() => AreaKind, { description: 'ICS area or sub-region.' })
  kind: AreaKind;

  @Field({ description: "The area's short code." })
  code: string;

  @Field({ description: "The area's name." })
  name: string;

  @Field(() => Int, { description: 'Parties in the area asked to agree the offer.' })
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
  @Field(() => ID, { description: "The area's id." })
  areaId: string;

  @Field(() => AreaKind, { description: 'ICS area or sub-region.' })
  kind: AreaKind;

  @Field({ description: "The area's short code." })
  code: string;

  @Field({ description: "The area's name." })
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
  @Field(() => Int, { description: "London's local authorities (as of today)." })
  localAuthorities: number;

  @Field(() => Int, { description: 'Of them, those whose ICS area has formally agreed or implemented the current wording.' })
  agreed: number;

  @Field(() => Int, { description: 'Of them, those whose ICS area has implemented it.' })
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
  @Field(() => ID, { description: 'The proposal whose offer this is.' })
  proposalId: string;

  @Field(() => Int, { description: 'Parties asked to agree the offer.' })
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

@ObjectType('SetAgreementStatusPayload', { description: 'The agreement as changed.' })
export class SetAgreementStatusPayload {
  @Field(() => AgreementModel, { description: 'The agreement after the change.' })
  agreement: AgreementModel;
}

@ObjectType('UpdatePartyAgreementsPayload', { description: "The party's agreements as changed." })
export class UpdatePartyAgreementsPayload {
  @Field(() => [AgreementModel], { description: 'The updated agreements, in the order of the items sent.' })
  agreements: AgreementModel[];
}

@ObjectType('UpdateAuthorityAgreementsPayload', { description: "The LA's agreements as changed." })
export class UpdateAuthorityAgreementsPayload {
  @Field(() => [AgreementModel], { description: 'The updated agreements, in the order of the items sent.' })
  agreements: AgreementModel[];
}
