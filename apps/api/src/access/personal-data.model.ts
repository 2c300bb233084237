import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ErasureResult, PersonalData } from '@app/personal-data';
import { AuditEventModel, AuditFieldChangeModel } from '../audit/audit.model';
import { PersonModel } from '../governance/governance.model';
import { DateScalar } from '../graphql/scalars';

// Your own data (myData): the same content as GET /exports/my-data.json, section by section.

@ObjectType('MyDataProfile', { description: 'Your profile as the service holds it.' })
export class MyDataProfileModel {
  @Field(() => ID, { description: 'Your person id.' }) id: string;
  @Field({ description: 'Your name as you gave it.' }) displayName: string;
  @Field({ description: 'The email address sign-in codes and messages go to.' }) email: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the birth month, when known.' }) birthMonth: string | null;
  @Field({ description: 'Whether you are recorded as care-experienced.' }) careExperienced: boolean;
  @Field(() => String, { nullable: true, description: 'Your home LA, by name, when recorded.' }) homeAuthority: string | null;
  @Field({ description: 'When your record was made.' }) createdAt: Date;
  @Field({ description: 'When your record last changed.' }) updatedAt: Date;
}

@ObjectType('MyDataMembership', { description: 'A place you hold or held on a House, board or group, with the reasons given.' })
export class MyDataMembershipModel {
  @Field(() => ID, { description: "The membership's id." }) id: string;
  @Field({ description: 'The House, board or group, by name.' }) body: string;
  @Field({ description: 'The seat held (member, co-chair, adviser, …).' }) role: string;
  @Field(() => String, { nullable: true, description: 'The LA, area or organisation represented.' }) represents: string | null;
  @Field({ description: 'When the place began.' }) startedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the place ended; null while you still hold it.' }) endedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the place was given, as recorded.' }) startReason: string | null;
  @Field(() => String, { nullable: true, description: 'Why the place ended, as recorded.' }) endReason: string | null;
}

@ObjectType('MyDataRole', { description: 'A role you hold now, where it applies and where it comes from.' })
export class MyDataRoleModel {
  @Field({ description: "The role's name." }) role: string;
  @Field(() => String, { nullable: true, description: 'The House, LA, area or organisation, by name.' }) scope: string | null;
  @Field({ description: 'MEMBERSHIP when a place gives it, GRANT when a programme admin granted it.' }) source: string;
}

@ObjectType('MyDataRoleGrant', { description: 'A role a programme admin granted you, current or revoked.' })
export class MyDataRoleGrantModel {
  @Field(() => ID, { description: "The grant's id." }) id: string;
  @Field({ description: 'The role granted.' }) role: string;
  @Field(() => String, { nullable: true, description: 'The House, LA, area or organisation it applies to, by name; null for the whole programme.' }) scope: string | null;
  @Field({ description: 'Why it was granted, as recorded.' }) reason: string;
  @Field({ description: 'When it was granted.' }) grantedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it stands.' }) revokedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was revoked, as recorded.' }) revokeReason: string | null;
}

@ObjectType('MyDataVote', { description: 'One of your own votes; nobody else can read it.' })
export class MyDataVoteModel {
  @Field(() => ID, { description: 'The proposal voted on.' }) proposalId: string;
  @Field({ description: "The proposal's title." }) proposal: string;
  @Field(() => ID, { description: 'The CiCC consultation the vote was cast in.' }) consultationId: string;
  @Field({ description: 'SUPPORT, OPPOSE or ABSTAIN (VoteChoice).' }) choice: string;
  @Field({ description: 'When you first voted.' }) castAt: Date;
  @Field({ description: 'When you last changed your vote.' }) updatedAt: Date;
}

@ObjectType('MyDataAnswer', { description: 'One answer in one of your consultation responses.' })
export class MyDataAnswerModel {
  @Field({ description: "The question's text." }) question: string;
  @Field({ description: 'Your answer, as text.' }) answer: string;
}

