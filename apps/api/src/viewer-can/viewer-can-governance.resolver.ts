import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, manageRolesPermission, programmeAdminOnlyPermission } from '@app/access';
import { handleConcernPermission } from '@app/comments';
import { publishEditionPermission } from '@app/compact';
import { ConsultationsService, openConsultationPermission } from '@app/consultations';
import { Actor } from '@app/core';
import {
  addPeoplePermission,
  changeMembershipPermission,
  CICC_BODY_CODE,
  editPersonPermission,
  endCoChairTermPermission,
  endMembershipPermission,
  GovernanceService,
  leaveCiccPermission,
  MembershipRole,
  programmeAdminPermission,
} from '@app/governance';
import { invitePermission } from '@app/identity';
import { addToMeetingPermission, meetingMemberPermission, MeetingsService, updateActionItemPermission } from '@app/meetings';
import { erasePersonPermission, PersonalDataService } from '@app/personal-data';
import { draftPermission } from '@app/proposals';
import { BodyKind, ReferenceService } from '@app/reference';
import { CompactEditionModel } from '../compact/compact.model';
import { SignedIn } from '../access/access.decorators';
import { SafeguardingConcernModel } from '../comments/safeguarding.model';
import { MembershipModel, PersonModel } from '../governance/governance.model';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { ActionItemModel, DecisionModel, MeetingModel } from '../meetings/meetings.model';
import { BodyModel } from '../reference/reference.model';
import { bodyLoader } from '../reference/reference.loaders';
import { erasureFactsLoader, leavingFactsLoader, meetingLoader, meetingSeatsLoader, runnersLoader, viewerLoader } from './viewer-can.loaders';
import {
  ActionItemViewerCanModel,
  BodyViewerCanModel,
  CompactEditionViewerCanModel,
  DecisionViewerCanModel,
  MeetingViewerCanModel,
  MembershipViewerCanModel,
  PersonViewerCanModel,
  SafeguardingConcernViewerCanModel,
  ViewerCanModel,
} from './viewer-can.model';

@Resolver(() => BodyModel)
export class BodyViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly consultations: ConsultationsService,
    private readonly meetings: MeetingsService,
  ) {}

  @ResolveField(() => BodyViewerCanModel, { description: 'What the person asking may do with this body now (all false for someone not signed in).' })
  async viewerCan(@Parent() body: BodyModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<BodyViewerCanModel> {
    const [viewer, runners, seats] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      runnersLoader(loaders, this.consultations).load(body.id),
      meetingSeatsLoader(loaders, this.meetings, actor),
    ]);
    const signedIn = !!actor.personId;
    const house = body.kind === BodyKind.HOUSE;
    return Object.assign(new BodyViewerCanModel(), {
      bodyId: body.id,
      scheduleMeeting: signedIn && meetingMemberPermission(viewer, body, seats, 'schedule its meetings').allowed,
      openConsultation: signedIn && !!runners && openConsultationPermission(viewer, null, runners).allowed,
      createProposal: signedIn && house && draftPermission(viewer, body).allowed,
      addMember: signedIn && changeMembershipPermission(viewer, body, MembershipRole.MEMBER, 'add members').allowed,
      appointCoChair: signedIn && house && programmeAdminPermission(viewer, 'appoint co-chairs').allowed,
      // An invitation gives a member's place in the body, so both rules apply, as invitePerson applies them.
      invite: signedIn && invitePermission(viewer, house ? body.id : null).allowed && changeMembershipPermission(viewer, body, MembershipRole.MEMBER, 'add members').allowed,
    });
  }
}

@Resolver(() => MeetingModel)
export class MeetingViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField(() => MeetingViewerCanModel, { description: 'What the person asking may do with this meeting now.' })
  async viewerCan(@Parent() meeting: MeetingModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<MeetingViewerCanModel> {
    const [viewer, body, seats] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      bodyLoader(loaders, this.reference).load(meeting.bodyId),
      meetingSeatsLoader(loaders, this.meetings, actor),
    ]);
    const can = (doing: string) => !!body && addToMeetingPermission(viewer, meeting, body, seats, doing).allowed;
    return Object.assign(new MeetingViewerCanModel(), {
      meetingId: meeting.id,
      addAgendaItem: can('set its agendas'),
      recordDecision: can('record its decisions'),
      addActionItem: can('set actions from its meetings'),
    });
  }
}

