import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgressSnapshot } from '@app/rollups';
import { Connection } from '../graphql/connection';
import { AgreementStatusCountModel, headline } from '../agreements/agreements.model';
import { DateScalar } from '../graphql/scalars';

@ObjectType('ProposalProgressSnapshot', { description: "A proposal's agreement progress as it stood at the end of one day." })
export class ProposalProgressSnapshotModel {
  @Field(() => ID, { description: 'The proposal whose offer this is.' })
  proposalId: string;

  @Field(() => DateScalar, { description: 'The day the snapshot describes, in the programme\'s time zone.' })
  date: string;

  @Field(() => Int, { description: 'Parties asked to agree.' })
  total: number;

  @Field(() => [AgreementStatusCountModel], { description: 'Every status, zeros included, whatever wording was agreed.' })
  counts: AgreementStatusCountModel[];

  @Field(() => Int, { description: 'Parties that had formally agreed or implemented the wording of the day.' })
  agreed: number;

  @Field(() => Int, { description: 'Parties that had implemented (put in place) the wording of the day.' })
  implemented: number;

  @Field(() => Int, { description: 'Parties that had agreed an earlier wording and not confirmed the current one (in neither figure above).' })
  awaitingReconfirmation: number;

  @Field(() => Float, { description: 'agreed over total (0 when there are no parties).' })
  shareAgreed: number;

  @Field(() => Float, { description: 'implemented over total (0 when there are no parties).' })
  shareImplemented: number;

  @Field(() => Float, {
    description: 'Formally agreed or implemented, whatever wording, over all parties (0 when there are none).',
    deprecationReason: 'Merges agreed with in place; use shareAgreed and shareImplemented.',
  })
  shareFormallyAgreedOrImplemented: number;

  @Field({ description: 'When the snapshot was written.' })
  recordedAt: Date;

  static from(s: ProgressSnapshot): ProposalProgressSnapshotModel {
    return Object.assign(new ProposalProgressSnapshotModel(), {
      proposalId: s.proposalId,
      date: s.date,
      total: s.total,
      ...headline(s),
      recordedAt: s.recordedAt,
    });
  }
}

@ObjectType('ProposalProgressSnapshotConnection', { description: "A page of a proposal's daily progress snapshots." })
export class ProposalProgressSnapshotConnection extends Connection(ProposalProgressSnapshotModel, 'ProposalProgressSnapshot') {}
