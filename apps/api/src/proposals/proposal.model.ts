import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipRole } from '@app/governance';
import {
  DeliveryModel,
  HouseMove,
  ProposalCategory,
  ProposalEntity,
  ProposalSignOffEntity,
  ProposalStatus,
  ProposalTransitionEntity,
} from '@app/proposals';
import { Connection } from '../graphql/connection';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(HouseMove, {
  name: 'HouseMove',
  description: "A status a House's co-chairs move its proposal to themselves (transitionProposal).",
  valuesMap: {
    IN_CONSULTATION: { description: 'Out for consultation (from DRAFT, with UASC considerations written and both co-chair seats filled).' },
    DRAFT: { description: 'Back to draft for more work (from IN_CONSULTATION or RECOMMENDED); sign-offs are voided.' },
    DECLINED: { description: 'The House declines it (from IN_CONSULTATION).' },
    WITHDRAWN: { description: 'The House withdraws it (from DRAFT, IN_CONSULTATION, RECOMMENDED or ENDORSED).' },
  },
});
registerEnumType(DeliveryModel, {
  name: 'DeliveryModel',
  description: 'Who must agree the offer: each LA, each ICS area, one partner, or several named partners.',
});
registerEnumType(ProposalCategory, { name: 'ProposalCategory' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType('Proposal', { description: 'A proposed offer to care leavers, drafted by a House and taken to agreement.' })
export class ProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  houseId: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  rationale: string;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => ProposalCategory)
  category: ProposalCategory;

  @Field(() => Int, { description: 'Youngest eligible age (16–25).' })
  minAge: number;

  @Field(() => Int, { description: 'Oldest eligible age (16–25).' })
  maxAge: number;

  @Field(() => DeliveryModel)
  deliveryModel: DeliveryModel;

  @Field(() => String, { nullable: true, description: 'How the offer works for former unaccompanied asylum-seeking children; required before leaving draft.' })
  uascConsiderations: string | null;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => ID, { nullable: true })
  createdById: string | null;

  @Field({ description: 'Part of the sample programme.' })
  isSample: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Send this back as expectedVersion when changing the proposal.' })
  version: number;

  static from(e: ProposalEntity): ProposalModel {
    return Object.assign(new ProposalModel(), {
      id: e.id,
      houseId: e.houseId,
      title: e.title,
      summary: e.summary,
      rationale: e.rationale,
      evidenceLinks: e.evidenceLinks,
      category: e.category,
      minAge: e.minAge,
      maxAge: e.maxAge,
      deliveryModel: e.deliveryModel,
      uascConsiderations: e.uascConsiderations,
      status: e.status,
      createdById: e.createdById,
      isSample: e.isSample,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      version: e.version,
    });
  }
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends Connection(ProposalModel) {}

@ObjectType('ProposalTransition', { description: 'One status change: who made it, when, from what to what, and why.' })
export class ProposalTransitionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProposalStatus, { nullable: true, description: 'Null for the first entry (the proposal was drafted).' })
  fromStatus: ProposalStatus | null;

  @Field(() => ProposalStatus)
  toStatus: ProposalStatus;

  @Field()
  reason: string;

  @Field()
  at: Date;

  proposalId: string;
  actorId: string | null;

  static from(e: ProposalTransitionEntity): ProposalTransitionModel {
    return Object.assign(new ProposalTransitionModel(), {
      id: e.id,
      proposalId: e.proposalId,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reason: e.reason,
      at: e.at,
      actorId: e.actorId,
    });
  }
}

@ObjectType('ProposalSignature', { description: "A co-chair's sign-off that the proposal is ready to recommend." })
export class ProposalSignatureModel {
  @Field(() => MembershipRole, { description: 'The co-chair seat signed from.' })
  role: MembershipRole;

  @Field()
  signedAt: Date;

  @Field()
  note: string;

  personId: string;

  static from(e: ProposalSignOffEntity): ProposalSignatureModel {
    return Object.assign(new ProposalSignatureModel(), { role: e.role, signedAt: e.signedAt, note: e.note, personId: e.personId });
  }
}

@ObjectType('ProposalSignOff', { description: 'Where the co-chairs are in signing the proposal off for recommendation.' })
export class ProposalSignOffModel {
  @Field(() => [ProposalSignatureModel], { description: 'Sign-offs that count: while in consultation, only those whose signer still holds the seat.' })
  signed: ProposalSignatureModel[];

  @Field(() => [MembershipRole], { description: 'Co-chair seats whose sign-off is still needed.' })
  awaiting: MembershipRole[];

  @Field({ description: 'Both co-chair seats have signed off.' })
  ready: boolean;
}
