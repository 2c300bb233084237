import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum AreaKind {
  ICS_AREA = 'ICS_AREA',
  SUB_REGION = 'SUB_REGION',
}

/** A grouping of local authorities: an NHS ICS area or a sub-regional partnership. */
@Entity('area')
@Unique('uq_area_code', ['code'])
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_area' })
  id: string;

  @Column({ type: 'enum', enum: AreaKind, enumName: 'area_kind' })
  kind: AreaKind;

  /** Stable short code, e.g. NCL or CLF. */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;
}
