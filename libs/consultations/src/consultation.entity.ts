import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { BodyEntity } from '@app/reference';
import { PersonEntity } from '@app/governance';
import { ProposalEntity } from '@app/proposals';

/** Who a consultation asks. */
export enum ConsultationAudience {
  /** Young people of the Children in Care Council; they may also vote on the proposal. */
  CICC = 'CICC',
  LOCAL_AUTHORITIES = 'LOCAL_AUTHORITIES',
  HOUSING_DIRECTORS = 'HOUSING_DIRECTORS',
  /** The Association of London Directors of Children's Services. */
  ALDCS = 'ALDCS',
  PARTNERS = 'PARTNERS',
}

/** Audiences that answer once per local authority (an officer answers for their LA). */
export const AUTHORITY_AUDIENCES: readonly ConsultationAudience[] = [
  ConsultationAudience.LOCAL_AUTHORITIES,
  ConsultationAudience.HOUSING_DIRECTORS,
  ConsultationAudience.ALDCS,
];

/** When the vote tally of a CiCC consultation may be seen. */
export enum TallyVisibility {
  ALWAYS = 'ALWAYS',
  /** Only to a member who has voted, and to everyone once closed. */
  AFTER_VOTING = 'AFTER_VOTING',
  AFTER_CLOSE = 'AFTER_CLOSE',
}

/**
 * A House asking an audience about one of its proposals or about a topic (then it has a title).
 * It is open from opens_at until closes_at, or until the co-chairs close it early (closed_at).
 */
@Entity('consultation')
@Index('ix_consultation_proposal', ['proposalId', 'audience'])
@Index('ix_consultation_house', ['houseId', 'opensAt'])
@Check('ck_consultation_dates', '"closes_at" > "opens_at"')
@Check('ck_consultation_subject', '"proposal_id" IS NOT NULL OR "title" IS NOT NULL')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consultation' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_consultation_proposal' })
  proposal?: ProposalEntity | null;

  /** The House (a body of kind HOUSE) running the consultation. */
  @Column({ type: 'uuid' })
  houseId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'house_id', foreignKeyConstraintName: 'fk_consultation_house' })
  house?: BodyEntity;

  /** Required for a consultation on a House topic; optional on a proposal. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: ConsultationAudience, enumName: 'consultation_audience' })
  audience: ConsultationAudience;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  /** Set when the co-chairs close it before closes_at. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'enum', enum: TallyVisibility, enumName: 'tally_visibility' })
  tallyVisibility: TallyVisibility;

  /**
   * The vote tally as it stood at close, kept once a member's vote could move on to a later
   * consultation on the same proposal (votes are one per member per proposal).
   */
  @Column({ type: 'integer', nullable: true })
  finalSupport: number | null;

  @Column({ type: 'integer', nullable: true })
  finalOppose: number | null;

  @Column({ type: 'integer', nullable: true })
  finalAbstain: number | null;

  @Column({ type: 'text', nullable: true })
  outcomeSummary: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_consultation_created_by' })
  createdBy?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
