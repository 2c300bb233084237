import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AreaEntity } from './area.entity';
import { LocalAuthorityEntity } from './local-authority.entity';

/**
 * An LA's membership of an area for a period. Membership changes (an ICS merger, a sub-region
 * redrawn) are new rows with dates, so history stays answerable.
 */
@Entity('area_membership')
@Unique('uq_area_membership_start', ['areaId', 'localAuthorityId', 'validFrom'])
@Check('ck_area_membership_dates', '"valid_to" IS NULL OR "valid_to" > "valid_from"')
export class AreaMembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_area_membership' })
  id: string;

  @Column({ type: 'uuid' })
  areaId: string;

  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_area_membership_area' })
  area?: AreaEntity;

  @Index('ix_area_membership_local_authority')
  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'local_authority_id', foreignKeyConstraintName: 'fk_area_membership_local_authority' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ type: 'date' })
  validFrom: string;

  /** Exclusive end; null while current. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;
}
