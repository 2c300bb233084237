import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Role, ROLE_REASON_MAX, ScopeKind } from '@app/access';
import { Trim } from '../governance/input-helpers';

@InputType({ description: 'Scoped roles (HOUSE_CO_CHAIR, HOUSE_MEMBER: a House; LA_OFFICER: an LA; PARTNER_OFFICER: an organisation or area) need scopeKind and scopeId; the others take neither.' })
export class GrantRoleInput {
  @Field(() => ID, { description: 'The person to give the role.' })
  @IsUUID('all', { message: 'personId must be a person id' })
  personId: string;

  @Field(() => Role, { description: 'The role to give.' })
  @IsEnum(Role, { message: `role must be one of ${Object.values(Role).join(', ')}` })
  role: Role;

  @Field(() => ScopeKind, { nullable: true, description: 'What a scoped role applies to.' })
  @ValidateIf((input: GrantRoleInput) => input.scopeId !== undefined && input.scopeId !== null)
  @IsEnum(ScopeKind, { message: 'scopeKind is needed with scopeId: BODY, AUTHORITY, ORGANISATION or AREA' })
  scopeKind?: ScopeKind | null;

  @Field(() => ID, { nullable: true, description: 'The House, LA, organisation or area a scoped role applies to.' })
  @ValidateIf((input: GrantRoleInput) => input.scopeKind !== undefined && input.scopeKind !== null)
  @IsUUID('all', { message: 'scopeId is needed with scopeKind, as the id of the House, LA, organisation or area' })
  scopeId?: string | null;

  @Field(() => String, { nullable: true, description: `Why (up to ${ROLE_REASON_MAX} characters).` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(ROLE_REASON_MAX)
  reason?: string | null;
}

@InputType({ description: 'A role grant to take back.' })
export class RevokeRoleInput {
  @Field(() => ID, { description: 'The grant to revoke.' })
  @IsUUID('all', { message: 'grantId must be a role grant id' })
  grantId: string;

  @Field(() => String, { nullable: true, description: `Why it is revoked (up to ${ROLE_REASON_MAX} characters).` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(ROLE_REASON_MAX)
  reason?: string | null;
}