@ObjectType('MyDataConsultationResponse', { description: 'A response you gave to a consultation, yourself or for a party.' })
export class MyDataConsultationResponseModel {
  @Field(() => ID, { description: "The response's id." }) id: string;
  @Field(() => ID, { description: 'The consultation answered.' }) consultationId: string;
  @Field({ description: "The consultation's title." }) consultation: string;
  @Field(() => String, { nullable: true, description: 'The LA, ICS area or partner answered for; null for your own response.' }) onBehalfOf: string | null;
  @Field({ description: 'When the response was first sent.' }) firstSubmittedAt: Date;
  @Field({ description: 'When it was last sent (a later answer replaces the earlier one).' }) submittedAt: Date;
  @Field(() => [MyDataAnswerModel], { description: 'Your answers, question by question.' }) answers: MyDataAnswerModel[];
}

@ObjectType('MyDataCommentRevision', { description: 'An earlier wording of one of your comments.' })
export class MyDataCommentRevisionModel {
  @Field(() => Int, { description: 'Its number, counting from 1 for the first wording.' }) revision: number;
  @Field({ description: 'The wording as it then stood.' }) body: string;
  @Field({ description: 'When that wording was written.' }) writtenAt: Date;
  @Field({ description: 'When an edit replaced it.' }) replacedAt: Date;
}

@ObjectType('MyDataComment', { description: 'A comment you wrote on a proposal, with its history.' })
export class MyDataCommentModel {
  @Field(() => ID, { description: "The comment's id." }) id: string;
  @Field(() => ID, { description: 'The proposal it is on.' }) proposalId: string;
  @Field({ description: "The proposal's title." }) proposal: string;
  @Field(() => ID, { nullable: true, description: 'The comment it replies to; null for a new thread.' }) parentId: string | null;
  @Field({ description: 'Its current wording.' }) body: string;
  @Field({ description: 'When you wrote it.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When you last edited it; null if never.' }) editedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When you deleted it; null while it stands.' }) deletedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When a moderator hid it from others; null unless hidden.' }) hiddenAt: Date | null;
  @Field(() => [MyDataCommentRevisionModel], { description: 'Earlier wordings, oldest first.' }) revisions: MyDataCommentRevisionModel[];
}

@ObjectType('MyDataReport', { description: 'A report you made about a comment.' })
export class MyDataReportModel {
  @Field(() => ID, { description: "The report's id." }) id: string;
  @Field(() => ID, { description: 'The comment reported.' }) commentId: string;
  @Field({ description: 'The reason chosen.' }) reason: string;
  @Field({ description: 'What you wrote about it.' }) details: string;
  @Field({ description: 'When you reported it.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a moderator or safeguarding lead resolved it; null while open.' }) resolvedAt: Date | null;
}

@ObjectType('MyDataNotification', { description: 'A message the service sent or holds for you.' })
export class MyDataNotificationModel {
  @Field(() => ID, { description: "The notification's id." }) id: string;
  @Field({ description: 'What it is about (NotificationKind).' }) kind: string;
  @Field({ description: 'Its subject line.' }) subject: string;
  @Field({ description: 'Its text.' }) body: string;
  @Field(() => String, { nullable: true, description: 'Where in the service it points, if anywhere.' }) link: string | null;
  @Field({ description: 'Where it went: EMAIL, DIGEST or IN_APP (NotificationChannel).' }) channel: string;
  @Field({ description: 'Where it is in delivery (NotificationStatus).' }) status: string;
  @Field({ description: 'When it was made.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was sent; null if not (yet).' }) sentAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When you read it in the app; null if unread.' }) readAt: Date | null;
}

@ObjectType('MyDataNotificationPreference', { description: 'How you chose to receive one kind of message.' })
export class MyDataNotificationPreferenceModel {
  @Field({ description: 'The kind of message (NotificationKind).' }) kind: string;
  @Field({ description: 'Your choice for it (NotificationDelivery).' }) delivery: string;
}

