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
import { AgreementState } from '@app/core';
import { PersonEntity } from '@app/governance';
import { ProposalEntity } from '@app/proposals';
import { AreaEntity, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';

/** Who is asked to agree an offer. */
export enum PartyKind {
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  ICS_AREA = 'ICS_AREA',
  ORGANISATION = 'ORGANISATION',
}

export { AgreementState };

/**
 * For an LA offer, which care leavers the LA extends it to: its own care leavers wherever they
 * live, any care leaver living in the LA, both, or only its own care leavers while they live in
 * it. Reciprocity between LAs is the hard part. Stored values: add new ones, never rename.
 */
export enum Reciprocity {
  OWN_CARE_LEAVERS_ANYWHERE = 'OWN_CARE_LEAVERS_ANYWHERE',
  ANY_CARE_LEAVER_RESIDENT = 'ANY_CARE_LEAVER_RESIDENT',
  BOTH = 'BOTH',
  /** Its own care leavers, and only while they live in the LA (e.g. Kingston's council tax rule). */
  OWN_CARE_LEAVERS_RESIDENT = 'OWN_CARE_LEAVERS_RESIDENT',
}

/** Statuses that count as "agreed" in progress shares. */
export const AGREED_STATES: readonly AgreementState[] = [AgreementState.FORMALLY_AGREED, AgreementState.IMPLEMENTED];

export const AGREEMENT_NOTE_MAX = 2000;
export const EVIDENCE_URL_MAX = 2048;

/**
 * One party's agreement to one endorsed proposal: opened as NOT_STARTED when the Trust Board
 * endorses, then moved by whoever represents the party. Exactly one party column is set,
 * matching `party_kind`, and each party appears at most once per proposal.
 */
@Entity('agreement_status')
@Check(
  'ck_agreement_status_party',
  `("party_kind" = 'LOCAL_AUTHORITY' AND "local_authority_id" IS NOT NULL AND "area_id" IS NULL AND "organisation_id" IS NULL)
   OR ("party_kind" = 'ICS_AREA' AND "area_id" IS NOT NULL AND "local_authority_id" IS NULL AND "organisation_id" IS NULL)
   OR ("party_kind" = 'ORGANISATION' AND "organisation_id" IS NOT NULL AND "local_authority_id" IS NULL AND "area_id" IS NULL)`,
)
@Check('ck_agreement_status_reciprocity', `"reciprocity" IS NULL OR "party_kind" = 'LOCAL_AUTHORITY'`)
@Check('ck_agreement_status_implemented_date', `"status" <> 'IMPLEMENTED' OR "effective_date" IS NOT NULL`)
@Index('uq_agreement_status_authority', ['proposalId', 'localAuthorityId'], { unique: true, where: '"local_authority_id" IS NOT NULL' })
@Index('uq_agreement_status_area', ['proposalId', 'areaId'], { unique: true, where: '"area_id" IS NOT NULL' })
@Index('uq_agreement_status_organisation', ['proposalId', 'organisationId'], { unique: true, where: '"organisation_id" IS NOT NULL' })
@Index('ix_agreement_status_proposal_status', ['proposalId', 'status'])
@Index('ix_agreement_status_authority', ['localAuthorityId', 'proposalId'], { where: '"local_authority_id" IS NOT NULL' })
export class AgreementStatusEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agreement_status' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_agreement_status_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'enum', enum: PartyKind, enumName: 'agreement_party_kind' })
  partyKind: PartyKind;

  @Column({ type: 'uuid', nullable: true })
  localAuthorityId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id', foreignKeyConstraintName: 'fk_agreement_status_authority' })
  localAuthority?: LocalAuthorityEntity | null;

  @Index('ix_agreement_status_area', { where: '"area_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  areaId: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_agreement_status_area' })
  area?: AreaEntity | null;

  @Index('ix_agreement_status_organisation', { where: '"organisation_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_agreement_status_organisation' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'enum', enum: AgreementState, enumName: 'agreement_state', default: AgreementState.NOT_STARTED })
  status: AgreementState;

  /** LA parties only. */
  @Column({ type: 'enum', enum: Reciprocity, enumName: 'agreement_reciprocity', nullable: true })
  reciprocity: Reciprocity | null;

  /** When the offer takes (or took) effect for this party. */
  @Column({ type: 'date', nullable: true })
  effectiveDate: string | null;

  @Column({ type: 'varchar', length: AGREEMENT_NOTE_MAX, nullable: true })
  note: string | null;

  /**
   * The party agreed an earlier wording or eligibility of the offer, which has since been
   * revised; set until the party confirms the new wording (or moves away from agreement).
   */
  @Column({ type: 'boolean', default: false })
  reconfirmationNeeded: boolean;

  @Column({ type: 'varchar', length: EVIDENCE_URL_MAX, nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'fk_agreement_status_updated_by' })
  updatedBy?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
