import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Narrows the audit trail; every field is optional and they combine with AND.' })
export class AuditEventsFilterInput {
  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. proposal, agreement_status, membership.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z][a-z_]*$/, { message: 'entityType is a record kind in snake_case, e.g. agreement_status' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the record changed.' })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a record id (a UUID)' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who made the changes.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a person id (a UUID)' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this instant; must be after `from`.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
