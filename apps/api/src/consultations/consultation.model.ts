import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AnswerValue,
  ConsultationAnswerEntity,
  ConsultationAudience,
  ConsultationEntity,
  ConsultationQuestionEntity,
  ConsultationResponseEntity,
  ConsultationState,
  consultationState,
  OwnVote,
  QuestionKind,
  TallyHiddenReason,
  TallyVisibility,
  VoteChoice,
} from '@app/consultations';
import { Connection } from '../graphql/connection';
import { LocalAuthorityModel } from '../reference/reference.model';

registerEnumType(ConsultationAudience, {
  name: 'ConsultationAudience',
  description: 'Who a consultation asks.',
  valuesMap: {
    CICC: { description: 'Young people of the Children in Care Council, each for themself; on a proposal they also vote.' },
    LOCAL_AUTHORITIES: { description: "London's local authorities, one answer per LA from its officers." },
    HOUSING_DIRECTORS: { description: "The LAs' housing directors, one answer per LA." },
    ALDCS: { description: "The Association of London Directors of Children's Services, one answer per LA." },
    PARTNERS: { description: 'Partners: one answer per ICS area or partner organisation, from its officers.' },
  },
});
registerEnumType(TallyVisibility, {
  name: 'TallyVisibility',
  description: 'When the vote tally of a CiCC consultation may be seen (and always only once enough members have voted).',
  valuesMap: {
    ALWAYS: { description: 'To everyone signed in, while voting is open too; each new vote then moves it by one.' },
    AFTER_VOTING: { description: 'To a member once they have voted, and to everyone once voting closes.' },
    AFTER_CLOSE: { description: 'To everyone once voting closes, and not before.' },
  },
});
registerEnumType(TallyHiddenReason, {
  name: 'TallyHiddenReason',
  description: 'Why a vote tally is hidden.',
  valuesMap: {
    VOTE_TO_SEE: { description: 'Shown to members once they have voted, and to everyone when voting closes.' },
    UNTIL_CLOSE: { description: 'Shown when voting closes.' },
    NO_VOTE: { description: 'This consultation takes no votes.' },
    TOO_FEW_VOTERS: { description: 'Fewer members have voted than the minimum (TALLY_MIN_VOTERS), so the count could give votes away.' },
  },
});
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'The kind of answer a consultation question takes.',
  valuesMap: {
    YES_NO: { description: 'Yes or no.' },
    SINGLE_CHOICE: { description: "One of the question's options." },
    MULTIPLE_CHOICE: { description: "Any number of the question's options." },
    SCALE: { description: 'A whole number from scaleMin to scaleMax.' },
    FREE_TEXT: { description: 'An answer in words.' },
  },
});
registerEnumType(VoteChoice, {
  name: 'VoteChoice',
  description: "A CiCC member's vote on a proposal.",
  valuesMap: {
    SUPPORT: { description: 'For the proposal.' },
    OPPOSE: { description: 'Against the proposal.' },
    ABSTAIN: { description: 'Taking part without taking a side; counted in the total.' },
  },
});
registerEnumType(ConsultationState, {
  name: 'ConsultationState',
  description: 'Where a consultation is in time, worked out now from its dates.',
  valuesMap: {
    SCHEDULED: { description: 'Set up, opening later.' },
    OPEN: { description: 'Taking responses (and votes) now.' },
    CLOSED: { description: 'No longer taking responses: its closing time passed or its co-chairs closed it early.' },
  },
});

@ObjectType('Consultation', { description: 'A House asking an audience about a proposal or a topic, with questions and (for the CiCC) a vote.' })
export class ConsultationModel {
  @Field(() => ID, { description: "The consultation's id." })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The proposal consulted on; null for a House topic.' })
  proposalId: string | null;

  houseId: string;

  @Field(() => String, { nullable: true, description: "The topic's title; null for a consultation on a proposal (use the proposal's)." })
  title: string | null;

  @Field({ description: 'What the consultation asks and why.' })
  description: string;

