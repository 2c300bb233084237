import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AreaEntity, BodyEntity, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';
import { PersonEntity } from './person.entity';

export enum MembershipRole {
  CHAIR = 'CHAIR',
  CO_CHAIR_YOUNG_PERSON = 'CO_CHAIR_YOUNG_PERSON',
  CO_CHAIR_SECTOR_LEAD = 'CO_CHAIR_SECTOR_LEAD',
  MEMBER = 'MEMBER',
  ADVISER = 'ADVISER',
  OBSERVER = 'OBSERVER',
}

/** The longest reason given as a membership or co-chair term starts or ends (leaving the CiCC included). */
export const GOVERNANCE_REASON_MAX = 2000;

export const CO_CHAIR_ROLES = [MembershipRole.CO_CHAIR_YOUNG_PERSON, MembershipRole.CO_CHAIR_SECTOR_LEAD] as const;

/**
 * A person's place on a body for a period, with whom they represent. A current membership has
 * no end. Postgres guarantees at most one current co-chair of each kind per body, and that a
 * person holds a role on a body at most once at a time for the same represented party. Ended memberships are kept as history.
 */
@Entity('membership')
@Index('ix_membership_body_current', ['bodyId', 'role'], { where: '"ended_at" IS NULL' })
// A person holds a role on a body once at a time for each party they represent (an officer of
// two LAs' shared service may sit for both). NULLS NOT DISTINCT is written in the migration.
@Index('uq_membership_current', { synchronize: false })
@Index('uq_membership_current_co_chair', ['bodyId', 'role'], {
  unique: true,
  where: `"ended_at" IS NULL AND "role" IN ('CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD')`,
})
@Check('ck_membership_dates', '"ended_at" IS NULL OR "ended_at" >= "started_at"')
@Check(
  'ck_membership_represents_one',
  'num_nonnulls("represents_authority_id", "represents_area_id", "represents_organisation_id") <= 1',
)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_membership' })
  id: string;

  @Index('ix_membership_person')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_membership_person' })
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'fk_membership_body' })
  body?: BodyEntity;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Column({ type: 'uuid', nullable: true })
  representsAuthorityId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'represents_authority_id', foreignKeyConstraintName: 'fk_membership_authority' })
  representsAuthority?: LocalAuthorityEntity | null;

  @Column({ type: 'uuid', nullable: true })
  representsAreaId: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'represents_area_id', foreignKeyConstraintName: 'fk_membership_area' })
  representsArea?: AreaEntity | null;

  @Column({ type: 'uuid', nullable: true })
  representsOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'represents_organisation_id', foreignKeyConstraintName: 'fk_membership_organisation' })
  representsOrganisation?: OrganisationEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Why the membership began (for co-chairs, the reason given for the appointment). */
  @Column({ type: 'text', nullable: true })
  startReason: string | null;

  /** Who recorded the start; null when loaded by the system. */
  @Column({ type: 'uuid', nullable: true })
  startedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by_id', foreignKeyConstraintName: 'fk_membership_started_by' })
  startedBy?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  /** Who recorded the end. */
  @Column({ type: 'uuid', nullable: true })
  endedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by_id', foreignKeyConstraintName: 'fk_membership_ended_by' })
  endedBy?: PersonEntity | null;

  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
