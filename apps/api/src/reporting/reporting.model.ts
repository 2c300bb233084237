import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProposalStatus } from '@app/proposals';
import { ChangeRow, HouseOverviewRow } from '@app/reporting';
import { BodyModel } from '../reference/reference.model';

export enum ChangeKind {
  PROPOSAL_STATUS = 'PROPOSAL_STATUS',
  AGREEMENT_STATUS = 'AGREEMENT_STATUS',
}
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What kind of status change a recent change is.',
  valuesMap: {
    PROPOSAL_STATUS: { description: 'A proposal moved to another status.' },
    AGREEMENT_STATUS: { description: "A party's agreement to an offer changed." },
  },
});

@ObjectType('ProposalStatusCount', { description: "How many of a House's proposals stand at one status." })
export class ProposalStatusCountModel {
  @Field(() => ProposalStatus, { description: 'The status counted.' })
  status: ProposalStatus;

  @Field(() => Int, { description: 'How many proposals stand at it.' })
  count: number;
}

@ObjectType('RecentChange', { description: 'A proposal status change or an agreement status change.' })
export class RecentChangeModel {
  @Field({ description: 'When the change was made.' })
  at: Date;

  @Field(() => ChangeKind, { description: 'Whether a proposal or an agreement changed status.' })
  kind: ChangeKind;

  @Field({ description: 'The proposal concerned.' })
  proposalId: string;

  @Field({ description: 'Its title.' })
  proposalTitle: string;

  @Field(() => String, { nullable: true, description: 'The status before (a ProposalStatus or AgreementStatus value); null when the proposal was drafted.' })
  fromStatus: string | null;

  @Field({ description: 'The status after (a ProposalStatus or AgreementStatus value).' })
  toStatus: string;

  @Field(() => String, { nullable: true, description: 'For agreement changes, the authority, area or partner.' })
  partyName: string | null;

  @Field(() => String, { nullable: true, description: 'Who made the change, named as the privacy rule allows; null when the service did.' })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given, or the note recorded with an agreement change.' })
  reason: string | null;

  static from(row: ChangeRow): RecentChangeModel {
    return Object.assign(new RecentChangeModel(), { ...row, at: new Date(row.at), kind: row.kind as ChangeKind });
  }
}

@ObjectType('HouseOverview', { description: "One House on the Trust Board's summary." })
export class HouseOverviewModel {
  houseId: string;

  @Field(() => BodyModel, { description: 'The House.' })
  house?: BodyModel;

  @Field({ description: 'Both co-chair seats are filled, so proposals can move forward.' })
  coChairsComplete: boolean;

  @Field(() => [ProposalStatusCountModel], { description: 'Every status, zeros included.' })
  proposalsByStatus: ProposalStatusCountModel[];

  @Field(() => Int, { description: 'Consultations open now.' })
  openConsultations: number;

  @Field(() => Int, { description: 'Open consultations closing within the window asked for.' })
  closingSoon: number;

  @Field(() => Int, { description: 'Consultations set up to open later.' })
  scheduledConsultations: number;

  @Field(() => Int, { description: 'Agreement rows across the House’s endorsed and adopted offers.' })
  agreementParties: number;

  @Field(() => Int, {
    description: 'Formally agreed or implemented, whatever wording was agreed.',
    deprecationReason: 'Merges agreed with in place; use agreementsAgreed and agreementsImplemented.',
  })
  agreementsFormallyAgreedOrImplemented: number;

  @Field(() => Int, { description: 'Agreement rows formally agreed or implemented on the offer’s current wording.' })
  agreementsAgreed: number;

  @Field(() => Int, { description: 'Agreement rows implemented (in place) on the offer’s current wording.' })
  agreementsImplemented: number;

  @Field(() => Int, { description: 'Parties that agreed an earlier wording and have not confirmed the current one (in neither figure above).' })
  agreementsAwaitingReconfirmation: number;

  @Field(() => Int, { description: 'The House’s endorsed and adopted offers.' })
  offersOutForAgreement: number;

  @Field(() => Int, { description: 'Of them, agreed on the current wording by every party asked (those for whom it is not applicable aside).' })
  offersAgreedEverywhere: number;

  @Field(() => Int, { description: 'Of them, in place with every party asked.' })
  offersInPlaceEverywhere: number;

  @Field(() => [RecentChangeModel], { description: 'Latest changes, newest first.' })
  latestChanges: RecentChangeModel[];

  static from(row: HouseOverviewRow): HouseOverviewModel {
    return Object.assign(new HouseOverviewModel(), {
      houseId: row.houseId,
      coChairsComplete: row.hasYoungPersonCoChair && row.hasSectorLeadCoChair,
      proposalsByStatus: Object.values(ProposalStatus).map((status) => ({ status, count: row.proposalsByStatus[status] })),
      openConsultations: row.openConsultations,
      closingSoon: row.closingSoon,
      scheduledConsultations: row.scheduledConsultations,
      agreementParties: row.agreementParties,
      agreementsFormallyAgreedOrImplemented: row.agreementsFormallyAgreedOrImplemented,
      agreementsAgreed: row.agreementsAgreed,
      agreementsImplemented: row.agreementsImplemented,
      agreementsAwaitingReconfirmation: row.agreementsAwaitingReconfirmation,
      offersOutForAgreement: row.offersOutForAgreement,
      offersAgreedEverywhere: row.offersAgreedEverywhere,
      offersInPlaceEverywhere: row.offersInPlaceEverywhere,
      latestChanges: row.latestChanges.map(RecentChangeModel.from),
    });
  }
}

@ObjectType('BoardOverview', { description: "The Trust Board's one-screen summary, per House." })
export class BoardOverviewModel {
  @Field({ description: 'When the summary was read.' })
  generatedAt: Date;

  @Field(() => Int, { description: 'The window used for closingSoon, in days.' })
  closingWithinDays: number;

  @Field(() => [HouseOverviewModel], { description: 'The six Houses, by name.' })
  houses: HouseOverviewModel[];
}