@Resolver(() => DecisionModel)
export class DecisionViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField(() => DecisionViewerCanModel, { description: 'What the person asking may do following this decision now.' })
  async viewerCan(@Parent() decision: DecisionModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<DecisionViewerCanModel> {
    const [viewer, meeting, seats] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      meetingLoader(loaders, this.meetings).load(decision.meetingId),
      meetingSeatsLoader(loaders, this.meetings, actor),
    ]);
    const body = meeting ? await bodyLoader(loaders, this.reference).load(meeting.bodyId) : null;
    return Object.assign(new DecisionViewerCanModel(), {
      decisionId: decision.id,
      addActionItem: !!meeting && !!body && addToMeetingPermission(viewer, meeting, body, seats, 'set actions from its meetings').allowed,
    });
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField(() => ActionItemViewerCanModel, { description: 'What the person asking may do with this action now.' })
  async viewerCan(@Parent() item: ActionItemModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ActionItemViewerCanModel> {
    const [viewer, meeting, seats] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      meetingLoader(loaders, this.meetings).load(item.meetingId),
      meetingSeatsLoader(loaders, this.meetings, actor),
    ]);
    const body = meeting ? await bodyLoader(loaders, this.reference).load(meeting.bodyId) : null;
    return Object.assign(new ActionItemViewerCanModel(), {
      actionItemId: item.id,
      update: !!body && updateActionItemPermission(viewer, item, body, seats).allowed,
    });
  }
}

@Resolver(() => PersonModel)
export class PersonViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly personalData: PersonalDataService,
  ) {}

  @ResolveField(() => PersonViewerCanModel, { description: 'What the person asking may do with this person’s record now.' })
  async viewerCan(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<PersonViewerCanModel> {
    const [viewer, erasure] = await Promise.all([viewerLoader(loaders, this.access, actor), erasureFactsLoader(loaders, this.personalData).load(person.id)]);
    return Object.assign(new PersonViewerCanModel(), {
      personId: person.id,
      edit: editPersonPermission(viewer, person.id, false).allowed,
      changeCareExperienced: editPersonPermission(viewer, person.id, true).allowed,
      erase: !!erasure && erasePersonPermission(viewer, erasure).allowed,
      manageRoles: manageRolesPermission(viewer).allowed,
    });
  }
}

@Resolver(() => CompactEditionModel)
export class CompactEditionViewerCanResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => CompactEditionViewerCanModel, { description: 'What the person asking may do with the Compact’s editions now (all false for someone not signed in).' })
  async viewerCan(@Parent() edition: CompactEditionModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<CompactEditionViewerCanModel> {
    const viewer = await viewerLoader(loaders, this.access, actor);
    return Object.assign(new CompactEditionViewerCanModel(), { editionId: edition.id, publishNextEdition: !!actor.personId && publishEditionPermission(viewer).allowed });
  }
}

@Resolver(() => MembershipModel)
export class MembershipViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly governance: GovernanceService,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField(() => MembershipViewerCanModel, { description: 'What the person asking may do with this membership now.' })
  async viewerCan(@Parent() membership: MembershipModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<MembershipViewerCanModel> {
    const [viewer, body] = await Promise.all([viewerLoader(loaders, this.access, actor), bodyLoader(loaders, this.reference).load(membership.bodyId)]);
    // Only a CiCC place depends on the member's other places and seats (see endMembershipPermission).
    const leaving = body?.code === CICC_BODY_CODE ? await leavingFactsLoader(loaders, this.governance).load(membership.personId) : null;
    const signedIn = !!actor.personId;
    return Object.assign(new MembershipViewerCanModel(), {
      membershipId: membership.id,
      end: signedIn && !!body && endMembershipPermission(viewer, membership, body, leaving).allowed,
      endCoChairTerm: signedIn && !!body && endCoChairTermPermission(viewer, membership, body.name, membership.role === MembershipRole.CO_CHAIR_YOUNG_PERSON ? 'young-person' : 'sector-lead').allowed,
    });
  }
}

@Resolver(() => SafeguardingConcernModel)
export class SafeguardingConcernViewerCanResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => SafeguardingConcernViewerCanModel, { description: 'What the person asking may do with this concern now.' })
  async viewerCan(@Parent() concern: SafeguardingConcernModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<SafeguardingConcernViewerCanModel> {
    const viewer = await viewerLoader(loaders, this.access, actor);
    return Object.assign(new SafeguardingConcernViewerCanModel(), { concernId: concern.id, handle: !!actor.personId && handleConcernPermission(viewer, concern).allowed });
  }
}

@Resolver(() => ViewerCanModel)
export class ProgrammeViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly governance: GovernanceService,
  ) {}

  @SignedIn()
  @Query(() => ViewerCanModel, {
    name: 'viewerCan',
    description: 'What you may do across the programme now (inviting and adding people, failed background jobs, leaving the CiCC), for anyone signed in.',
  })
  async programmeViewerCan(@CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ViewerCanModel> {
    const [viewer, leaving] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      actor.personId ? leavingFactsLoader(loaders, this.governance).load(actor.personId) : null,
    ]);
    return Object.assign(new ViewerCanModel(), {
      invite: invitePermission(viewer, null).allowed,
      createPerson: addPeoplePermission(viewer).allowed,
      retryFailedJobs: programmeAdminOnlyPermission(viewer, 'retry failed jobs').allowed,
      openQueueDashboard: programmeAdminOnlyPermission(viewer, 'use the queue dashboard').allowed,
      leaveCicc: !!leaving && leaveCiccPermission(leaving).allowed,
    });
  }
}
