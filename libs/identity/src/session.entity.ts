import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';

/** How a session was obtained. An identity provider (OIDC) would add its own value. */
export enum SignInMethod {
  EMAIL_CODE = 'EMAIL_CODE',
  INVITATION = 'INVITATION',
}

export enum SessionEndReason {
  SIGNED_OUT = 'SIGNED_OUT',
  SIGNED_OUT_EVERYWHERE = 'SIGNED_OUT_EVERYWHERE',
  /** A refresh token was used twice, so someone else may hold it. */
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  /** The person left the Children in Care Council. */
  LEFT_CICC = 'LEFT_CICC',
}

/**
 * One signed-in device or browser: the family of refresh tokens that replace each other. Access
 * tokens name their session, so ending it stops them at once.
 */
@Entity('sign_in_session')
@Index('ix_sign_in_session_person_open', ['personId'], { where: '"revoked_at" IS NULL' })
@Check('ck_sign_in_session_end', '("revoked_at" IS NULL) = ("end_reason" IS NULL)')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sign_in_session' })
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_sign_in_session_person' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: SignInMethod, enumName: 'sign_in_method' })
  method: SignInMethod;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastRefreshedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'enum', enum: SessionEndReason, enumName: 'session_end_reason', nullable: true })
  endReason: SessionEndReason | null;
}