@ObjectType('MyDataSession', { description: 'A time you signed in, and how it ended.' })
export class MyDataSessionModel {
  @Field(() => ID, { description: "The session's id." }) id: string;
  @Field({ description: 'How you signed in: EMAIL_CODE or INVITATION.' }) method: string;
  @Field({ description: 'When you signed in.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the session was last renewed; null if never.' }) lastRefreshedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it ended; null while open.' }) revokedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it ended: SIGNED_OUT, SIGNED_OUT_EVERYWHERE, REFRESH_TOKEN_REUSED (the refresh token was used twice) or LEFT_CICC; null while open.' }) endReason: string | null;
}

@ObjectType('MyDataInvitation', { description: 'An invitation sent to you to join the service.' })
export class MyDataInvitationModel {
  @Field(() => ID, { description: "The invitation's id." }) id: string;
  @Field(() => String, { nullable: true, description: 'The House you were invited to, by name, if any.' }) house: string | null;
  @Field({ description: 'When it was sent.' }) createdAt: Date;
  @Field({ description: 'When it stops working.' }) expiresAt: Date;
  @Field(() => Date, { nullable: true, description: 'When you accepted it; null if not.' }) acceptedAt: Date | null;
}

@ObjectType('MyDataSignOff', { description: 'A co-chair sign-off you gave on a proposal.' })
export class MyDataSignOffModel {
  @Field(() => ID, { description: "The sign-off's id." }) id: string;
  @Field(() => ID, { description: 'The proposal signed off.' }) proposalId: string;
  @Field({ description: "The proposal's title." }) proposal: string;
  @Field({ description: 'The co-chair seat you signed from.' }) role: string;
  @Field(() => String, { nullable: true, description: 'What you wrote with it, if anything.' }) note: string | null;
  @Field({ description: 'When you signed off.' }) signedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it stopped counting (withdrawn, or the proposal changed); null while it counts.' }) voidedAt: Date | null;
}

@ObjectType('MyDataActionItem', { description: 'An action from a meeting that you own.' })
export class MyDataActionItemModel {
  @Field(() => ID, { description: "The action's id." }) id: string;
  @Field(() => ID, { description: 'The meeting that set it.' }) meetingId: string;
  @Field({ description: "The meeting's title." }) meeting: string;
  @Field({ description: 'What is to be done.' }) description: string;
  @Field({ description: 'The date it is due (YYYY-MM-DD).' }) dueOn: string;
  @Field({ description: 'Where it stands (ActionItemStatus).' }) status: string;
}

@ObjectType('MyDataAuditEvent', { description: 'A change in the audit trail that you made or that is about your own records.' })
export class MyDataAuditEventModel {
  @Field(() => ID, { description: "The event's id." }) id: string;
  @Field({ description: 'When the change was made.' }) at: Date;
  @Field({ description: 'What was done.' }) action: string;
  @Field({ description: 'The kind of record changed.' }) entityType: string;
  @Field(() => ID, { description: 'The record changed.' }) entityId: string;
  @Field({ description: 'Whether you made the change (who else did is not said).' }) byYou: boolean;
  @Field(() => [AuditFieldChangeModel], { description: 'The fields that changed; personal fields are named without their values.' }) changes: AuditFieldChangeModel[];
}

