import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AreaEntity } from './area.entity';

export enum OrganisationKind {
  MAYORAL = 'MAYORAL',
  NHS_ICB = 'NHS_ICB',
  LOCAL_GOVERNMENT_ASSOCIATION = 'LOCAL_GOVERNMENT_ASSOCIATION',
  CHARITY = 'CHARITY',
  BUSINESS = 'BUSINESS',
  IMPROVEMENT_ALLIANCE = 'IMPROVEMENT_ALLIANCE',
  NATIONAL_PROGRAMME = 'NATIONAL_PROGRAMME',
}

/** A partner organisation: GLA/TfL, an ICB, London Councils, a charity, a business… */
@Entity('organisation')
@Unique('uq_organisation_code', ['code'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisation' })
  id: string;

  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  /** For an ICB, the ICS area it serves. */
  @Index('ix_organisation_area')
  @Column({ type: 'uuid', nullable: true })
  areaId: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_organisation_area' })
  area?: AreaEntity | null;
}
