import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DeliveryModel, ProposalCategory, ProposalStatus } from '@app/proposals';
import { PageArgs } from '../graphql/connection';

@InputType({ description: 'Which proposals to list; every filter left out lists all.' })
export class ProposalFilterInput {
  @Field(() => ID, { nullable: true, description: "Only this House's proposals." })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id' })
  houseId?: string;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(ProposalStatus).length)
  @IsEnum(ProposalStatus, { each: true })
  statuses?: ProposalStatus[];

  @Field(() => DeliveryModel, { nullable: true, description: 'Only offers delivered this way.' })
  @IsOptional()
  @IsEnum(DeliveryModel)
  deliveryModel?: DeliveryModel;

  @Field(() => ProposalCategory, { nullable: true, description: 'Only offers in this category.' })
  @IsOptional()
  @IsEnum(ProposalCategory)
  category?: ProposalCategory;

  @Field({ nullable: true, description: 'Words to find in the title or summary (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalFilterInput, { nullable: true, description: 'Which proposals to list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilterInput)
  filter?: ProposalFilterInput;
}
