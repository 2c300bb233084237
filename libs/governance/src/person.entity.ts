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
import { LocalAuthorityEntity } from '@app/reference';

/** The longest display name (the column's length). */
export const DISPLAY_NAME_MAX = 120;
/** The longest email address (RFC 5321's limit, the column's length). */
export const EMAIL_MAX = 254;

/** A person taking part: a young person, an officer, a director, a partner's lead. */
@Entity('person')
@Index('uq_person_email', { synchronize: false })
@Check('ck_person_birth_month', `"birth_month" IS NULL OR EXTRACT(DAY FROM "birth_month") = 1`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_person' })
  id: string;

  @Column({ type: 'varchar', length: DISPLAY_NAME_MAX })
  displayName: string;

  /** Unique without regard to case (index uq_person_email on lower(email)). */
  @Column({ type: 'varchar', length: EMAIL_MAX })
  email: string;

  @Column({ type: 'boolean', default: false })
  careExperienced: boolean;

  /** First day of the birth month, when known; lets "under 18" be derived without a full date of birth. */
  @Column({ type: 'date', nullable: true })
  birthMonth: string | null;

  @Index('ix_person_home_authority')
  @Column({ type: 'uuid', nullable: true })
  homeAuthorityId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_authority_id', foreignKeyConstraintName: 'fk_person_home_authority' })
  homeAuthority?: LocalAuthorityEntity | null;

  /**
   * When a programme admin erased this person's data at their request (erasePerson): the row stays,
   * pseudonymised, so that what they did in the programme still adds up.
   */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Part of the sample programme loaded for local runs; never set in production. */
  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
