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
import { ProposalStatus } from '@app/core';
import { BodyEntity } from '@app/reference';
import { PersonEntity } from '@app/governance';

export { ProposalStatus };

export enum DeliveryModel {
  EACH_LA = 'EACH_LA',
  EACH_ICS_AREA = 'EACH_ICS_AREA',
  SINGLE_PARTNER = 'SINGLE_PARTNER',
  SEVERAL_PARTNERS = 'SEVERAL_PARTNERS',
}

/**
 * For an offer agreed by each ICS area, whose care leavers an area's agreement covers: those of
 * its member LAs wherever they live (as North Central London does for prescriptions), those
 * living in one of its LAs, or both.
 */
export enum AreaRule {
  RESPONSIBLE_AUTHORITY_AREA = 'RESPONSIBLE_AUTHORITY_AREA',
  RESIDENT_AUTHORITY_AREA = 'RESIDENT_AUTHORITY_AREA',
  EITHER_AREA = 'EITHER_AREA',
}

/** The area rule an ICS-area offer gets unless one is chosen. */
export const DEFAULT_AREA_RULE = AreaRule.RESPONSIBLE_AUTHORITY_AREA;

export enum ProposalCategory {
  HEALTH = 'HEALTH',
  HOUSING = 'HOUSING',
  EDUCATION_TRAINING_EMPLOYMENT = 'EDUCATION_TRAINING_EMPLOYMENT',
  TRANSPORT = 'TRANSPORT',
  FINANCE = 'FINANCE',
  RELATIONSHIPS = 'RELATIONSHIPS',
  WELLBEING = 'WELLBEING',
  CORPORATE_PARENTING = 'CORPORATE_PARENTING',
}

/** A proposed offer to care leavers, drafted by a House and taken to agreement. */
@Entity('proposal')
@Index('ix_proposal_house_status', ['houseId', 'status'])
@Index('ix_proposal_status', ['status'])
@Index('ix_proposal_updated_at', ['updatedAt'])
@Check('ck_proposal_area_rule', `"area_rule" IS NULL OR "delivery_model" = 'EACH_ICS_AREA'`)
@Check('ck_proposal_age_range', '"min_age" >= 16 AND "max_age" <= 25 AND "min_age" <= "max_age"')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal' })
  id: string;

  /** The House (a body of kind HOUSE) that owns the proposal. */
  @Column({ type: 'uuid' })
  houseId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'house_id', foreignKeyConstraintName: 'fk_proposal_house' })
  house?: BodyEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', default: '' })
  rationale: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks: string[];

  @Column({ type: 'enum', enum: ProposalCategory, enumName: 'proposal_category' })
  category: ProposalCategory;

  @Column({ type: 'smallint', default: 18 })
  minAge: number;

  @Column({ type: 'smallint', default: 25 })
  maxAge: number;

  @Column({ type: 'enum', enum: DeliveryModel, enumName: 'delivery_model' })
  deliveryModel: DeliveryModel;

  /** ICS-area offers only: whose care leavers an area's agreement covers. */
  @Column({ type: 'enum', enum: AreaRule, enumName: 'area_rule', nullable: true })
  areaRule: AreaRule | null;

  /**
   * Counts changes to the wording or eligibility once the offer is out for agreement; parties
   * that agreed an earlier wording are asked to re-confirm.
   */
  @Column({ type: 'integer', default: 1 })
  wordingVersion: number;

  /** How the offer works for former unaccompanied asylum-seeking children; required before leaving draft. */
  @Column({ type: 'text', nullable: true })
  uascConsiderations: string | null;

  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', default: ProposalStatus.DRAFT })
  status: ProposalStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_proposal_created_by' })
  createdBy?: PersonEntity | null;

  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
