import { DataSource, In } from 'typeorm';
import { DeliveryModel, ProposalCategory, ProposalEntity, ProposalPartnerEntity, ProposalStatus } from '@app/proposals';
import { OrganisationEntity } from '@app/reference';
import { bodyByCode } from './reference.factory';

/** Inserts a proposal directly in any status (for arranging tests; the API path is tested separately). */
export async function createProposal(
  ds: DataSource,
  houseCode = 'HOUSE_HOUSING',
  overrides: Partial<ProposalEntity> = {},
): Promise<ProposalEntity> {
  const house = await bodyByCode(ds, houseCode);
  const repo = ds.getRepository(ProposalEntity);
  return repo.save(
    repo.create({
      houseId: house.id,
      title: 'Council tax exemption to 25',
      summary: 'Care leavers pay no council tax until they turn 25.',
      rationale: '',
      evidenceLinks: [],
      category: ProposalCategory.HOUSING,
      minAge: 18,
      maxAge: 25,
      deliveryModel: DeliveryModel.EACH_LA,
      uascConsiderations: 'Applies whatever the young person’s immigration status.',
      status: ProposalStatus.DRAFT,
      ...overrides,
    }),
  );
}

/** Sets a proposal's partners directly (organisations by code). */
export async function setProposalPartners(ds: DataSource, proposalId: string, organisationCodes: string[]): Promise<OrganisationEntity[]> {
  const organisations = await ds.getRepository(OrganisationEntity).findBy({ code: In(organisationCodes) });
  await ds.getRepository(ProposalPartnerEntity).delete({ proposalId });
  if (organisations.length) {
    await ds.getRepository(ProposalPartnerEntity).insert(organisations.map((o) => ({ proposalId, organisationId: o.id })));
  }
  return organisations;
}
