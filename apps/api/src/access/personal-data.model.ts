import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ErasureResult, PersonalData } from '@app/personal-data';
import { AuditEventModel, AuditFieldChangeModel } from '../audit/audit.model';
import { PersonModel } from '../governance/governance.model';
import { DateScalar } from '../graphql/scalars';

// Your own data (myData): the same content as GET /exports/my-data.json, section by section.

@ObjectType('MyDataProfile')
export class MyDataProfileModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the birth month, when known.' }) birthMonth: string | null;
  @Field() careExperienced: boolean;
  @Field(() => String, { nullable: true }) homeAuthority: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('MyDataMembership')
export class MyDataMembershipModel {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() role: string;
  @Field(() => String, { nullable: true, description: 'The LA, area or organisation represented.' }) represents: string | null;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => String, { nullable: true }) startReason: string | null;
  @Field(() => String, { nullable: true }) endReason: string | null;
}

@ObjectType('MyDataRole')
export class MyDataRoleModel {
  @Field() role: string;
  @Field(() => String, { nullable: true, description: 'The House, LA, area or organisation, by name.' }) scope: string | null;
  @Field() source: string;
}

@ObjectType('MyDataRoleGrant')
export class MyDataRoleGrantModel {
  @Field(() => ID) id: string;
  @Field() role: string;
  @Field(() => String, { nullable: true }) scope: string | null;
  @Field() reason: string;
  @Field() grantedAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) revokeReason: string | null;
}

@ObjectType('MyDataVote', { description: 'One of your own votes; nobody else can read it.' })
export class MyDataVoteModel {
  @Field(() => ID) proposalId: string;
  @Field() proposal: string;
  @Field(() => ID) consultationId: string;
  @Field() choice: string;
  @Field() castAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('MyDataAnswer')
export class MyDataAnswerModel {
  @Field() question: string;
  @Field() answer: string;
}

@ObjectType('MyDataConsultationResponse')
export class MyDataConsultationResponseModel {
  @Field(() => ID) id: string;
  @Field(() => ID) consultationId: string;
  @Field() consultation: string;
  @Field(() => String, { nullable: true, description: 'The LA, ICS area or partner answered for; null for your own response.' }) onBehalfOf: string | null;
  @Field() firstSubmittedAt: Date;
  @Field() submittedAt: Date;
  @Field(() => [MyDataAnswerModel]) answers: MyDataAnswerModel[];
}

@ObjectType('MyDataCommentRevision')
export class MyDataCommentRevisionModel {
  @Field(() => Int) revision: number;
  @Field() body: string;
  @Field() writtenAt: Date;
  @Field() replacedAt: Date;
}

@ObjectType('MyDataComment')
export class MyDataCommentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) proposalId: string;
  @Field() proposal: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date, { nullable: true }) hiddenAt: Date | null;
  @Field(() => [MyDataCommentRevisionModel], { description: 'Earlier wordings, oldest first.' }) revisions: MyDataCommentRevisionModel[];
}

@ObjectType('MyDataReport')
export class MyDataReportModel {
  @Field(() => ID) id: string;
  @Field(() => ID) commentId: string;
  @Field() reason: string;
  @Field() details: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
}

@ObjectType('MyDataNotification')
export class MyDataNotificationModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() subject: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field() channel: string;
  @Field() status: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType('MyDataNotificationPreference')
export class MyDataNotificationPreferenceModel {
  @Field() kind: string;
  @Field() delivery: string;
}

@ObjectType('MyDataSession')
export class MyDataSessionModel {
  @Field(() => ID) id: string;
  @Field() method: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastRefreshedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) endReason: string | null;
}

@ObjectType('MyDataInvitation')
export class MyDataInvitationModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) house: string | null;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
}

@ObjectType('MyDataSignOff')
export class MyDataSignOffModel {
  @Field(() => ID) id: string;
  @Field(() => ID) proposalId: string;
  @Field() proposal: string;
  @Field() role: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() signedAt: Date;
  @Field(() => Date, { nullable: true }) voidedAt: Date | null;
}

@ObjectType('MyDataActionItem')
export class MyDataActionItemModel {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field() meeting: string;
  @Field() description: string;
  @Field() dueOn: string;
  @Field() status: string;
}

@ObjectType('MyDataAuditEvent')
export class MyDataAuditEventModel {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => ID) entityId: string;
  @Field({ description: 'Whether you made the change (who else did is not said).' }) byYou: boolean;
  @Field(() => [AuditFieldChangeModel]) changes: AuditFieldChangeModel[];
}

@ObjectType('MyData', {
  description:
    'Everything the service holds about you. GET /exports/my-data.json gives the same as a file. Notes moderators and safeguarding leads write about your comments or reports are not part of it.',
})
export class MyDataModel {
  @Field() generatedAt: Date;
  @Field(() => MyDataProfileModel) profile: MyDataProfileModel;
  @Field(() => [MyDataMembershipModel]) memberships: MyDataMembershipModel[];
  @Field(() => [MyDataRoleModel], { description: 'The roles you hold now.' }) roles: MyDataRoleModel[];
  @Field(() => [MyDataRoleGrantModel]) roleGrants: MyDataRoleGrantModel[];
  @Field(() => [MyDataVoteModel]) votes: MyDataVoteModel[];
  @Field(() => [MyDataConsultationResponseModel]) consultationResponses: MyDataConsultationResponseModel[];
  @Field(() => [MyDataCommentModel]) comments: MyDataCommentModel[];
  @Field(() => [MyDataReportModel], { description: 'Reports you made about comments.' }) reports: MyDataReportModel[];
  @Field(() => [MyDataNotificationModel]) notifications: MyDataNotificationModel[];
  @Field(() => [MyDataNotificationPreferenceModel]) notificationPreferences: MyDataNotificationPreferenceModel[];
  @Field(() => [MyDataSessionModel]) sessions: MyDataSessionModel[];
  @Field(() => [MyDataInvitationModel]) invitations: MyDataInvitationModel[];
  @Field(() => [MyDataSignOffModel]) signOffs: MyDataSignOffModel[];
  @Field(() => [MyDataActionItemModel]) actionItems: MyDataActionItemModel[];
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

@InputType()
export class ErasePersonInput {
  @Field(() => ID, { description: 'Whose data to erase, at their request.' })
  @IsUUID()
  personId: string;
}

@ObjectType()
export class ErasePersonPayload {
  @Field(() => PersonModel, { description: 'The person as they now stand: pseudonymised.' }) person: PersonModel;
  @Field() erasedAt: Date;
  @Field(() => Int) membershipsEnded: number;
  @Field(() => Int) grantsRevoked: number;
  @Field(() => Int) sessionsEnded: number;
  @Field(() => Int) commentsRemoved: number;
  @Field(() => Int, { description: 'Free-text answers given in their own name.' }) answersRemoved: number;
  @Field(() => Int, { description: 'Votes that still count but no longer point to the person.' }) votesDetached: number;
  @Field(() => Int) notificationsDeleted: number;
  @Field(() => Int, { description: 'Audit events from before personal data was kept out of the trail, redacted.' }) auditEventsRedacted: number;

  static from(result: ErasureResult, person: PersonModel): ErasePersonPayload {
    const { personId: _id, ...counts } = result;
    return Object.assign(new ErasePersonPayload(), { person, ...counts });
  }
}
