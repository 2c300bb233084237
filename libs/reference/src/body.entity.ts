import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum BodyKind {
  TRUST_BOARD = 'TRUST_BOARD',
  CICC = 'CICC',
  WORKING_GROUP = 'WORKING_GROUP',
  NETWORK = 'NETWORK',
  HOUSE = 'HOUSE',
}

export enum HouseTheme {
  HEALTH = 'HEALTH',
  HOUSING = 'HOUSING',
  EDUCATION_TRAINING_EMPLOYMENT = 'EDUCATION_TRAINING_EMPLOYMENT',
  TRANSPORT = 'TRANSPORT',
  FINANCE = 'FINANCE',
  RELATIONSHIPS = 'RELATIONSHIPS',
}

/** A governance body: the Trust Board, the CiCC, the Working Group, LLANCL, or a House. */
@Entity('body')
@Unique('uq_body_code', ['code'])
@Unique('uq_body_theme', ['theme'])
@Check('ck_body_house_theme', `("kind" = 'HOUSE') = ("theme" IS NOT NULL)`)
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_body' })
  id: string;

  @Column({ type: 'enum', enum: BodyKind, enumName: 'body_kind' })
  kind: BodyKind;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  /** Set for Houses only. */
  @Column({ type: 'enum', enum: HouseTheme, enumName: 'house_theme', nullable: true })
  theme: HouseTheme | null;

  @Column({ type: 'text', default: '' })
  description: string;
}
