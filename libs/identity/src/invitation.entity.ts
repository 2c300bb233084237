import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { BodyEntity } from '@app/reference';

/**
 * An invitation to sign in for the first time: a single-use link that expires. The link's token
 * is stored only as its hash. Made by a programme admin, or by a House co-chair for their House.
 */
@Entity('invitation')
@Index('uq_invitation_token_hash', ['tokenHash'], { unique: true })
@Check('ck_invitation_expiry', '"expires_at" > "created_at"')
@Check('ck_invitation_accepted', '"accepted_at" IS NULL OR "accepted_at" >= "created_at"')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invitation' })
  id: string;

  @Index('ix_invitation_person')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_invitation_person' })
  person?: PersonEntity;

  /** The House the invitation was made for, when made by its co-chair (or named by an admin). */
  @Column({ type: 'uuid', nullable: true })
  houseId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'house_id', foreignKeyConstraintName: 'fk_invitation_house' })
  house?: BodyEntity | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitation_invited_by' })
  invitedBy?: PersonEntity | null;

  /** SHA-256 of the link's token, hex. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}
