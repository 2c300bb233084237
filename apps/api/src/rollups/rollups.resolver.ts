import { Args, Query, Resolver } from '@nestjs/graphql';
import { PROGRESS_READER_ROLES } from '@app/access';
import { RollupsService } from '@app/rollups';
import { RequireRole } from '../access/access.decorators';
import { ConnectionShape, toConnection } from '../graphql/connection';
import { ProposalProgressHistoryArgs } from './rollups.args';
import { ProposalProgressSnapshotConnection, ProposalProgressSnapshotModel } from './rollups.model';

@Resolver()
export class RollupsResolver {
  constructor(private readonly rollups: RollupsService) {}

  @RequireRole(...PROGRESS_READER_ROLES)
  @Query(() => ProposalProgressSnapshotConnection, { description: "A proposal's agreement progress day by day (nightly snapshots), oldest first." })
  async proposalProgressHistory(@Args() args: ProposalProgressHistoryArgs): Promise<ConnectionShape<ProposalProgressSnapshotModel>> {
    const page = await this.rollups.history({ proposalId: args.proposalId, from: args.from, to: args.to }, args);
    return toConnection(page, ProposalProgressSnapshotModel.from);
  }
}
