import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipRole, PersonEntity } from '@app/governance';
import { ProposalEntity } from './proposal.entity';

/**
 * A House co-chair's sign-off that a proposal is ready to be RECOMMENDED. Both co-chairs must
 * sign; a sign-off is voided (not deleted) when the proposal goes back to draft.
 */
@Entity('proposal_sign_off')
@Index('uq_proposal_sign_off_current', ['proposalId', 'role'], { unique: true, where: '"voided_at" IS NULL' })
export class ProposalSignOffEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal_sign_off' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_sign_off_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_proposal_sign_off_person' })
  person?: PersonEntity;

  /** Which co-chair seat the person signed from. */
  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Column({ type: 'text', default: '' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  signedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;
}
