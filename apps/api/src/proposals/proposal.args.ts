import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DeliveryModel, ProposalCategory, ProposalStatus } from '@app/proposals';
import { PageArgs } from '../graphql/connection';

@InputType()
export class ProposalFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id' })
  houseId?: string;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(ProposalStatus).length)
  @IsEnum(ProposalStatus, { each: true })
  statuses?: ProposalStatus[];

  @Field(() => DeliveryModel, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryModel)
  deliveryModel?: DeliveryModel;

  @Field(() => ProposalCategory, { nullable: true })
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
  @Field(() => ProposalFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilterInput)
  filter?: ProposalFilterInput;
}
