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

registerEnumType(ConsultationAudience, { name: 'ConsultationAudience', description: 'Who a consultation asks.' });
registerEnumType(TallyVisibility, { name: 'TallyVisibility', description: 'When the vote tally of a CiCC consultation may be seen.' });
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
registerEnumType(QuestionKind, { name: 'QuestionKind' });
registerEnumType(VoteChoice, { name: 'VoteChoice' });
registerEnumType(ConsultationState, { name: 'ConsultationState' });

@ObjectType('Consultation', { description: 'A House asking an audience about a proposal or a topic, with questions and (for the CiCC) a vote.' })
export class ConsultationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The proposal consulted on; null for a House topic.' })
  proposalId: string | null;

  houseId: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field()
  description: string;

  @Field(() => ConsultationAudience)
  audience: ConsultationAudience;

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the co-chairs closed it early, if they did.' })
  closedAt: Date | null;

  @Field(() => ConsultationState)
  state: ConsultationState;

  @Field(() => TallyVisibility)
  tallyVisibility: TallyVisibility;

  @Field(() => Boolean, { description: 'True for a CiCC consultation on a proposal: members vote on it.' })
  takesVotes: boolean;

  @Field(() => String, { nullable: true })
  outcomeSummary: string | null;

  @Field(() => Date, { nullable: true })
  outcomeRecordedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
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

@ObjectType('ConsultationConnection')
export class ConsultationConnection extends Connection(ConsultationModel, 'Consultation') {}

@ObjectType('ConsultationQuestion')
export class ConsultationQuestionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Order within the consultation, from 0.' })
  position: number;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [String], { description: 'The options of a choice question; empty otherwise.' })
  options: string[];

  @Field(() => Int, { nullable: true })
  scaleMin: number | null;

  @Field(() => Int, { nullable: true })
  scaleMax: number | null;

  @Field()
  required: boolean;

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
      houseId: consultation.houseId,
      closed: consultation.state === ConsultationState.CLOSED,
    });
  }
}

const SHARE = 'Share (0–1) of those who answered the question (not of everyone asked).';
const SHARE_SUMMARY = 'The count as a share of those who answered, labelled as such: "20 of 28 that answered, 71%".';

@ObjectType('OptionCount')
export class OptionCountModel {
  @Field()
  option: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: SHARE })
  share: number;

  @Field({ description: SHARE_SUMMARY })
  summary: string;
}

@ObjectType('ScalePointCount')
export class ScalePointCountModel {
  @Field(() => Int)
  value: number;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: SHARE })
  share: number;

  @Field({ description: SHARE_SUMMARY })
  summary: string;
}

@ObjectType('QuestionResults', { description: 'How a question was answered; free-text answers are read through responses.' })
export class QuestionResultsModel {
  @Field(() => Int)
  answered: number;

  @Field(() => Int, { nullable: true, description: 'YES_NO questions only.' })
  yes: number | null;

  @Field(() => Int, { nullable: true, description: 'YES_NO questions only.' })
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
  @Field(() => TallyHiddenReason)
  reason: TallyHiddenReason;

  @Field({ description: 'The reason in a sentence, to show as it is.' })
  message: string;
}

@ObjectType('VoteTally')
export class VoteTallyModel {
  @Field(() => Int)
  support: number;

  @Field(() => Int)
  oppose: number;

  @Field(() => Int)
  abstain: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('MyVote', { description: "The caller's own vote; nobody can read anyone else's." })
export class MyVoteModel {
  @Field(() => ID)
  proposalId: string;

  @Field(() => VoteChoice)
  choice: VoteChoice;

  @Field()
  castAt: Date;

  @Field()
  updatedAt: Date;

  static from(v: OwnVote): MyVoteModel {
    return Object.assign(new MyVoteModel(), { proposalId: v.proposalId, choice: v.choice, castAt: v.castAt, updatedAt: v.updatedAt });
  }
}

@ObjectType('ConsultationResponseSummary')
export class ResponseSummaryModel {
  @Field(() => Int)
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
  @Field(() => ID)
  questionId: string;

  @Field(() => Boolean, { nullable: true })
  yesNo: boolean | null;

  @Field(() => String, { nullable: true })
  choice: string | null;

  @Field(() => [String], { nullable: true })
  choices: string[] | null;

  @Field(() => Int, { nullable: true })
  scale: number | null;

  @Field(() => String, { nullable: true })
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

@ObjectType('ConsultationResponse')
export class ConsultationResponseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
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

@ObjectType('ConsultationResponseConnection')
export class ConsultationResponseConnection extends Connection(ConsultationResponseModel, 'ConsultationResponse') {}

@ObjectType()
export class OpenConsultationPayload {
  @Field(() => ConsultationModel)
  consultation: ConsultationModel;

  @Field({ description: 'True when opening moved the draft proposal to IN_CONSULTATION.' })
  proposalMovedToConsultation: boolean;
}

@ObjectType()
export class CloseConsultationPayload {
  @Field(() => ConsultationModel)
  consultation: ConsultationModel;
}

@ObjectType()
export class RecordConsultationOutcomePayload {
  @Field(() => ConsultationModel)
  consultation: ConsultationModel;
}

@ObjectType()
export class RespondToConsultationPayload {
  @Field(() => ConsultationResponseModel)
  response: ConsultationResponseModel;

  @Field({ description: "True when this replaced an earlier response (the LA's, or the caller's own)." })
  replaced: boolean;

  @Field()
  message: string;
}

@ObjectType()
export class CastVotePayload {
  @Field(() => MyVoteModel)
  vote: MyVoteModel;

  @Field({ description: 'True when this changed an earlier vote on the proposal.' })
  changed: boolean;

  @Field(() => ConsultationModel)
  consultation: ConsultationModel;
}
