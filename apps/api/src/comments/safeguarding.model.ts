import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommentHold, ProgrammeWarning, ProgrammeWarningCode, SafeguardingAction, SafeguardingCommentOutcome, SafeguardingConcern } from '@app/comments';
import { Connection } from '../graphql/connection';

registerEnumType(SafeguardingAction, {
  name: 'SafeguardingAction',
  description: 'What a safeguarding lead did about a concern.',
  valuesMap: {
    CONTACTED_PERSON: { description: 'Spoke to the young person, or to the person the concern is about.' },
    REFERRED_TO_LOCAL_AUTHORITY: { description: "Passed to the responsible local authority's children's or leaving-care service." },
    REFERRED_TO_EMERGENCY_SERVICES: { description: 'Passed to the police or emergency services.' },
    NO_SAFETY_RISK_FOUND: { description: "Looked into it and found no risk to anyone's safety." },
    OTHER: { description: 'Something else; the notes say what.' },
  },
});
registerEnumType(SafeguardingCommentOutcome, {
  name: 'SafeguardingCommentOutcome',
  description: 'What a safeguarding lead chose for the comment once a concern was handled.',
  valuesMap: {
    RESTORE: { description: 'Show it to everyone again (once no other concern about it is open).' },
    KEEP_HIDDEN: { description: 'Keep its text and author from everyone but its author and the safeguarding leads.' },
  },
});
registerEnumType(CommentHold, {
  name: 'CommentHold',
  description: 'Why a comment is held from view for safeguarding.',
  valuesMap: {
    UNDER_REVIEW: { description: 'A safety concern about it is open: others see "This comment is being looked at." until a lead has handled every one.' },
    KEPT_HIDDEN: { description: 'A safeguarding lead handled the concern and chose to keep it from view: others see "This comment has been removed."' },
  },
});
registerEnumType(ProgrammeWarningCode, {
  name: 'ProgrammeWarningCode',
  description: 'Something about how the programme is set up that a programme admin must put right.',
  valuesMap: {
    NO_SAFEGUARDING_LEAD: { description: 'Nobody holds SAFEGUARDING_LEAD, so safety concerns wait with nobody to handle them: grant the role.' },
  },
});

@ObjectType('SafeguardingHandling', { description: 'Who handled a safety concern, when, and how.' })
export class SafeguardingHandlingModel {
  @Field(() => SafeguardingAction, { description: 'What the lead did.' })
  action: SafeguardingAction;

  @Field({ description: 'What the lead recorded for the next lead; never shown to the person who raised it.' })
  notes: string;

  @Field({ description: 'When the concern was closed.' })
  handledAt: Date;

  @Field(() => SafeguardingCommentOutcome, { nullable: true, description: 'What the lead chose for the comment (null for concerns handled before this was asked).' })
  commentOutcome: SafeguardingCommentOutcome | null;

  handledById: string | null;
}

@ObjectType('SafeguardingConcern', { description: "A report that someone is worried about a person's safety; for safeguarding leads only." })
export class SafeguardingConcernModel {
  @Field(() => ID, { description: 'The report id.' })
  id: string;

  @Field({ description: 'When the concern was raised.' })
  reportedAt: Date;

  @Field({ description: "The reporter's own words." })
  details: string;

  @Field(() => ID, { description: 'The comment it is about, held from view while the concern is open.' })
  commentId: string;

  @Field(() => SafeguardingHandlingModel, { nullable: true, description: 'Null while the concern is open.' })
  handling: SafeguardingHandlingModel | null;

  reporterId: string;
  /** When the report was closed (by its handling); null while open. */
  resolvedAt: Date | null;

  static from(c: SafeguardingConcern): SafeguardingConcernModel {
    return Object.assign(new SafeguardingConcernModel(), {
      id: c.report.id,
      reportedAt: c.report.createdAt,
      details: c.report.details,
      commentId: c.report.commentId,
      reporterId: c.report.reporterId,
      resolvedAt: c.report.resolvedAt,
      handling: c.handling
        ? Object.assign(new SafeguardingHandlingModel(), {
            action: c.handling.action,
            notes: c.handling.notes,
            handledAt: c.handling.handledAt,
            commentOutcome: c.handling.commentOutcome,
            handledById: c.handling.handledById,
          })
        : null,
    });
  }
}

@ObjectType('SafeguardingConcernConnection', { description: 'A page of the safeguarding queue.' })
export class SafeguardingConcernConnection extends Connection(SafeguardingConcernModel, 'SafeguardingConcern') {}

@ObjectType({ description: 'The concern as handled.' })
export class HandleSafeguardingConcernPayload {
  @Field(() => SafeguardingConcernModel, { description: 'The concern, now closed with its handling.' })
  concern: SafeguardingConcernModel;
}

@ObjectType('ProgrammeWarning', { description: 'Something about how the programme is set up that a programme admin must put right.' })
export class ProgrammeWarningModel implements ProgrammeWarning {
  @Field(() => ProgrammeWarningCode, { description: 'What is wrong, as a code a client can act on.' })
  code: ProgrammeWarningCode;

  @Field({ description: 'What is wrong and what to do, in plain words.' })
  message: string;
}
