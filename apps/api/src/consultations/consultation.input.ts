import { ArgsType, Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ConsultationAudience,
  ConsultationState,
  DESCRIPTION_MAX,
  FREE_TEXT_MAX,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  OPTION_MAX,
  OUTCOME_MAX,
  PROMPT_MAX,
  QuestionKind,
  TallyVisibility,
  TITLE_MAX,
  VoteChoice,
} from '@app/consultations';
import { Trim } from '../governance/input-helpers';
import { PageArgs } from '../graphql/connection';

@InputType({ description: 'Ask a question only when an earlier yes/no or single-choice question got a given answer.' })
export class QuestionConditionInput {
  @Field(() => Int, { description: 'The earlier question, by its place in this list (0 for the first).' })
  @IsInt()
  @Min(0)
  question: number;

  @Field({ description: '"Yes" or "No" for a yes/no question; one of the options of a single-choice question.' })
  @IsString()
  @MaxLength(OPTION_MAX)
  answer: string;
}

@InputType({ description: "A question; options for choice questions, scaleMin/scaleMax for SCALE." })
export class QuestionInput {
  @Field(() => QuestionKind, { description: 'The kind of answer the question takes.' })
  @IsEnum(QuestionKind)
  kind: QuestionKind;

  @Field({ description: 'The question as people will read it.' })
  @IsString()
  @Length(1, PROMPT_MAX)
  prompt: string;