  @Field(() => ConsultationAudience, { description: 'Who is asked.' })
  audience: ConsultationAudience;

  @Field({ description: 'When responses open.' })
  opensAt: Date;

  @Field({ description: 'When responses close, unless closed early.' })
  closesAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the co-chairs closed it early, if they did.' })
  closedAt: Date | null;

  @Field(() => ConsultationState, { description: 'Whether it is scheduled, open or closed, now.' })
  state: ConsultationState;

  @Field(() => TallyVisibility, { description: 'When the vote tally may be seen (CiCC consultations on a proposal).' })
  tallyVisibility: TallyVisibility;

  @Field(() => Boolean, { description: 'True for a CiCC consultation on a proposal: members vote on it.' })
  takesVotes: boolean;

  @Field(() => String, { nullable: true, description: 'What the body concluded, once recorded; null until then.' })
  outcomeSummary: string | null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded; null until then.' })
  outcomeRecordedAt: Date | null;

  @Field({ description: 'When the consultation was set up.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass back as expectedVersion when closing or recording the outcome.' })
  version: number;

  static from(e: ConsultationEntity, now: Date = new Date()): ConsultationModel {
    return Object.assign(new ConsultationModel(), {
      id: e.id,
      proposalId: e.proposalId,
      houseId: e.houseId,
      title: e.title,
      description: e.description,
      audience: e.audience,
      opensAt: e.opensAt,
      closesAt: e.closesAt,
      closedAt: e.closedAt,
      state: consultationState(e, now),
      tallyVisibility: e.tallyVisibility,
      takesVotes: e.proposalId !== null && e.audience === ConsultationAudience.CICC,
      outcomeSummary: e.outcomeSummary,
      outcomeRecordedAt: e.outcomeRecordedAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      version: e.version,
    });
  }
}

@ObjectType('ConsultationConnection', { description: 'A page of consultations.' })
export class ConsultationConnection extends Connection(ConsultationModel, 'Consultation') {}

@ObjectType('QuestionCondition', { description: 'A question asked only after a given answer to an earlier one.' })
export class QuestionConditionModel {
  @Field(() => Int, { description: "The earlier question's position (0 for the first)." })
  question: number;

  @Field({ description: '"Yes" or "No" for a yes/no question; an option of a single-choice question.' })
  answer: string;
}

@ObjectType('ConsultationQuestion', { description: 'A question a consultation asks.' })
export class ConsultationQuestionModel {
  @Field(() => ID, { description: "The question's id, to answer it with." })
  id: string;

  @Field(() => Int, { description: 'Order within the consultation, from 0.' })
  position: number;

  @Field(() => QuestionKind, { description: 'The kind of answer it takes.' })
  kind: QuestionKind;

  @Field({ description: 'The question as people read it.' })
  prompt: string;

  @Field(() => [String], { description: 'The options of a choice question; empty otherwise.' })
  options: string[];

  @Field(() => Int, { nullable: true, description: 'SCALE questions: the lowest point; null otherwise.' })
  scaleMin: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE questions: the highest point; null otherwise.' })
  scaleMax: number | null;

  @Field({ description: 'Whether a response must answer it (when it is asked).' })
  required: boolean;

  @Field(() => QuestionConditionModel, { nullable: true, description: 'When it is asked only after a given answer to an earlier question; null when it is always asked.' })
  askIf: QuestionConditionModel | null;

  houseId: string;
  closed: boolean;

  static from(e: ConsultationQuestionEntity, consultation: ConsultationModel): ConsultationQuestionModel {
    return Object.assign(new ConsultationQuestionModel(), {
      id: e.id,
      position: e.position,
      kind: e.kind,
      prompt: e.prompt,
      options: e.options,
      scaleMin: e.scaleMin,
      scaleMax: e.scaleMax,
      required: e.required,
      askIf: e.askIfPosition === null || e.askIfAnswer === null ? null : Object.assign(new QuestionConditionModel(), { question: e.askIfPosition, answer: e.askIfAnswer }),
      houseId: consultation.houseId,
      closed: consultation.state === ConsultationState.CLOSED,
    });
  }
}

