import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../graphql/connection';
import { DateScalar, IsDateOnly } from '../graphql/scalars';


@ArgsType()
export class ProposalProgressHistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'The proposal whose history to read.' })
  @IsUUID()
  proposalId: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day included.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day included; not before "from".' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}
