import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CommentEntity,
  CommentReportEntity,
  CommentReportReason,
  CommentRevisionEntity,
  CommentViewer,
  commentVisibility,
  Helpline,
  SafetyConcernAdvice,
} from '@app/comments';
import { Connection } from '../graphql/connection';

registerEnumType(CommentReportReason, {
  name: 'CommentReportReason',
  description: 'Why a comment was reported: to the moderators, or for SAFETY_CONCERN to the safeguarding leads only.',
  valuesMap: {
    SPAM: { description: 'Advertising or nonsense.' },
    ABUSIVE: { description: 'Abusive, offensive or bullying.' },
    PERSONAL_INFORMATION: { description: 'It gives away personal information about someone.' },
    OFF_TOPIC: { description: 'Not about the proposal.' },
    SAFETY_CONCERN: { description: "I'm worried about someone's safety: goes at once to the safeguarding leads, and not to the moderators." },
    OTHER: { description: 'Something else; say what in the details.' },
  },
});

@ObjectType('Comment', { description: "A comment on a proposal or a reply, as the caller may see it." })
export class CommentModel {
  @Field(() => ID, { description: "The comment's id." })
  id: string;

  @Field(() => ID, { description: 'The proposal it is on.' })
  proposalId: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to.' })
  parentId: string | null;

  @Field(() => String, { nullable: true, description: 'Null once the author has deleted the comment.' })
  body: string | null;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  @Field({ description: 'Whether its author has changed it since posting.' })
  edited: boolean;

  @Field(() => Date, { nullable: true, description: 'When its author last changed it; null if never.' })
  editedAt: Date | null;

  @Field({ description: 'Deleted by its author: a tombstone that keeps its replies in place.' })
  deleted: boolean;