const SHARE = 'Share (0–1) of those who answered the question (not of everyone asked).';
const SHARE_SUMMARY = 'The count as a share of those who answered, labelled as such: "20 of 28 that answered, 71%".';

@ObjectType('OptionCount', { description: 'How often one option of a choice question was chosen.' })
export class OptionCountModel {
  @Field({ description: 'The option, as written.' })
  option: string;

  @Field(() => Int, { description: 'How many responses chose it.' })
  count: number;

  @Field(() => Float, { description: SHARE })
  share: number;

  @Field({ description: SHARE_SUMMARY })
  summary: string;
}

@ObjectType('ScalePointCount', { description: 'How often one point of a scale was chosen.' })
export class ScalePointCountModel {
  @Field(() => Int, { description: 'The point of the scale.' })
  value: number;

  @Field(() => Int, { description: 'How many responses chose it.' })
  count: number;

  @Field(() => Float, { description: SHARE })
  share: number;

  @Field({ description: SHARE_SUMMARY })
  summary: string;
}

@ObjectType('QuestionResults', { description: 'How a question was answered; free-text answers are read through responses.' })
export class QuestionResultsModel {
  @Field(() => Int, { description: 'How many responses answered the question.' })
  answered: number;

  @Field(() => Int, { nullable: true, description: 'YES_NO questions: how many answered yes; null for other kinds.' })
  yes: number | null;

  @Field(() => Int, { nullable: true, description: 'YES_NO questions: how many answered no; null for other kinds.' })
  no: number | null;

  @Field(() => Float, { nullable: true, description: `YES_NO questions only. ${SHARE}` })
  yesShare: number | null;

  @Field(() => Float, { nullable: true, description: `YES_NO questions only. ${SHARE}` })
  noShare: number | null;

  @Field(() => String, { nullable: true, description: `YES_NO questions only. ${SHARE_SUMMARY}` })
  yesSummary: string | null;

  @Field(() => String, { nullable: true, description: `YES_NO questions only. ${SHARE_SUMMARY}` })
  noSummary: string | null;

  @Field(() => [OptionCountModel], { description: 'Choice questions: every option, in order, with how often it was chosen.' })
  optionCounts: OptionCountModel[];

  @Field(() => [ScalePointCountModel], { description: 'SCALE questions: every point of the scale with its count.' })
  scaleCounts: ScalePointCountModel[];

  @Field(() => Float, { nullable: true, description: 'SCALE questions: the mean answer.' })
  scaleMean: number | null;
}

/** Why a question's results are not shown to the caller. */
export enum ResultsHiddenReason {
  CO_CHAIRS_UNTIL_CLOSE = 'CO_CHAIRS_UNTIL_CLOSE',
}
registerEnumType(ResultsHiddenReason, {
  name: 'ResultsHiddenReason',
  description: "Why a consultation question's results are not shown to the caller.",
  valuesMap: { CO_CHAIRS_UNTIL_CLOSE: { description: "Until the consultation closes, only the running House's co-chairs see the results." } },
});

/** The sentence shown beside each ResultsHiddenReason. */
export const RESULTS_HIDDEN_MESSAGES: Record<ResultsHiddenReason, string> = {
  [ResultsHiddenReason.CO_CHAIRS_UNTIL_CLOSE]: "Results are shown to the House's co-chairs, and to everyone once the consultation closes.",
};

@ObjectType('ResultsHidden', { description: "Why a question's results are not shown to the caller." })
export class ResultsHiddenModel {
  @Field(() => ResultsHiddenReason, { description: 'The reason, for the client to act on.' })
  reason: ResultsHiddenReason;

  @Field({ description: 'The reason in a sentence, to show as it is.' })
  message: string;
}

@ObjectType('TallyHidden', { description: 'Why a vote tally is not shown to the caller.' })
export class TallyHiddenModel {
  @Field(() => TallyHiddenReason, { description: 'Why the tally is hidden, as a code a client can act on.' })
  reason: TallyHiddenReason;

