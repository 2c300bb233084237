import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProposalEntity } from '@app/proposals';
import { CompactEditionEntity } from './compact-edition.entity';
import { OfferSnapshot } from './edition-snapshot';

/** One offer in a published edition, with its content as it stood then. Never changed. */
@Entity('compact_edition_offer')
@Unique('uq_compact_edition_offer', ['editionId', 'proposalId'])
export class CompactEditionOfferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_compact_edition_offer' })
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => CompactEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_compact_edition_offer_edition' })
  edition?: CompactEditionEntity;

  /** The proposal this offer was; marks the proposal as part of the edition. */
  @Index('ix_compact_edition_offer_proposal')
  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_compact_edition_offer_proposal' })
  proposal?: ProposalEntity;

  /** Order of the offer within the edition (by title). */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'jsonb' })
  content: OfferSnapshot;
}
