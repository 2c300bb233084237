import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Clock } from '@app/core';
import { ScopeKind } from '@app/access';
import {
  ConsultationAudience,
  ConsultationResponsesService,
  ConsultationsService,
  QuestionKind,
  RespondingFor,
  respondedSummary,
  resultValues,
  shareOfAnswered,
  TallyAccess,
  VotesService,
} from '@app/consultations';
import { ReferenceService } from '@app/reference';
import { GovernanceService } from '@app/governance';
import { ProposalsService } from '@app/proposals';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { proposalById } from '../proposals/proposal.loaders';
import { ProposalModel } from '../proposals/proposal.model';
import { toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { byKey, groupByKey, Loaders } from '../graphql/loaders';
import { areaLoader, authorityLoader, bodyLoader, organisationLoader } from '../reference/reference.loaders';
import { AreaModel, BodyModel, LocalAuthorityModel, OrganisationModel } from '../reference/reference.model';
import {
  CastVoteInput,
  CloseConsultationInput,
  ConsultationsArgs,
  OpenConsultationInput,
  RecordConsultationOutcomeInput,
  RespondToConsultationInput,
  ResponsesArgs,
} from './consultation.input';
import {
  CastVotePayload,
  CloseConsultationPayload,
  ConsultationAnswerModel,
  ConsultationConnection,
  ConsultationModel,
  ConsultationQuestionModel,
  ConsultationResponseConnection,
  ConsultationResponseModel,
  ConsultationRespondingForModel,
  MyVoteModel,
  OpenConsultationPayload,
  QuestionResultsModel,
  RecordConsultationOutcomePayload,
  RespondToConsultationPayload,
  ResponseSummaryModel,
  TallyHiddenModel,
  ResultsHiddenModel,
  ResultsHiddenReason,
  RESULTS_HIDDEN_MESSAGES,
  VoteTallyModel,
} from './consultation.model';
import { SignedIn } from '../access/access.decorators';

@Resolver()
export class ConsultationsResolver {
  constructor(
    private readonly consultationService: ConsultationsService,
    private readonly responseService: ConsultationResponsesService,
    private readonly votes: VotesService,
    private readonly clock: Clock,
  ) {}

  @SignedIn()
  @Query(() => ConsultationModel, { nullable: true, description: 'One consultation by id, for anyone signed in; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async consultation(@Args('id', { type: () => ID, description: 'The consultation id.' }) id: string): Promise<ConsultationModel | null> {
    return ConsultationModel.from(await this.consultationService.get(id, 'id'));
  }

  @SignedIn()
  @Query(() => ConsultationConnection, { description: 'Consultations, latest opening first, for anyone signed in (the answers themselves are read through responses).' })
  async consultations(@Args() args: ConsultationsArgs): Promise<ConsultationConnection> {
    const now = this.clock.now();
    const page = await this.consultationService.list(args.filter ?? {}, args, now);
    return toConnection(page, (e) => ConsultationModel.from(e, now));
  }

  @SignedIn()
  @Query(() => ConsultationResponseConnection, {
    description:
      "A consultation's responses, answer by answer: for its House's co-chairs; once it has closed, also for programme admins and, except for CiCC consultations, ALDCS viewers and Trust Board members.",
  })
  async responses(@CurrentActor() actor: Actor, @Args() args: ResponsesArgs): Promise<ConsultationResponseConnection> {
    const { consultation, page } = await this.responseService.list(actor, args.consultationId, args);
    const hidden = consultation.audience === ConsultationAudience.CICC;
    return toConnection(page, (e) => ConsultationResponseModel.from(e, hidden));
  }

  @SignedIn()
  @Mutation(() => OpenConsultationPayload, {
    description: "Opens a consultation: a House's co-chairs, or the chair or co-chairs of a working group or the Trust Board.",
  })
  async openConsultation(@CurrentActor() actor: Actor, @Args('input', { description: 'What to ask, of whom, and when.' }) input: OpenConsultationInput): Promise<OpenConsultationPayload> {
    const result = await this.consultationService.open(actor, input);
    return { consultation: ConsultationModel.from(result.consultation), proposalMovedToConsultation: result.proposalMovedToConsultation };
  }

  @SignedIn()
  @Mutation(() => CloseConsultationPayload, { description: "Closes a consultation now (the running House's co-chairs, or the chair or co-chairs of the body running it)." })
  async closeConsultation(@CurrentActor() actor: Actor, @Args('input', { description: 'The consultation to close.' }) input: CloseConsultationInput): Promise<CloseConsultationPayload> {
    return { consultation: ConsultationModel.from(await this.consultationService.close(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => RecordConsultationOutcomePayload, { description: 'Records what the body concluded from a closed consultation (those who may close it); those who took part hear it.' })
  async recordConsultationOutcome(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The consultation and what was concluded.' }) input: RecordConsultationOutcomeInput,
  ): Promise<RecordConsultationOutcomePayload> {
    return { consultation: ConsultationModel.from(await this.consultationService.recordOutcome(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => RespondToConsultationPayload, { description: 'Answers a consultation while it is open, for its audience: CiCC members for themselves, officers for the LA, ICS area or partner they act for. A later answer replaces an earlier one.' })
  async respondToConsultation(@CurrentActor() actor: Actor, @Args('input', { description: 'The consultation, whom you answer for, and your answers.' }) input: RespondToConsultationInput): Promise<RespondToConsultationPayload> {
    const result = await this.responseService.respond(actor, input);
    return { response: ConsultationResponseModel.from(result.response, false), replaced: result.replaced, message: result.message };
  }

  @SignedIn()
  @Mutation(() => CastVotePayload, { description: "Casts or changes a CiCC member's vote on a proposal while its CiCC consultation is open." })
  async castVote(@CurrentActor() actor: Actor, @Args('input', { description: 'The proposal and your vote.' }) input: CastVoteInput): Promise<CastVotePayload> {
    const result = await this.votes.cast(actor, input);
    return { vote: MyVoteModel.from(result.vote), changed: result.changed, consultation: ConsultationModel.from(result.consultation) };
  }
}

@Resolver(() => ConsultationModel)
export class ConsultationFieldsResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly responses: ConsultationResponsesService,
    private readonly votes: VotesService,
    private readonly reference: ReferenceService,
    private readonly proposals: ProposalsService,
  ) {}

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal consulted on; null for a consultation on a topic.' })
  async proposal(@Parent() consultation: ConsultationModel, @RequestLoaders() loaders: Loaders): Promise<ProposalModel | null> {
    return consultation.proposalId ? proposalById(loaders, this.proposals).load(consultation.proposalId) : null;
  }

  @ResolveField(() => BodyModel, { description: 'The body running the consultation: a House, a working group or the Trust Board.' })
  async body(@Parent() c: ConsultationModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel> {
    return (await bodyLoader(loaders, this.reference).load(c.houseId)) as BodyModel;
  }

  @ResolveField(() => BodyModel, {
    description: 'The body running the consultation (a House, unless a working group or the Trust Board runs it).',
    deprecationReason: 'Working groups and the Trust Board consult too: use body.',
  })
  async house(@Parent() c: ConsultationModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel> {
    return this.body(c, loaders);
  }

  @ResolveField(() => [ConsultationQuestionModel], { description: 'The questions asked, in order.' })
  async questions(@Parent() c: ConsultationModel, @RequestLoaders() loaders: Loaders): Promise<ConsultationQuestionModel[]> {
    const questions = await loaders
      .for('questionsByConsultationId', async (ids: readonly string[]) => groupByKey(ids, await this.consultations.questionsOf(ids), (q) => q.consultationId))
      .load(c.id);
    return questions.map((q) => ConsultationQuestionModel.from(q, c));
  }

  @ResolveField(() => VoteTallyModel, {
    nullable: true,
    description: "The vote tally, when the consultation's rule lets the caller see it and enough members have voted; see tallyHidden.",
  })
  async tally(@Parent() c: ConsultationModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<VoteTallyModel | null> {
    if (!(await this.tallyAccess(c, actor, loaders)).visible) return null;
    return this.tallyLoader(loaders).load(c.id);
  }

  @ResolveField(() => TallyHiddenModel, { nullable: true, description: 'Why tally is null for the caller, as a reason and a sentence; null when it is shown.' })
  async tallyHidden(@Parent() c: ConsultationModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<TallyHiddenModel | null> {
    const access = await this.tallyAccess(c, actor, loaders);
    return access.visible ? null : Object.assign(new TallyHiddenModel(), { reason: access.reason, message: access.message });
  }

  @ResolveField(() => String, { nullable: true, description: 'Why tally is null for the caller.', deprecationReason: 'Use tallyHidden, which gives the reason as well as the sentence.' })
  async tallyHiddenReason(@Parent() c: ConsultationModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    const access = await this.tallyAccess(c, actor, loaders);
    return access.visible ? null : access.message;
  }

  @ResolveField(() => MyVoteModel, { nullable: true, description: "The caller's own vote in this consultation." })
  async myVote(@Parent() c: ConsultationModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<MyVoteModel | null> {
    if (!c.takesVotes || !actor.personId) return null;
    return this.myVoteLoader(actor, loaders).load(c.id);
  }

  @ResolveField(() => [ConsultationRespondingForModel], {
    description:
      'Whom the caller may answer this consultation for now (respondToConsultation): each LA, ICS area or partner they act for when it is answered per party, otherwise themself; each with the response kept for it, which a new answer replaces. Empty when they may not answer.',
  })
  async viewerRespondsFor(@Parent() c: ConsultationModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ConsultationRespondingForModel[]> {
    // Keyed by the consultation itself: the rule needs its audience and dates.
    const list = await loaders.for<ConsultationModel, RespondingFor[]>('respondingForByConsultation', (cs) => this.responses.respondingFor(actor, cs)).load(c);
    const idOf = (kind: ScopeKind, party: { kind: ScopeKind; id: string } | null) => (party?.kind === kind ? party.id : null);
    return list.map((r) =>
      Object.assign(new ConsultationRespondingForModel(), {
        name: r.name,
        onBehalfOfAuthorityId: idOf(ScopeKind.AUTHORITY, r.party),
        onBehalfOfAreaId: idOf(ScopeKind.AREA, r.party),
        onBehalfOfOrganisationId: idOf(ScopeKind.ORGANISATION, r.party),
        response: r.response ? ConsultationResponseModel.from(r.response, false) : null,
      }),
    );
  }

  @ResolveField(() => ResponseSummaryModel, { description: 'How many have responded; for LA consultations, which LAs have not.' })
  async responseSummary(@Parent() c: ConsultationModel, @RequestLoaders() loaders: Loaders): Promise<ResponseSummaryModel> {
    const summary = await loaders
      .for<string, ResponseSummaryModel | null>('responseSummaryByConsultationId', async (ids) =>
        byKey(ids, await this.responses.summaries(ids), (s) => s.consultationId).map((s) =>
          s
            ? Object.assign(new ResponseSummaryModel(), {
                totalResponses: s.totalResponses,
                personalResponses: s.personalResponses,
                respondedAuthorities: s.respondedAuthorities,
                totalAuthorities: s.totalAuthorities,
                respondedSummary:
                  s.respondedAuthorities !== null && s.totalAuthorities !== null ? respondedSummary(s.respondedAuthorities, s.totalAuthorities, 'local authorities') : null,
                notRespondedAuthorities: s.notRespondedAuthorities?.map(LocalAuthorityModel.from) ?? null,
              })
            : null,
        ),
      )
      .load(c.id);
    return summary as ResponseSummaryModel;
  }

  private async tallyAccess(c: ConsultationModel, actor: Actor, loaders: Loaders): Promise<TallyAccess> {
    const hasVoted = c.takesVotes && actor.personId ? (await this.myVoteLoader(actor, loaders).load(c.id)) !== null : false;
    const tally = c.takesVotes ? await this.tallyLoader(loaders).load(c.id) : null;
    return this.votes.tallyAccess({ tallyVisibility: c.tallyVisibility, takesVotes: c.takesVotes, closed: c.state === 'CLOSED' }, tally?.total ?? 0, hasVoted);
  }

  private tallyLoader(loaders: Loaders) {
    return loaders.for<string, VoteTallyModel | null>('tallyByConsultationId', async (ids) =>
      byKey(ids, await this.votes.tallies(ids), (t) => t.consultationId).map((t) => (t ? Object.assign(new VoteTallyModel(), t) : null)),
    );
  }

  private myVoteLoader(actor: Actor, loaders: Loaders) {
    return loaders.for<string, MyVoteModel | null>('myVoteByConsultationId', async (ids) => {
      const votes = await this.votes.ownVotes(actor, ids);
      return byKey(ids, votes, (v) => v.consultationId).map((v) => (v ? MyVoteModel.from(v) : null));
    });
  }
}

@Resolver(() => ConsultationQuestionModel)
export class ConsultationQuestionResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly responses: ConsultationResponsesService,
  ) {}

  @ResolveField(() => QuestionResultsModel, {
    nullable: true,
    description: "How the question was answered: for the House's co-chairs at any time, for everyone once closed.",
  })
  async results(@Parent() q: ConsultationQuestionModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<QuestionResultsModel | null> {
    if (!(await this.canSeeResults(q, actor, loaders))) return null;
    const r = await loaders
      .for('questionResultsById', async (ids: readonly string[]) => byKey(ids, await this.responses.results(ids), (x) => x.questionId))
      .load(q.id);
    const counts = r?.valueCounts ?? new Map<string, number>();
    const values = resultValues(q);
    const answered = r?.answered ?? 0;
    const yesNo = q.kind === QuestionKind.YES_NO;
    const yes = shareOfAnswered(r?.yes ?? 0, answered);
    const no = shareOfAnswered(r?.no ?? 0, answered);
    const counted = (value: string) => ({ count: counts.get(value) ?? 0, ...shareOfAnswered(counts.get(value) ?? 0, answered) });
    return Object.assign(new QuestionResultsModel(), {
      answered,
      yes: yesNo ? (r?.yes ?? 0) : null,
      no: yesNo ? (r?.no ?? 0) : null,
      yesShare: yesNo ? yes.share : null,
      noShare: yesNo ? no.share : null,
      yesSummary: yesNo ? yes.summary : null,
      noSummary: yesNo ? no.summary : null,
      optionCounts: q.kind === QuestionKind.SINGLE_CHOICE || q.kind === QuestionKind.MULTIPLE_CHOICE ? values.map((option) => ({ option, ...counted(option) })) : [],
      scaleCounts: q.kind === QuestionKind.SCALE ? values.map((v) => ({ value: Number(v), ...counted(v) })) : [],
      scaleMean: q.kind === QuestionKind.SCALE ? (r?.scaleMean ?? null) : null,
    });
  }

  @ResolveField(() => ResultsHiddenModel, { nullable: true, description: 'Why results is null for the caller, as a reason and a sentence; null when they are shown.' })
  async resultsHidden(@Parent() q: ConsultationQuestionModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ResultsHiddenModel | null> {
    if (await this.canSeeResults(q, actor, loaders)) return null;
    const reason = ResultsHiddenReason.CO_CHAIRS_UNTIL_CLOSE;
    return Object.assign(new ResultsHiddenModel(), { reason, message: RESULTS_HIDDEN_MESSAGES[reason] });
  }

  @ResolveField(() => String, { nullable: true, description: 'Why results is null for the caller.', deprecationReason: 'Use resultsHidden, which gives the reason as well as the sentence.' })
  async resultsHiddenReason(@Parent() q: ConsultationQuestionModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return (await this.canSeeResults(q, actor, loaders)) ? null : RESULTS_HIDDEN_MESSAGES[ResultsHiddenReason.CO_CHAIRS_UNTIL_CLOSE];
  }

  private async canSeeResults(q: ConsultationQuestionModel, actor: Actor, loaders: Loaders): Promise<boolean> {
    if (q.closed) return true;
    if (!actor.personId) return false;
    const chairs = await loaders
      .for('coChairIdsByHouseId', async (ids: readonly string[]) => {
        const map = await this.consultations.coChairIdsByHouse(ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(q.houseId);
    return chairs.includes(actor.personId);
  }
}

@Resolver(() => ConsultationResponseModel)
export class ConsultationResponseResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly responses: ConsultationResponsesService,
    private readonly reference: ReferenceService,
    private readonly governance: GovernanceService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true, description: "Who gave the response; not shown for CiCC members' personal responses." })
  async respondent(@Parent() r: ConsultationResponseModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    if (r.respondentHidden) return null;
    return personById(loaders, this.governance).load(r.respondentId);
  }

  @ResolveField(() => LocalAuthorityModel, { nullable: true, description: 'The LA this response is for; null for a personal response or a partner\'s.' })
  async onBehalfOfAuthority(@Parent() r: ConsultationResponseModel, @RequestLoaders() loaders: Loaders): Promise<LocalAuthorityModel | null> {
    if (!r.onBehalfOfAuthorityId) return null;
    return authorityLoader(loaders, this.reference).load(r.onBehalfOfAuthorityId);
  }

  @ResolveField(() => AreaModel, { nullable: true, description: 'The ICS area this response is for (partner consultations).' })
  async onBehalfOfArea(@Parent() r: ConsultationResponseModel, @RequestLoaders() loaders: Loaders): Promise<AreaModel | null> {
    return r.onBehalfOfAreaId ? areaLoader(loaders, this.reference).load(r.onBehalfOfAreaId) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The partner organisation this response is for (partner consultations).' })
  async onBehalfOfOrganisation(@Parent() r: ConsultationResponseModel, @RequestLoaders() loaders: Loaders): Promise<OrganisationModel | null> {
    return r.onBehalfOfOrganisationId ? organisationLoader(loaders, this.reference).load(r.onBehalfOfOrganisationId) : null;
  }

  @ResolveField(() => [ConsultationAnswerModel], { description: 'The answers given, question by question.' })
  async answers(@Parent() r: ConsultationResponseModel, @RequestLoaders() loaders: Loaders): Promise<ConsultationAnswerModel[]> {
    const answers = await loaders
      .for('answersByResponseId', async (ids: readonly string[]) => groupByKey(ids, await this.responses.answersOf(ids), (a) => a.responseId))
      .load(r.id);
    const questions = await loaders
      .for('questionsByConsultationId', async (ids: readonly string[]) => groupByKey(ids, await this.consultations.questionsOf(ids), (q) => q.consultationId))
      .load(r.consultationId);
    const kind = new Map(questions.map((q) => [q.id, q.kind]));
    const position = new Map(questions.map((q) => [q.id, q.position]));
    return answers
      .slice()
      .sort((a, b) => (position.get(a.questionId) ?? 0) - (position.get(b.questionId) ?? 0))
      .map((a) => ConsultationAnswerModel.from(a, kind.get(a.questionId)));
  }
}
