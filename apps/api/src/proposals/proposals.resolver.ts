import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@app/core';
import { ProposalsService, signOffState } from '@app/proposals';
import { ReferenceService } from '@app/reference';
import { GovernanceService } from '@app/governance';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { groupByKey, Loaders } from '../graphql/loaders';
import { BodyModel, OrganisationModel } from '../reference/reference.model';
import { bodyLoader, organisationLoader } from '../reference/reference.loaders';
import { ProposalsArgs } from './proposal.args';
import {
  CreateProposalInput,
  CreateProposalPayload,
  SignOffProposalInput,
  SignOffProposalPayload,
  TransitionProposalInput,
  TransitionProposalPayload,
  UpdateProposalInput,
  UpdateProposalPayload,
  WithdrawSignOffInput,
  WithdrawSignOffPayload,
} from './proposal.input';
import {
  ProposalConnection,
  ProposalModel,
  ProposalSignatureModel,
  ProposalSignOffModel,
  ProposalTransitionModel,
} from './proposal.model';
import { SignedIn } from '../access/access.decorators';
import { seatsLoader, signOffsLoader } from '../viewer-can/viewer-can.loaders';

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly reference: ReferenceService,
    private readonly governance: GovernanceService,
  ) {}

  @SignedIn()
  @Query(() => ProposalModel, { nullable: true, description: 'One proposal by id, for anyone signed in; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async proposal(@Args('id', { type: () => ID, description: 'The proposal id.' }) id: string): Promise<ProposalModel | null> {
    return ProposalModel.from(await this.service.get(id, 'id'));
  }

  @SignedIn()
  @Query(() => ProposalConnection, { description: 'Proposals matching the filter, the most recently changed first, for anyone signed in.' })
  async proposals(@Args() args: ProposalsArgs): Promise<ProposalConnection> {
    const page = await this.service.list(args.filter ?? {}, args);
    return toConnection(page, ProposalModel.from);
  }

  @SignedIn()
  @Mutation(() => CreateProposalPayload, { description: "A House's co-chair or member drafts a proposal." })
  async createProposal(@CurrentActor() actor: Actor, @Args('input', { description: 'The House and the offer.' }) input: CreateProposalInput): Promise<CreateProposalPayload> {
    return { proposal: ProposalModel.from(await this.service.createProposal(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => UpdateProposalPayload, { description: 'Edits a proposal in DRAFT or IN_CONSULTATION; editing in consultation voids sign-offs.' })
  async updateProposal(@CurrentActor() actor: Actor, @Args('input', { description: 'The proposal, the version you last read and what changes.' }) input: UpdateProposalInput): Promise<UpdateProposalPayload> {
    return { proposal: ProposalModel.from(await this.service.updateProposal(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => TransitionProposalPayload, { description: 'A House co-chair moves a proposal: into consultation, back to draft, declined or withdrawn.' })
  async transitionProposal(@CurrentActor() actor: Actor, @Args('input', { description: 'The proposal, the status to move to, why, and the version you last read.' }) input: TransitionProposalInput): Promise<TransitionProposalPayload> {
    return { proposal: ProposalModel.from(await this.service.moveProposal(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => SignOffProposalPayload, { description: 'A co-chair signs off a proposal in consultation; when both seats have signed it becomes RECOMMENDED.' })
  async signOffProposal(@CurrentActor() actor: Actor, @Args('input', { description: 'The proposal and an optional note.' }) input: SignOffProposalInput): Promise<SignOffProposalPayload> {
    const result = await this.service.signOff(actor, input);
    return { proposal: ProposalModel.from(result.proposal), recommended: result.recommended };
  }

  @SignedIn()
  @Mutation(() => WithdrawSignOffPayload, { description: 'A co-chair takes back their own sign-off while the proposal is in consultation.' })
  async withdrawSignOff(@CurrentActor() actor: Actor, @Args('input', { description: 'The proposal.' }) input: WithdrawSignOffInput): Promise<WithdrawSignOffPayload> {
    return { proposal: ProposalModel.from(await this.service.withdrawSignOff(actor, input)) };
  }

  @ResolveField(() => BodyModel, { description: 'The House that owns the proposal.' })
  async house(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel> {
    const house = await bodyLoader(loaders, this.reference).load(proposal.houseId);
    // The foreign key guarantees the House exists.
    return house!;
  }

  @ResolveField(() => [OrganisationModel], { description: 'Partners whose agreement the offer needs, by name.' })
  async partners(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<OrganisationModel[]> {
    const ids = await loaders
      .for<string, string[]>('proposalPartnerIdsByProposalId', async (proposalIds) =>
        groupByKey(proposalIds, await this.service.partnerIdsOf(proposalIds), (p) => p.proposalId).map((rows) => rows.map((r) => r.organisationId)),
      )
      .load(proposal.id);
    if (ids.length === 0) return [];
    const organisations = await organisationLoader(loaders, this.reference).loadMany(ids);
    return (organisations.filter((o) => o && !(o instanceof Error)) as OrganisationModel[]).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [ProposalTransitionModel], { description: 'Every status change, oldest first.' })
  async transitions(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<ProposalTransitionModel[]> {
    return loaders
      .for<string, ProposalTransitionModel[]>('proposalTransitionsByProposalId', async (ids) =>
        groupByKey(ids, (await this.service.transitionsOf(ids)).map(ProposalTransitionModel.from), (t) => t.proposalId),
      )
      .load(proposal.id);
  }

  @ResolveField(() => ProposalSignOffModel, { description: 'Which co-chairs have signed the proposal off and which are awaited.' })
  async signOff(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<ProposalSignOffModel> {
    const [signOffs, seats] = await Promise.all([signOffsLoader(loaders, this.service).load(proposal.id), seatsLoader(loaders, this.service).load(proposal.houseId)]);
    const state = signOffState(proposal.status, signOffs, seats);
    return Object.assign(new ProposalSignOffModel(), {
      signed: state.signed.map(ProposalSignatureModel.from),
      awaiting: state.awaiting,
      ready: state.ready,
    });
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who drafted the proposal; null once their record is gone.' })
  async createdBy(@Parent() proposal: ProposalModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    if (!proposal.createdById) return null;
    return personById(loaders, this.governance).load(proposal.createdById);
  }
}

@Resolver(() => ProposalTransitionModel)
export class ProposalTransitionResolver {
  constructor(private readonly governance: GovernanceService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who made the change (null for the system).' })
  async actor(@Parent() transition: ProposalTransitionModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    if (!transition.actorId) return null;
    return personById(loaders, this.governance).load(transition.actorId);
  }
}

@Resolver(() => ProposalSignatureModel)
export class ProposalSignatureResolver {
  constructor(private readonly governance: GovernanceService) {}

  @ResolveField(() => PersonModel, { description: 'The co-chair who signed.' })
  async person(@Parent() signature: ProposalSignatureModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel> {
    const person = await personById(loaders, this.governance).load(signature.personId);
    // The foreign key guarantees the signer exists.
    return person!;
  }
}
