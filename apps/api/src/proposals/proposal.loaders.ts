import DataLoader from 'dataloader';
import { ProposalsService } from '@app/proposals';
import { byKey, Loaders } from '../graphql/loaders';
import { ProposalModel } from './proposal.model';

/** This request's loader for proposals: every field that points at a proposal uses it, so one request loads each once. */
export function proposalById(loaders: Loaders, proposals: ProposalsService): DataLoader<string, ProposalModel | null> {
  return loaders.for<string, ProposalModel | null>('proposalById', async (ids) => byKey(ids, (await proposals.byIds(ids)).map(ProposalModel.from), (p) => p.id));
}
