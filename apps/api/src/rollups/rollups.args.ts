import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageArgs } from '../graphql/connection';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ArgsType()
export class ProposalProgressHistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'The proposal whose history to read.' })
  @IsUUID()
  proposalId: string;

  @Field(() => String, { nullable: true, description: 'First day included (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Last day included (YYYY-MM-DD); not before "from".' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date written YYYY-MM-DD' })
  to?: string;
}
