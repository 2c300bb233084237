import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '@app/governance';
import {
  DeliveryModel,
  ProposalCategory,
  ProposalEntity,
  ProposalSignOffEntity,
  ProposalStatus,
  ProposalTransitionEntity,
} from '@app/proposals';
import { Connection } from '../graphql/connection';
import '../governance/governance.model';
import './proposal.enums';

@ObjectType('Proposal', { description: 'A proposed offer to care leavers, drafted by a House and taken to agreement.' })
export class ProposalModel {
  @Field(() => ID, { description: "The proposal's id." })
  id: string;

  @Field(() => ID, { description: 'The House that owns it.' })
  houseId: string;

  @Field({ description: 'A short name for the offer.' })
  title: string;

  @Field({ description: 'What care leavers get: the wording partners are asked to agree.' })
  summary: string;

  @Field({ description: 'Why the House proposes it.' })
  rationale: string;

  @Field(() => [String], { description: 'Links to the evidence behind it.' })
  evidenceLinks: string[];

  @Field(() => ProposalCategory, { description: "The area of care leavers' lives it serves." })
  category: ProposalCategory;

  @Field(() => Int, { description: 'Youngest eligible age (16–25).' })
  minAge: number;

  @Field(() => Int, { description: 'Oldest eligible age (16–25).' })
  maxAge: number;

  @Field(() => DeliveryModel, { description: 'Who must agree it.' })
  deliveryModel: DeliveryModel;

  @Field(() => String, { nullable: true, description: 'How the offer works for former unaccompanied asylum-seeking children; required before leaving draft.' })
  uascConsiderations: string | null;

  @Field(() => ProposalStatus, { description: 'Where the proposal is on its way to the Compact.' })
  status: ProposalStatus;

  @Field(() => ID, { nullable: true, description: 'Who drafted it; null when no person did (loaded data such as the sample programme).' })
  createdById: string | null;

  @Field({ description: 'Part of the sample programme.' })
  isSample: boolean;

  @Field({ description: 'When it was drafted.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
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

@ObjectType('ProposalConnection', { description: 'A page of proposals.' })
export class ProposalConnection extends Connection(ProposalModel) {}

@ObjectType('ProposalTransition', { description: 'One status change: who made it, when, from what to what, and why.' })
export class ProposalTransitionModel {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => ProposalStatus, { nullable: true, description: 'Null for the first entry (the proposal was drafted).' })
  fromStatus: ProposalStatus | null;

  @Field(() => ProposalStatus, { description: 'The status moved to.' })
  toStatus: ProposalStatus;

  @Field({ description: 'Why, as given by whoever moved it (or the Trust Board decision).' })
  reason: string;

  @Field({ description: 'When it moved.' })
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

  @Field({ description: 'When the co-chair signed off.' })
  signedAt: Date;

  @Field({ description: 'What the co-chair said with it.' })
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
