import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, PROGRESS_READER_ROLES } from '@app/access';
import { AgreementsService, AgreementViewsService, PartyKind, partyKindOf } from '@app/agreements';
import { Actor, requirePerson } from '@app/core';
import { GovernanceService } from '@app/governance';
import { ProposalsService } from '@app/proposals';
import { ReferenceService } from '@app/reference';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { proposalById } from '../proposals/proposal.loaders';
import { ProposalModel } from '../proposals/proposal.model';
import { ConnectionShape, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { areaLoader, authorityLoader, organisationLoader } from '../reference/reference.loaders';
import {
  AgreementMatrixFilterInput,
  AgreementsFilterInput,
  SetAgreementStatusInput,
  UpdateAuthorityAgreementsInput,
  UpdatePartyAgreementsInput,
} from './agreements.input';
import {
  AgreementConnection,
  AgreementHistoryConnection,
  AgreementHistoryEntryModel,
  AgreementMatrixModel,
  AgreementModel,
  AgreementPartyModel,
  ProposalProgressModel,
  SetAgreementStatusPayload,
  UpdateAuthorityAgreementsPayload,
  UpdatePartyAgreementsPayload,
} from './agreements.model';
import { RequireRole, SignedIn } from '../access/access.decorators';

@Resolver(() => AgreementModel)
export class AgreementsResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly views: AgreementViewsService,
    private readonly reference: ReferenceService,
    private readonly governance: GovernanceService,
    private readonly proposals: ProposalsService,
    private readonly access: AccessService,
  ) {}

  @SignedIn()
  @Query(() => AgreementModel, { nullable: true, description: 'One agreement by id, for anyone signed in; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async agreement(@Args('id', { type: () => ID, description: 'The agreement id.' }) id: string): Promise<AgreementModel | null> {
    return AgreementModel.from(await this.service.get(id, 'id'));
  }

  @SignedIn()
  @Query(() => AgreementConnection, { description: 'Agreements, by proposal title then party, for anyone signed in.' })
  async agreements(
    @Args() page: PageArgs,
    @Args('filter', { type: () => AgreementsFilterInput, nullable: true, description: 'Which agreements to list.' }) filter?: AgreementsFilterInput,
  ): Promise<ConnectionShape<AgreementModel>> {
    return toConnection(await this.service.list(filter ?? {}, page), AgreementModel.from);
  }

  @SignedIn()
  @Query(() => AgreementHistoryConnection, { description: 'Every change to an agreement, oldest first, for anyone signed in.' })
  async agreementHistory(@Args('agreementId', { type: () => ID, description: 'The agreement whose history to list.' }) agreementId: string, @Args() page: PageArgs): Promise<ConnectionShape<AgreementHistoryEntryModel>> {
    return toConnection(await this.service.history(agreementId, page), AgreementHistoryEntryModel.from);
  }

  @RequireRole(...PROGRESS_READER_ROLES)
  @Query(() => AgreementMatrixModel, { description: "Proposals × parties, one cell per agreement; LA parties carry their London tile-grid cell. For the directors' views: Trust Board, programme admins, ALDCS viewers, House members and co-chairs, LA and partner officers." })
  async agreementMatrix(
    @Args('filter', { type: () => AgreementMatrixFilterInput, nullable: true, description: 'Which offers and parties to show.' }) filter?: AgreementMatrixFilterInput,
  ): Promise<AgreementMatrixModel> {
    return AgreementMatrixModel.from(await this.views.matrix(filter ?? {}));
  }

  @RequireRole(...PROGRESS_READER_ROLES)
  @Query(() => ProposalProgressModel, {
    nullable: true,
    description: "A proposal's agreement progress, overall and by area, for the directors' views; null, with a NOT_FOUND error in errors, when there is no such proposal (the rest of the response is kept).",
  })
  async proposalProgress(@Args('proposalId', { type: () => ID, description: 'The proposal id.' }) proposalId: string): Promise<ProposalProgressModel | null> {
    return ProposalProgressModel.from(await this.views.progress(proposalId));
  }

  @SignedIn()
  @Mutation(() => SetAgreementStatusPayload, { description: "Sets one party's agreement to an endorsed or adopted offer; for those who act for that party (LA or partner officers)." })
  async setAgreementStatus(@CurrentActor() actor: Actor, @Args('input', { description: 'The agreement, its new status and terms, and the version you last read.' }) input: SetAgreementStatusInput): Promise<SetAgreementStatusPayload> {
    return { agreement: AgreementModel.from(await this.service.setAgreementStatus(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => UpdateAuthorityAgreementsPayload, { description: "Sets many of one LA's agreements at once, all or nothing; for that LA's officers." })
  async updateAuthorityAgreements(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The LA and the changes to its agreements.' }) input: UpdateAuthorityAgreementsInput,
  ): Promise<UpdateAuthorityAgreementsPayload> {
    return { agreements: (await this.service.updateAuthorityAgreements(actor, input)).map(AgreementModel.from) };
  }

  @SignedIn()
  @Query(() => [AgreementPartyModel], {
    description:
      "The councils, ICS areas and partner organisations whose agreements you record now (an LA officer's council; a partner officer's area or organisation; by membership or grant), by name: those Our authority opens for you. Empty for everyone else.",
  })
  async myParties(@CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<AgreementPartyModel[]> {
    requirePerson(actor);
    const parties = await this.access.partiesOfActor(actor);
    const models = await Promise.all(parties.map((p) => partyModel(loaders, this.reference, partyKindOf(p), p.id)));
    return models.filter((m): m is AgreementPartyModel => m !== null).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  @SignedIn()
  @Query(() => AgreementPartyModel, {
    nullable: true,
    description: 'One party that agrees offers (a local authority, an ICS area or a partner organisation) by id, for anyone signed in; null, with a NOT_FOUND error in errors, when there is none.',
  })
  async agreementParty(
    @Args('id', { type: () => ID, description: 'The party id, as Agreement.partyId gives it.' }) id: string,
    @RequestLoaders() loaders: Loaders,
  ): Promise<AgreementPartyModel | null> {
    const party = await this.service.party(id);
    return partyModel(loaders, this.reference, party.kind, party.id);
  }

  @SignedIn()
  @Mutation(() => UpdatePartyAgreementsPayload, {
    description: "Sets many of one party's agreements at once, all or nothing: a local authority's, an ICS area's or a partner organisation's, for those who act for it.",
  })
  async updatePartyAgreements(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The party and the changes to its agreements.' }) input: UpdatePartyAgreementsInput,
  ): Promise<UpdatePartyAgreementsPayload> {
    return { agreements: (await this.service.updatePartyAgreements(actor, input)).map(AgreementModel.from) };
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who last changed the status; null before anyone has.' })
  async updatedBy(@Parent() agreement: AgreementModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return agreement.updatedById ? personById(loaders, this.governance).load(agreement.updatedById) : null;
  }

  @ResolveField(() => ProposalModel, { description: 'The proposal whose offer this agreement is about.' })
  async proposal(@Parent() agreement: AgreementModel, @RequestLoaders() loaders: Loaders): Promise<ProposalModel | null> {
    return proposalById(loaders, this.proposals).load(agreement.proposalId);
  }

  @ResolveField(() => AgreementPartyModel, { description: 'The LA, ICS area or partner asked to agree.' })
  party(@Parent() agreement: AgreementModel, @RequestLoaders() loaders: Loaders): Promise<AgreementPartyModel | null> {
    return partyModel(loaders, this.reference, agreement.partyKind, agreement.partyId);
  }
}

/** A party as the schema shows it, read through the request's loaders. */
async function partyModel(loaders: Loaders, reference: ReferenceService, kind: PartyKind, id: string): Promise<AgreementPartyModel | null> {
  const base = { id, kind, tileRow: null, tileCol: null };
  switch (kind) {
    case PartyKind.LOCAL_AUTHORITY: {
      const la = await authorityLoader(loaders, reference).load(id);
      return la && AgreementPartyModel.from({ ...base, name: la.name, shortCode: la.shortCode, tileRow: la.tileRow, tileCol: la.tileCol });
    }
    case PartyKind.ICS_AREA: {
      const area = await areaLoader(loaders, reference).load(id);
      return area && AgreementPartyModel.from({ ...base, name: area.name, shortCode: area.code });
    }
    case PartyKind.ORGANISATION: {
      const org = await organisationLoader(loaders, reference).load(id);
      return org && AgreementPartyModel.from({ ...base, name: org.name, shortCode: org.code });
    }
  }
}

@Resolver(() => AgreementHistoryEntryModel)
export class AgreementHistoryEntryResolver {
  constructor(private readonly governance: GovernanceService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who made the change; null when not known.' })
  async changedBy(@Parent() entry: AgreementHistoryEntryModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return entry.changedById ? personById(loaders, this.governance).load(entry.changedById) : null;
  }
}
