import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgreementState } from '@app/agreements';
import { ProgressSnapshot } from '@app/rollups';
import { Connection } from '../graphql/connection';
import { AgreementStatusCountModel } from '../agreements/agreements.model';

@ObjectType('ProposalProgressSnapshot', { description: "A proposal's agreement progress as it stood at the end of one day." })
export class ProposalProgressSnapshotModel {
  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'The day (Europe/London), YYYY-MM-DD.' })
  date: string;

  @Field(() => Int, { description: 'Parties asked to agree.' })
  total: number;

  @Field(() => [AgreementStatusCountModel], { description: 'Every status, zeros included.' })
  counts: AgreementStatusCountModel[];

  @Field(() => Float, { description: 'Formally agreed or implemented, over all parties (0 when there are none).' })
  shareFormallyAgreedOrImplemented: number;

  @Field({ description: 'When the snapshot was written.' })
  recordedAt: Date;

  static from(s: ProgressSnapshot): ProposalProgressSnapshotModel {
    return Object.assign(new ProposalProgressSnapshotModel(), {
      proposalId: s.proposalId,
      date: s.date,
      total: s.total,
      counts: Object.values(AgreementState).map((status) => Object.assign(new AgreementStatusCountModel(), { status, count: s.counts[status] ?? 0 })),
      shareFormallyAgreedOrImplemented: s.shareFormallyAgreedOrImplemented,
      recordedAt: s.recordedAt,
    });
  }
}

@ObjectType('ProposalProgressSnapshotConnection')
export class ProposalProgressSnapshotConnection extends Connection(ProposalProgressSnapshotModel, 'ProposalProgressSnapshot') {}
