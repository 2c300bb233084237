import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@app/core';
import { Role } from '@app/access';
import { ReferenceService } from '@app/reference';
import { ReportingService } from '@app/reporting';
import { RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { BodyModel } from '../reference/reference.model';
import { bodyLoader } from '../reference/reference.loaders';
import { BoardOverviewModel, HouseOverviewModel } from './reporting.model';
import { RequireRole } from '../access/access.decorators';

@Resolver(() => HouseOverviewModel)
export class ReportingResolver {
  constructor(
    private readonly reporting: ReportingService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  @RequireRole(Role.ALDCS_VIEWER, Role.TRUST_BOARD_MEMBER, Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR, Role.HOUSE_MEMBER, Role.LA_OFFICER, Role.PARTNER_OFFICER)
  @Query(() => BoardOverviewModel, { description: "The Trust Board's summary per House: proposals by status, consultations open and closing, agreement progress, latest changes. For the directors' views (as agreementMatrix)." })
  async boardOverview(
    @Args('closingWithinDays', { type: () => Int, nullable: true, description: 'Window for "closing soon" (1–90 days, default 7).' }) closingWithinDays?: number,
    @Args('latestChanges', { type: () => Int, nullable: true, description: 'Changes to list per House (0–50, default 5).' }) latestChanges?: number,
  ): Promise<BoardOverviewModel> {
    const now = this.clock.now();
    const window = closingWithinDays ?? 7;
    const rows = await this.reporting.boardOverview({ now, closingWithinDays: window, latestChangesPerHouse: latestChanges ?? 5 });
    return { generatedAt: now, closingWithinDays: window, houses: rows.map(HouseOverviewModel.from) };
  }

  @ResolveField(() => BodyModel, { description: 'The House summarised.' })
  async house(@Parent() overview: HouseOverviewModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel> {
    return (await bodyLoader(loaders, this.reference).load(overview.houseId)) as BodyModel;
  }
}
