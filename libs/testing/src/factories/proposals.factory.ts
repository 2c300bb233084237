import { DataSource } from 'typeorm';
import { DeliveryModel, ProposalCategory, ProposalEntity, ProposalStatus } from '@app/proposals';
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