  @Field(() => [String], { nullable: true, description: `Choice questions: 2–${MAX_OPTIONS} distinct options.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(OPTION_MAX, { each: true })
  options?: string[];

  @Field(() => Int, { nullable: true, description: 'SCALE questions only: the lowest point (a whole number).' })
  @IsOptional()
  @IsInt()
  @Min(-100)
  @Max(100)
  scaleMin?: number;

  @Field(() => Int, { nullable: true, description: 'SCALE questions only: the highest point, above scaleMin and at most 10 steps from it.' })
  @IsOptional()
  @IsInt()
  @Min(-100)
  @Max(100)
  scaleMax?: number;

  @Field({ defaultValue: true, description: 'Whether a response must answer it (default true); a question that is not asked never must.' })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @Field(() => QuestionConditionInput, { nullable: true, description: 'Ask it only when an earlier question got this answer; left out, it is always asked.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionConditionInput)
  askIf?: QuestionConditionInput | null;
}

@InputType({ description: 'A consultation to open or schedule: about a proposal, or a topic of the body running it.' })
export class OpenConsultationInput {
  @Field(() => ID, { nullable: true, description: 'The proposal to consult on; its House runs the consultation.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a topic (no proposal): the body running it: a House, a working group (e.g. the Compact Working Group) or the Trust Board.',
  })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => ID, { nullable: true, description: 'The same as bodyId.', deprecationReason: 'Working groups and the Trust Board consult too: use bodyId.' })
  @IsOptional()
  @IsUUID()
  houseId?: string;

  @Field({ nullable: true, description: `Required for a topic (no proposal); 1–${TITLE_MAX} characters.` })
  @IsOptional()
  @IsString()
  @Length(1, TITLE_MAX)
  title?: string;

  @Field({ nullable: true, description: 'What the consultation asks and why, shown to those asked.' })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @Field(() => ConsultationAudience, { description: "Who is asked; a CiCC consultation on a proposal also takes the members' votes." })
  @IsEnum(ConsultationAudience)
  audience: ConsultationAudience;

  @Field({ nullable: true, description: 'Defaults to now. Opening now moves a DRAFT proposal to IN_CONSULTATION.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date;

  @Field({ description: 'When it closes, after opensAt; responses and votes stop then.' })
  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  @Field(() => TallyVisibility, { nullable: true, description: 'Defaults to AFTER_VOTING.' })
  @IsOptional()
  @IsEnum(TallyVisibility)
  tallyVisibility?: TallyVisibility;

  @Field(() => [QuestionInput], { nullable: true, description: 'The questions to ask, in order; none for a vote or an open invitation to comment.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions?: QuestionInput[];
}

@InputType({ description: 'The consultation to close before its closing time.' })
export class CloseConsultationInput {
  @Field(() => ID, { description: 'The consultation to close.' })
  @IsUUID()
  consultationId: string;

  @Field(() => Int, { nullable: true, description: 'When given, refused with CONFLICT if the consultation changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: 'What the body concluded from a closed consultation.' })
export class RecordConsultationOutcomeInput extends PickType(CloseConsultationInput, ['expectedVersion'] as const, InputType) {
  @Field(() => ID, { description: 'The closed consultation.' })
  @IsUUID()
  consultationId: string;

  @Field({ description: 'What was concluded, as those asked will read it ("you said, we did").' })
  @Trim()
  @IsString()
  @Length(1, OUTCOME_MAX)
  summary: string;
}

@InputType({ description: "An answer: give only the field for the question's kind (yesNo, choice, choices, scale or text)." })
export class AnswerInput {
  @Field(() => ID, { description: 'The question answered.' })
  @IsUUID()
  questionId: string;

  @Field({ nullable: true, description: 'YES_NO questions: the answer.' })
  @IsOptional()
  @IsBoolean()
  yesNo?: boolean;

  @Field({ nullable: true, description: 'SINGLE_CHOICE questions: one of the options, as written.' })
  @IsOptional()
  @IsString()
  @MaxLength(OPTION_MAX)
  choice?: string;

  @Field(() => [String], { nullable: true, description: 'MULTIPLE_CHOICE questions: the options chosen, as written.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  choices?: string[];

  @Field(() => Int, { nullable: true, description: 'SCALE questions: a whole number from scaleMin to scaleMax.' })
  @IsOptional()
  @IsInt()
  scale?: number;

  @Field({ nullable: true, description: 'FREE_TEXT questions: the answer in words.' })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  text?: string;
}

@InputType({ description: 'A response to an open consultation, yourself or for the LA, ICS area or partner you act for.' })
export class RespondToConsultationInput {
  @Field(() => ID, { description: 'The consultation answered.' })
  @IsUUID()
  consultationId: string;

  @Field(() => ID, { nullable: true, description: 'The LA answered for (consultations of LAs, housing directors or ALDCS).' })
  @IsOptional()
  @IsUUID()
  onBehalfOfAuthorityId?: string;

  @Field(() => ID, { nullable: true, description: 'The ICS area answered for (partner consultations); or give onBehalfOfOrganisationId.' })
  @IsOptional()
  @IsUUID()
  onBehalfOfAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'The partner organisation answered for (partner consultations); or give onBehalfOfAreaId.' })
  @IsOptional()
  @IsUUID()
  onBehalfOfOrganisationId?: string;

  @Field(() => [AnswerInput], { description: 'One answer per question answered; every required question must be answered.' })
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

@InputType({ description: "A CiCC member's vote on a proposal." })
export class CastVoteInput {
  @Field(() => ID, { description: 'The proposal voted on; its CiCC consultation must be open.' })
  @IsUUID()
  proposalId: string;

  @Field(() => VoteChoice, { description: 'The vote.' })
  @IsEnum(VoteChoice)
  choice: VoteChoice;
}

@InputType({ description: 'Which consultations to list; every filter left out lists all.' })
export class ConsultationFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only consultations on this proposal.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @Field(() => ID, { nullable: true, description: 'Only consultations run by this House or other body.' })
  @IsOptional()
  @IsUUID()
  houseId?: string;

  @Field(() => ConsultationAudience, { nullable: true, description: 'Only consultations asking this audience.' })
  @IsOptional()
  @IsEnum(ConsultationAudience)
  audience?: ConsultationAudience;

  @Field(() => ConsultationState, { nullable: true, description: 'Only consultations in this state now.' })
  @IsOptional()
  @IsEnum(ConsultationState)
  state?: ConsultationState;
}

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @Field(() => ConsultationFilterInput, { nullable: true, description: 'Which consultations to list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationFilterInput)
  filter?: ConsultationFilterInput;
}

@ArgsType()
export class ResponsesArgs extends PageArgs {
  @Field(() => ID, { description: 'The consultation whose responses to read.' })
  @IsUUID()
  consultationId: string;
}
