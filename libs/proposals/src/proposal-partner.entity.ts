import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '@app/reference';
import { ProposalEntity } from './proposal.entity';

/** A partner whose agreement a partner-delivered proposal needs. */
@Entity('proposal_partner')
export class ProposalPartnerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_proposal_partner' })
  proposalId: string;

  @Index('ix_proposal_partner_organisation')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_proposal_partner' })
  organisationId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_partner_proposal' })
  proposal?: ProposalEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_proposal_partner_organisation' })
  organisation?: OrganisationEntity;
}
