import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One of London's 33 local authorities (32 boroughs and the City of London). */
@Entity('local_authority')
@Unique('uq_local_authority_gss_code', ['gssCode'])
@Unique('uq_local_authority_short_code', ['shortCode'])
@Unique('uq_local_authority_name', ['name'])
@Unique('uq_local_authority_tile', ['tileRow', 'tileCol'])
export class LocalAuthorityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_authority' })
  id: string;

  /** ONS GSS code, e.g. E09000022. */
  @Column({ type: 'varchar', length: 9 })
  gssCode: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Three-letter code, e.g. "lam". */
  @Column({ type: 'varchar', length: 3 })
  shortCode: string;

  @Column({ type: 'smallint' })
  tileRow: number;

  @Column({ type: 'smallint' })
  tileCol: number;
}
