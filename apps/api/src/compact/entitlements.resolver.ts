import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { EntitlementsService } from '@app/compact';
import { Public } from '../access/access.decorators';
import { EntitlementsArgs } from './compact.input';
import { EntitlementsModel } from './compact.model';
import { PUBLIC_THROTTLER, PublicThrottlerGuard } from './public-throttler.guard';

/** Look-ups per address per minute. */
export const ENTITLEMENTS_LIMIT = 60;

@Resolver(() => EntitlementsModel)
export class EntitlementsResolver {
  constructor(private readonly service: EntitlementsService) {}

  @Public('Care leavers and their advisers look up what they can get without signing in; nothing about them is stored.')
  @UseGuards(PublicThrottlerGuard)
  @Throttle({ [PUBLIC_THROTTLER]: { limit: ENTITLEMENTS_LIMIT, ttl: 60_000 } })
  @Query(() => EntitlementsModel, {
    description:
      'For every offer in the edition in force on the date asked (today by default): whether it applies to this young person, who provides it, how to get it, and why.',
  })
  async entitlements(@Args() args: EntitlementsArgs): Promise<EntitlementsModel> {
    return EntitlementsModel.from(await this.service.lookup(args));
  }
}
