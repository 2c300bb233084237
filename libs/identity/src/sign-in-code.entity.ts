import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';

/**
 * The one live sign-in code of a person, stored only as a keyed hash. Asking again replaces it;
 * using it, letting it expire or getting it wrong five times removes it.
 */
@Entity('sign_in_code')
@Check('ck_sign_in_code_wrong_attempts', '"wrong_attempts" BETWEEN 0 AND 5')
export class SignInCodeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_sign_in_code' })
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_sign_in_code_person' })
  person?: PersonEntity;

  /** HMAC-SHA256 of the code, bound to the person, hex. */
  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'smallint', default: 0 })
  wrongAttempts: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
