import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AreaEntity, BodyEntity, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';
import { Role } from './role';

/**
 * A role given to a person by a programme admin, on top of the roles their memberships give.
 * Scoped roles name the one House (body), authority, organisation or area they apply to.
 * A revoked grant is kept as history; at most one current grant per person, role and scope.
 *
 * The person columns refer to `person` by entity name so this library stays below governance.
 */
@Entity('role_grant')
@Index('ix_role_grant_person_current', ['personId'], { where: '"revoked_at" IS NULL' })
// One current grant per person, role and scope (NULLS NOT DISTINCT is written in the migration).
@Index('uq_role_grant_current', { synchronize: false })
@Check('ck_role_grant_scope_one', 'num_nonnulls("scope_body_id", "scope_authority_id", "scope_organisation_id", "scope_area_id") <= 1')
@Check('ck_role_grant_dates', '"revoked_at" IS NULL OR "revoked_at" >= "granted_at"')
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_role_grant' })
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_role_grant_person' })
  person?: unknown;

  @Column({ type: 'enum', enum: Role, enumName: 'access_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  scopeBodyId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_body_id', foreignKeyConstraintName: 'fk_role_grant_body' })
  scopeBody?: BodyEntity | null;

  @Column({ type: 'uuid', nullable: true })
  scopeAuthorityId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_authority_id', foreignKeyConstraintName: 'fk_role_grant_authority' })
  scopeAuthority?: LocalAuthorityEntity | null;

  @Column({ type: 'uuid', nullable: true })
  scopeOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_organisation_id', foreignKeyConstraintName: 'fk_role_grant_organisation' })
  scopeOrganisation?: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  scopeAreaId: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_area_id', foreignKeyConstraintName: 'fk_role_grant_area' })
  scopeArea?: AreaEntity | null;

  /** Why the role was given. */
  @Column({ type: 'text', default: '' })
  reason: string;

  /** Who gave it; null when given by the system (start-up, sample programme). */
  @Column({ type: 'uuid', nullable: true })
  grantedById: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'fk_role_grant_granted_by' })
  grantedBy?: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'fk_role_grant_revoked_by' })
  revokedBy?: unknown;

  @Column({ type: 'text', nullable: true })
  revokeReason: string | null;
}