@ObjectType('MyData', {
  description:
    'Everything the service holds about you. GET /exports/my-data.json gives the same as a file. Notes moderators and safeguarding leads write about your comments or reports are not part of it.',
})
export class MyDataModel {
  @Field({ description: 'When this copy was put together.' }) generatedAt: Date;
  @Field(() => MyDataProfileModel, { description: 'Your profile.' }) profile: MyDataProfileModel;
  @Field(() => [MyDataMembershipModel], { description: 'Every place you hold or held.' }) memberships: MyDataMembershipModel[];
  @Field(() => [MyDataRoleModel], { description: 'The roles you hold now.' }) roles: MyDataRoleModel[];
  @Field(() => [MyDataRoleGrantModel], { description: 'Roles granted to you, current and revoked.' }) roleGrants: MyDataRoleGrantModel[];
  @Field(() => [MyDataVoteModel], { description: 'Your own votes.' }) votes: MyDataVoteModel[];
  @Field(() => [MyDataConsultationResponseModel], { description: 'Consultation responses you gave, yourself or for a party.' }) consultationResponses: MyDataConsultationResponseModel[];
  @Field(() => [MyDataCommentModel], { description: 'Comments you wrote, with every earlier wording.' }) comments: MyDataCommentModel[];
  @Field(() => [MyDataReportModel], { description: 'Reports you made about comments.' }) reports: MyDataReportModel[];
  @Field(() => [MyDataNotificationModel], { description: 'Messages sent to you or waiting for you.' }) notifications: MyDataNotificationModel[];
  @Field(() => [MyDataNotificationPreferenceModel], { description: 'How you chose to receive each kind of message.' }) notificationPreferences: MyDataNotificationPreferenceModel[];
  @Field(() => [MyDataSessionModel], { description: 'Your sign-ins.' }) sessions: MyDataSessionModel[];
  @Field(() => [MyDataInvitationModel], { description: 'Invitations sent to you.' }) invitations: MyDataInvitationModel[];
  @Field(() => [MyDataSignOffModel], { description: 'Sign-offs you gave as a co-chair.' }) signOffs: MyDataSignOffModel[];
  @Field(() => [MyDataActionItemModel], { description: 'Meeting actions you own.' }) actionItems: MyDataActionItemModel[];
  @Field(() => [MyDataAuditEventModel], { description: 'Changes you made, and changes to your own records, oldest first.' })
  auditEvents: MyDataAuditEventModel[];

  static from(d: PersonalData): MyDataModel {
    return Object.assign(new MyDataModel(), {
      ...d,
      // The changes read as in auditEvents; who else made a change is not said.
      auditEvents: d.auditEvents.map(({ before, after, ...e }) => ({
        ...e,
        changes: AuditEventModel.from({ ...e, before, after, actorId: null, correlationId: null }).changes,
      })),
    });
  }
}

@InputType({ description: 'Whose personal data to erase; it cannot be undone.' })
export class ErasePersonInput {
  @Field(() => ID, { description: 'Whose data to erase, at their request.' })
  @IsUUID()
  personId: string;
}

@ObjectType({ description: 'What erasing a person changed, counted.' })
export class ErasePersonPayload {
  @Field(() => PersonModel, { description: 'The person as they now stand: pseudonymised.' }) person: PersonModel;
  @Field({ description: 'When the erasure was made.' }) erasedAt: Date;
  @Field(() => Int, { description: 'Current memberships ended.' }) membershipsEnded: number;
  @Field(() => Int, { description: 'Current role grants revoked.' }) grantsRevoked: number;
  @Field(() => Int, { description: 'Open sessions ended, so nobody can sign in as them.' }) sessionsEnded: number;
  @Field(() => Int, { description: 'Comments whose text and earlier wordings were removed (each stays as a deleted comment).' }) commentsRemoved: number;
  @Field(() => Int, { description: 'Free-text answers given in their own name.' }) answersRemoved: number;
  @Field(() => Int, { description: 'Votes that still count but no longer point to the person.' }) votesDetached: number;
  @Field(() => Int, { description: 'Notifications to them deleted.' }) notificationsDeleted: number;
  @Field(() => Int, { description: 'Audit events from before personal data was kept out of the trail, redacted.' }) auditEventsRedacted: number;

  static from(result: ErasureResult, person: PersonModel): ErasePersonPayload {
    const { personId: _id, ...counts } = result;
    return Object.assign(new ErasePersonPayload(), { person, ...counts });
  }
}