  @Field({ description: 'The reason in a sentence, to show as it is.' })
  message: string;
}

@ObjectType('VoteTally', { description: "The CiCC members' votes on a proposal, counted, never who voted how; shown only once at least TALLY_MIN_VOTERS (default 5) have voted, and when tallyVisibility allows." })
export class VoteTallyModel {
  @Field(() => Int, { description: 'Votes in support.' })
  support: number;

  @Field(() => Int, { description: 'Votes against.' })
  oppose: number;

  @Field(() => Int, { description: 'Abstentions.' })
  abstain: number;

  @Field(() => Int, { description: 'Every vote cast, abstentions included.' })
  total: number;
}

@ObjectType('MyVote', { description: "The caller's own vote; nobody can read anyone else's." })
export class MyVoteModel {
  @Field(() => ID, { description: 'The proposal voted on.' })
  proposalId: string;

  @Field(() => VoteChoice, { description: 'Your vote.' })
  choice: VoteChoice;

  @Field({ description: 'When you first voted.' })
  castAt: Date;

  @Field({ description: 'When you last changed your vote.' })
  updatedAt: Date;

  static from(v: OwnVote): MyVoteModel {
    return Object.assign(new MyVoteModel(), { proposalId: v.proposalId, choice: v.choice, castAt: v.castAt, updatedAt: v.updatedAt });
  }
}

@ObjectType('ConsultationResponseSummary', { description: 'How many have responded, which everyone signed in may see.' })
export class ResponseSummaryModel {
  @Field(() => Int, { description: 'Responses received (a replaced response counts once).' })
  totalResponses: number;

  @Field(() => Int, { description: "Responses given in a person's own name (not for an LA, area or partner)." })
  personalResponses: number;

  @Field(() => Int, { nullable: true, description: 'For consultations answered per LA: how many LAs have responded.' })
  respondedAuthorities: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "For consultations answered per LA: London's LAs asked (33). Answers are counted as shares of those that answered, not of this.",
  })
  totalAuthorities: number | null;

  @Field(() => String, { nullable: true, description: 'For consultations answered per LA: "28 of 33 local authorities answered (85%)".' })
  respondedSummary: string | null;

  @Field(() => [LocalAuthorityModel], { nullable: true, description: 'For consultations answered per LA: those yet to respond, by name.' })
  notRespondedAuthorities: LocalAuthorityModel[] | null;
}

@ObjectType('ConsultationAnswer', { description: "One answer; only the field for the question's kind is set." })
export class ConsultationAnswerModel {
  @Field(() => ID, { description: 'The question answered.' })
  questionId: string;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO questions: the answer.' })
  yesNo: boolean | null;

  @Field(() => String, { nullable: true, description: 'SINGLE_CHOICE questions: the option chosen.' })
  choice: string | null;

  @Field(() => [String], { nullable: true, description: 'MULTIPLE_CHOICE questions: the options chosen.' })
  choices: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE questions: the point chosen.' })
  scale: number | null;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT questions: the answer in words.' })
  text: string | null;

  static from(e: ConsultationAnswerEntity, kind: QuestionKind | undefined): ConsultationAnswerModel {
    const v: AnswerValue = e.value;
    return Object.assign(new ConsultationAnswerModel(), {
      questionId: e.questionId,
      yesNo: typeof v === 'boolean' ? v : null,
      choice: kind === QuestionKind.SINGLE_CHOICE && typeof v === 'string' ? v : null,
      choices: Array.isArray(v) ? v : null,
      scale: typeof v === 'number' ? v : null,
      text: kind === QuestionKind.FREE_TEXT && typeof v === 'string' ? v : null,
    });
  }
}

@ObjectType('ConsultationResponse', { description: 'One response to a consultation, from a person or for an LA, ICS area or partner.' })
export class ConsultationResponseModel {
  @Field(() => ID, { description: "The response's id." })
  id: string;

  @Field(() => ID, { description: 'The consultation answered.' })
  consultationId: string;