  @Field({ description: 'Hidden by the moderators (only moderators ever see hidden comments).' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was hidden; for moderators only.' })
  hiddenReason: string | null;

  @Field({
    description:
      "Held because someone raised a concern for a person's safety about it: its text and author are shown only to its author and the safeguarding leads (not the moderators) until a lead restores it.",
  })
  held: boolean;

  @Field(() => String, { nullable: true, description: 'What to show for a held comment (e.g. "This comment is being looked at."); null when not held.' })
  heldNotice: string | null;

  @Field(() => Int, { description: 'Give this back as expectedVersion when editing.' })
  version: number;

  /** Null when the author is not shown (deleted comments). */
  authorId: string | null;
  viewer: CommentViewer;
  revisionsVisible: boolean;
  reportsVisible: boolean;

  static from(e: CommentEntity, viewer: CommentViewer): CommentModel {
    const seen = commentVisibility(e, viewer);
    return Object.assign(new CommentModel(), {
      id: e.id,
      proposalId: e.proposalId,
      parentId: e.parentId,
      body: seen.body,
      createdAt: e.createdAt,
      edited: e.editedAt !== null,
      editedAt: e.editedAt,
      deleted: e.deletedAt !== null,
      hidden: seen.hidden,
      hiddenReason: seen.hiddenReason,
      held: seen.held,
      heldNotice: seen.heldNotice,
      version: e.version,
      authorId: seen.authorVisible ? e.authorId : null,
      viewer,
      revisionsVisible: seen.revisionsVisible,
      reportsVisible: seen.reportsVisible,
    });
  }

  /** The model if the viewer may see the comment at all, otherwise null. */
  static visible(e: CommentEntity, viewer: CommentViewer): CommentModel | null {
    return commentVisibility(e, viewer).listed ? CommentModel.from(e, viewer) : null;
  }
}

@ObjectType('CommentRevision', { description: 'An earlier body of an edited comment.' })
export class CommentRevisionModel {
  @Field(() => Int, { description: '1 is the body as first posted.' })
  revision: number;

  @Field({ description: 'The text as it then stood.' })
  body: string;

  @Field({ description: 'When this body was written.' })
  writtenAt: Date;

  @Field({ description: 'When an edit replaced it.' })
  replacedAt: Date;

  commentId: string;

  static from(e: CommentRevisionEntity): CommentRevisionModel {
    return Object.assign(new CommentRevisionModel(), { revision: e.revision, body: e.body, writtenAt: e.writtenAt, replacedAt: e.replacedAt, commentId: e.commentId });
  }
}

@ObjectType('CommentReport', { description: 'A report of a comment to the moderators.' })
export class CommentReportModel {
  @Field(() => ID, { description: "The report's id." })
  id: string;

  @Field(() => CommentReportReason, { description: 'Why the comment was reported.' })
  reason: CommentReportReason;

  @Field({ description: 'What the reporter wrote.' })
  details: string;

  @Field({ description: 'When it was reported.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a moderator closed the report; null while open.' })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the moderator did about it; null while open.' })
  resolution: string | null;

  commentId: string;
  reporterId: string;
  resolvedById: string | null;
  viewer: CommentViewer;

  static from(e: CommentReportEntity, viewer: CommentViewer): CommentReportModel {
    return Object.assign(new CommentReportModel(), {
      id: e.id,
      reason: e.reason,
      details: e.details,
      createdAt: e.createdAt,
      resolvedAt: e.resolvedAt,
      resolution: e.resolution,
      commentId: e.commentId,
      reporterId: e.reporterId,
      resolvedById: e.resolvedById,
      viewer,
    });
  }
}

@ObjectType('CommentConnection', { description: 'A page of comments.' })
export class CommentConnection extends Connection(CommentModel, 'Comment') {}

@ObjectType('CommentReportConnection', { description: 'A page of comment reports.' })
export class CommentReportConnection extends Connection(CommentReportModel, 'CommentReport') {}

@ObjectType({ description: 'The comment as posted.' })
export class AddCommentPayload {
  @Field(() => CommentModel, { description: 'The new comment.' })
  comment: CommentModel;
}

@ObjectType({ description: 'The comment as edited.' })
export class EditCommentPayload {
  @Field(() => CommentModel, { description: 'The comment with its new wording.' })
  comment: CommentModel;
}

@ObjectType({ description: 'The comment as deleted.' })
export class DeleteCommentPayload {
  @Field(() => CommentModel, { description: 'What is left: a tombstone that keeps its replies in place.' })
  comment: CommentModel;
}

@ObjectType('Helpline', { description: 'A number to call, and when.' })
export class HelplineModel implements Helpline {
  @Field({ description: 'Who answers, e.g. Childline or Samaritans.' })
  name: string;

  @Field({ description: 'The number to call.' })
  phone: string;

  @Field({ description: 'Who the line is for and when it is open.' })
  whenToCall: string;
}

@ObjectType('SafetyConcernReceived', { description: 'What the person who raised a safety concern is told at once: what happens next, by when, and who to call now.' })
export class SafetyConcernReceivedModel implements SafetyConcernAdvice {
  @Field({ description: 'When a safeguarding lead will look at it, e.g. "within one working day" (SAFEGUARDING_RESPONSE_TIME).' })
  lookWithin: string;

  @Field({ description: 'What happens next and by when, in plain words.' })
  whatHappensNext: string;

  @Field({ description: 'What to do if someone is in danger now.' })
  emergency: string;

  @Field(() => [HelplineModel], { description: 'Helplines to call now.' })
  helplines: HelplineModel[];

  static from(a: SafetyConcernAdvice): SafetyConcernReceivedModel {
    return Object.assign(new SafetyConcernReceivedModel(), { ...a, helplines: a.helplines.map((h) => Object.assign(new HelplineModel(), h)) });
  }
}

@ObjectType({ description: 'The report as made.' })
export class ReportCommentPayload {
  @Field(() => CommentReportModel, { description: 'The new report.' })
  report: CommentReportModel;

  @Field(() => SafetyConcernReceivedModel, { nullable: true, description: 'For a SAFETY_CONCERN only: what happens next, by when, and who to call in an emergency.' })
  safetyConcern: SafetyConcernReceivedModel | null;
}

@ObjectType({ description: 'The comment as hidden.' })
export class HideCommentPayload {
  @Field(() => CommentModel, { description: 'The comment, now hidden from everyone but the moderators.' })
  comment: CommentModel;
}

@ObjectType({ description: 'The comment as shown again.' })
export class UnhideCommentPayload {
  @Field(() => CommentModel, { description: 'The comment, visible again.' })
  comment: CommentModel;
}

@ObjectType({ description: 'The report as closed.' })
export class ResolveCommentReportPayload {
  @Field(() => CommentReportModel, { description: 'The report, with its resolution.' })
  report: CommentReportModel;
}
