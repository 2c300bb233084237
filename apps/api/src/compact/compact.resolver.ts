import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { Role } from '@app/access';
import { AgreementsService } from '@app/agreements';
import { CompactService } from '@app/compact';
import { Actor } from '@app/core';
import { AreaRule, ProposalsService } from '@app/proposals';
import { Public, RequireRole } from '../access/access.decorators';
import { AgreementModel } from '../agreements/agreements.model';
import { ConnectionShape, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { byKey, groupByKey, Loaders } from '../graphql/loaders';
import { ProposalModel } from '../proposals/proposal.model';
import { CompactEditionDiffArgs, ConfirmAgreementWordingInput, PublishCompactEditionInput, ReviseOfferInput } from './compact.input';
import {
  CompactEditionConnection,
  CompactEditionDiffModel,
  CompactEditionPreviewModel,
  CompactEditionModel,
  CompactOfferChangeModel,
  CompactOfferModel,
  ConfirmAgreementWordingPayload,
  PublishCompactEditionPayload,
  ReviseOfferPayload,
} from './compact.model';
import { PUBLIC_THROTTLER, PublicThrottlerGuard } from './public-throttler.guard';

const PUBLIC_COMPACT = 'The published Compact is for everyone: care leavers, their advisers and the public.';
/** Reading editions: generous, as pages are built from several queries. */
const EDITION_LIMIT = { [PUBLIC_THROTTLER]: { limit: 120, ttl: 60_000 } };

@Resolver(() => CompactEditionModel)
export class CompactEditionResolver {
  constructor(private readonly compact: CompactService) {}

  @Public(PUBLIC_COMPACT)
  @UseGuards(PublicThrottlerGuard)
  @Throttle(EDITION_LIMIT)
  @Query(() => CompactEditionModel, { nullable: true, description: 'The latest edition of the Compact, open to everyone; null before the first is published.' })
  async currentCompactEdition(): Promise<CompactEditionModel | null> {
    const edition = await this.compact.current();
    return edition && CompactEditionModel.from(edition);
  }

  @Public(PUBLIC_COMPACT)
  @UseGuards(PublicThrottlerGuard)
  @Throttle(EDITION_LIMIT)
  @Query(() => CompactEditionModel, { nullable: true, description: 'One edition of the Compact, by number, open to everyone; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async compactEdition(@Args('number', { type: () => Int, description: "The edition's number." }) number: number): Promise<CompactEditionModel | null> {
    return CompactEditionModel.from(await this.compact.getByNumber(number));
  }

  @Public(PUBLIC_COMPACT)
  @UseGuards(PublicThrottlerGuard)
  @Throttle(EDITION_LIMIT)
  @Query(() => CompactEditionConnection, { description: 'Every edition of the Compact, newest first; open to everyone.' })
  async compactEditions(@Args() page: PageArgs): Promise<ConnectionShape<CompactEditionModel>> {
    return toConnection(await this.compact.list(page), CompactEditionModel.from);
  }

  @Public(PUBLIC_COMPACT)
  @UseGuards(PublicThrottlerGuard)
  @Throttle(EDITION_LIMIT)
  @Query(() => CompactEditionDiffModel, { description: 'What edition `to` added, removed and changed versus the older edition `from`; open to everyone.' })
  async compactEditionDiff(@Args() args: CompactEditionDiffArgs): Promise<CompactEditionDiffModel> {
    const { from, to, diff } = await this.compact.compare(args.from, args.to);
    return Object.assign(new CompactEditionDiffModel(), {
      from: CompactEditionModel.from(from),
      to: CompactEditionModel.from(to),
      added: diff.added.map(CompactOfferModel.from),
      removed: diff.removed.map(CompactOfferModel.from),
      changed: diff.changed.map(CompactOfferChangeModel.from),
      unchangedCount: diff.unchangedCount,
    });
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Query(() => CompactEditionPreviewModel, {
    description: 'What publishing the next edition now would add, remove and change versus the latest edition; nothing is published (programme admins).',
  })
  async compactEditionPreview(@CurrentActor() actor: Actor): Promise<CompactEditionPreviewModel> {
    const { latest, nextNumber, offerCount, diff } = await this.compact.preview(actor);
    return Object.assign(new CompactEditionPreviewModel(), {
      latest: latest ? CompactEditionModel.from(latest) : null,
      nextNumber,
      offerCount,
      added: diff.added.map(CompactOfferModel.from),
      removed: diff.removed.map(CompactOfferModel.from),
      changed: diff.changed.map(CompactOfferChangeModel.from),
      unchangedCount: diff.unchangedCount,
    });
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => PublishCompactEditionPayload, { description: 'Publishes the next edition: every ADOPTED offer as it stands now (programme admins).' })
  async publishCompactEdition(@CurrentActor() actor: Actor, @Args('input', { description: "The next edition's number, title, date and introduction." }) input: PublishCompactEditionInput): Promise<PublishCompactEditionPayload> {
    const result = await this.compact.publish(actor, input);
    return { edition: CompactEditionModel.from(result.edition), offerCount: result.offerCount, areaRulesDefaulted: result.areaRulesDefaulted };
  }

  @ResolveField(() => [CompactOfferModel], { description: "The edition's offers, by title." })
  async offers(@Parent() edition: CompactEditionModel, @RequestLoaders() loaders: Loaders): Promise<CompactOfferModel[]> {
    const rows = await loaders
      .for('compactOffersByEditionId', async (ids: readonly string[]) => groupByKey(ids, await this.compact.offersOf(ids), (o) => o.editionId))
      .load(edition.id);
    return rows.map((o) => CompactOfferModel.from(o.content));
  }

  @ResolveField(() => Int, { description: 'How many offers the edition holds.' })
  async offerCount(@Parent() edition: CompactEditionModel, @RequestLoaders() loaders: Loaders): Promise<number> {
    return loaders
      .for<string, number>('compactOfferCountByEditionId', async (ids) => {
        const counts = await this.compact.offerCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(edition.id);
  }
}

/** Revising an offer's wording once it is out for agreement, and parties re-confirming it. */
@Resolver()
export class OfferWordingResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly agreements: AgreementsService,
  ) {}

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => ReviseOfferPayload, {
    description: "Changes an endorsed or adopted offer's wording or eligibility (programme admins, recording the Trust Board's decision); parties that agreed it must re-confirm.",
  })
  async reviseOffer(@CurrentActor() actor: Actor, @Args('input', { description: 'The offer, the version you last read, the reason and the new terms.' }) input: ReviseOfferInput): Promise<ReviseOfferPayload> {
    return { proposal: ProposalModel.from(await this.proposals.reviseOffer(actor, input)) };
  }

  @RequireRole(Role.LA_OFFICER, Role.PARTNER_OFFICER)
  @Mutation(() => ConfirmAgreementWordingPayload, { description: "Confirms a party agrees the offer's current wording (for those who act for that party)." })
  async confirmAgreementWording(@CurrentActor() actor: Actor, @Args('input', { description: 'The agreement and the version you last read.' }) input: ConfirmAgreementWordingInput): Promise<ConfirmAgreementWordingPayload> {
    return { agreement: AgreementModel.from(await this.agreements.confirmWording(actor, input)) };
  }
}

@Resolver(() => ProposalModel)
export class ProposalEditionsResolver {
  constructor(private readonly compact: CompactService) {}

  @ResolveField(() => [Int], { description: 'The numbers of the Compact editions this offer is part of.' })
  async compactEditions(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<number[]> {
    const row = await loaders
      .for('compactEditionNumbersByProposalId', async (ids: readonly string[]) => byKey(ids, await this.compact.editionNumbersOf(ids), (r) => r.proposalId))
      .load(proposal.id);
    return row?.numbers ?? [];
  }

  @ResolveField(() => AreaRule, { nullable: true, description: "ICS-area offers: whose care leavers an area's agreement covers." })
  async areaRule(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<AreaRule | null> {
    return (await this.wording(loaders, proposal.id))?.areaRule ?? null;
  }

  @ResolveField(() => Int, { description: 'Goes up each time the wording or eligibility is revised after endorsement; parties re-confirm each new one.' })
  async wordingVersion(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<number> {
    return (await this.wording(loaders, proposal.id))?.wordingVersion ?? 1;
  }

  private wording(loaders: Loaders, proposalId: string) {
    return loaders
      .for('proposalWordingById', async (ids: readonly string[]) => byKey(ids, await this.compact.wordingOf(ids), (r) => r.proposalId))
      .load(proposalId);
  }
}

@Resolver(() => AgreementModel)
export class AgreementReconfirmationResolver {
  constructor(private readonly agreements: AgreementsService) {}

  @ResolveField(() => Boolean, { description: 'The party agreed an earlier wording of the offer and has not yet confirmed the current one.' })
  async reconfirmationNeeded(@Parent() agreement: AgreementModel, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    const row = await loaders
      .for('agreementReconfirmationById', async (ids: readonly string[]) => byKey(ids, await this.agreements.byIds(ids), (a) => a.id))
      .load(agreement.id);
    return row?.reconfirmationNeeded ?? false;
  }
}