  @Field({ description: 'When this LA or person first responded.' })
  firstSubmittedAt: Date;

  @Field({ description: 'When the current answers were given.' })
  submittedAt: Date;

  @Field(() => Int, { description: 'How many times an earlier response was replaced.' })
  replacements: number;

  respondentId: string;
  onBehalfOfAuthorityId: string | null;
  onBehalfOfAreaId: string | null;
  onBehalfOfOrganisationId: string | null;
  /** CiCC members' personal responses are not shown with their names. */
  respondentHidden: boolean;

  static from(e: ConsultationResponseEntity, respondentHidden: boolean): ConsultationResponseModel {
    return Object.assign(new ConsultationResponseModel(), {
      id: e.id,
      consultationId: e.consultationId,
      firstSubmittedAt: e.firstSubmittedAt,
      submittedAt: e.submittedAt,
      replacements: e.replacements,
      respondentId: e.respondentId,
      onBehalfOfAuthorityId: e.onBehalfOfAuthorityId,
      onBehalfOfAreaId: e.onBehalfOfAreaId,
      onBehalfOfOrganisationId: e.onBehalfOfOrganisationId,
      respondentHidden,
    });
  }
}

@ObjectType('ConsultationRespondingFor', {
  description: 'Someone or something you may answer a consultation for now (yourself, or an LA, ICS area or partner you act for), with the response kept for it.',
})
export class ConsultationRespondingForModel {
  @Field({ description: 'Whom the answers are for: the LA, ICS area or partner organisation by name, or "Yourself".' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'The LA answered for, to give as onBehalfOfAuthorityId; null otherwise.' })
  onBehalfOfAuthorityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The ICS area answered for, to give as onBehalfOfAreaId; null otherwise.' })
  onBehalfOfAreaId: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner organisation answered for, to give as onBehalfOfOrganisationId; null otherwise.' })
  onBehalfOfOrganisationId: string | null;

  @Field(() => ConsultationResponseModel, { nullable: true, description: 'The response kept for it now, which a new answer replaces; null before the first.' })
  response: ConsultationResponseModel | null;
}

@ObjectType('ConsultationResponseConnection', { description: "A page of a consultation's responses." })
export class ConsultationResponseConnection extends Connection(ConsultationResponseModel, 'ConsultationResponse') {}

@ObjectType({ description: 'The consultation as opened or scheduled.' })
export class OpenConsultationPayload {
  @Field(() => ConsultationModel, { description: 'The new consultation.' })
  consultation: ConsultationModel;

  @Field({ description: 'True when opening moved the draft proposal to IN_CONSULTATION.' })
  proposalMovedToConsultation: boolean;
}

@ObjectType({ description: 'The consultation as closed.' })
export class CloseConsultationPayload {
  @Field(() => ConsultationModel, { description: 'The consultation, now closed.' })
  consultation: ConsultationModel;
}

@ObjectType({ description: 'The consultation with its outcome.' })
export class RecordConsultationOutcomePayload {
  @Field(() => ConsultationModel, { description: 'The consultation, with its outcome recorded.' })
  consultation: ConsultationModel;
}

@ObjectType({ description: 'The response as kept.' })
export class RespondToConsultationPayload {
  @Field(() => ConsultationResponseModel, { description: 'The response now kept (it replaces any earlier one for the same person or party).' })
  response: ConsultationResponseModel;

  @Field({ description: "True when this replaced an earlier response (the LA's, or the caller's own)." })
  replaced: boolean;

  @Field({ description: 'A sentence to show whoever answered: what was kept and what happens next.' })
  message: string;
}

@ObjectType({ description: 'The vote as kept.' })
export class CastVotePayload {
  @Field(() => MyVoteModel, { description: 'Your vote now.' })
  vote: MyVoteModel;

  @Field({ description: 'True when this changed an earlier vote on the proposal.' })
  changed: boolean;

  @Field(() => ConsultationModel, { description: 'The consultation voted in, for its tally as you may now see it.' })
  consultation: ConsultationModel;
}
