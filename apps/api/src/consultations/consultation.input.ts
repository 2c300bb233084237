import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
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
import { PageArgs } from '../graphql/connection';

@InputType({ description: "A question; options for choice questions, scaleMin/scaleMax for SCALE." })
export class QuestionInput {
  @Field(() => QuestionKind)
  @IsEnum(QuestionKind)
  kind: QuestionKind;

  @Field()
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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-100)
  @Max(100)
  scaleMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-100)
  @Max(100)
  scaleMax?: number;

  @Field({ defaultValue: true })
  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

@InputType()
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

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @Field(() => ConsultationAudience)
  @IsEnum(ConsultationAudience)
  audience: ConsultationAudience;

  @Field({ nullable: true, description: 'Defaults to now. Opening now moves a DRAFT proposal to IN_CONSULTATION.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  @Field(() => TallyVisibility, { nullable: true, description: 'Defaults to AFTER_VOTING.' })
  @IsOptional()
  @IsEnum(TallyVisibility)
  tallyVisibility?: TallyVisibility;

  @Field(() => [QuestionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions?: QuestionInput[];
}

@InputType()
export class CloseConsultationInput {
  @Field(() => ID)
  @IsUUID()
  consultationId: string;

  @Field(() => Int, { nullable: true, description: 'When given, refused with CONFLICT if the consultation changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class RecordConsultationOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  consultationId: string;

  @Field()
  @IsString()
  @Length(1, OUTCOME_MAX)
  summary: string;

  @Field(() => Int, { nullable: true, description: 'When given, refused with CONFLICT if the consultation changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: "An answer: give only the field for the question's kind (yesNo, choice, choices, scale or text)." })
export class AnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  yesNo?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(OPTION_MAX)
  choice?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  choices?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  scale?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  text?: string;
}

@InputType()
export class RespondToConsultationInput {
  @Field(() => ID)
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

  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

@InputType()
export class CastVoteInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => VoteChoice)
  @IsEnum(VoteChoice)
  choice: VoteChoice;
}

@InputType()
export class ConsultationFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  houseId?: string;

  @Field(() => ConsultationAudience, { nullable: true })
  @IsOptional()
  @IsEnum(ConsultationAudience)
  audience?: ConsultationAudience;

  @Field(() => ConsultationState, { nullable: true })
  @IsOptional()
  @IsEnum(ConsultationState)
  state?: ConsultationState;
}

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @Field(() => ConsultationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationFilterInput)
  filter?: ConsultationFilterInput;
}

@ArgsType()
export class ResponsesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  consultationId: string;
}
