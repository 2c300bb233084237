import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, RoleAssignment, RoleGrantEntity, RoleSource, scopeOfGrant, ScopeKind } from '@app/access';

registerEnumType(Role, { name: 'Role', description: 'What a person may do; scoped roles apply to one House, LA, organisation or area.' });
registerEnumType(ScopeKind, { name: 'RoleScopeKind', description: 'What a scoped role applies to.' });
registerEnumType(RoleSource, { name: 'RoleSource', description: 'Whether a role comes from a membership or from a grant by a programme admin.' });

@ObjectType('RoleScope', { description: 'The one House, LA, organisation or area a scoped role applies to.' })
export class RoleScopeModel {
  @Field(() => ScopeKind)
  kind: ScopeKind;

  @Field(() => ID)
  id: string;
}

@ObjectType('RoleAssignment', { description: 'A role someone holds now, and where it comes from.' })
export class RoleAssignmentModel {
  @Field(() => Role)
  role: Role;

  @Field(() => RoleScopeModel, { nullable: true, description: 'Null for roles that apply everywhere.' })
  scope: RoleScopeModel | null;

  @Field(() => RoleSource)
  source: RoleSource;

  @Field(() => ID, { description: 'The membership or grant that gives the role.' })
  sourceId: string;

  static from(a: RoleAssignment): RoleAssignmentModel {
    return Object.assign(new RoleAssignmentModel(), {
      role: a.role,
      scope: a.scope ? Object.assign(new RoleScopeModel(), a.scope) : null,
      source: a.source,
      sourceId: a.sourceId,
    });
  }
}

@ObjectType('RoleGrant', { description: 'A role given by a programme admin; kept as history once revoked.' })
export class RoleGrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => Role)
  role: Role;

  @Field(() => RoleScopeModel, { nullable: true })
  scope: RoleScopeModel | null;

  @Field()
  reason: string;

  @Field()
  grantedAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason: string | null;

  @Field()
  current: boolean;

  personId: string;
  grantedById: string | null;
  revokedById: string | null;

  static from(e: RoleGrantEntity): RoleGrantModel {
    const scope = scopeOfGrant(e);
    return Object.assign(new RoleGrantModel(), {
      id: e.id,
      role: e.role,
      scope: scope ? Object.assign(new RoleScopeModel(), scope) : null,
      reason: e.reason,
      grantedAt: e.grantedAt,
      revokedAt: e.revokedAt,
      revokeReason: e.revokeReason,
      current: e.revokedAt === null,
      personId: e.personId,
      grantedById: e.grantedById,
      revokedById: e.revokedById,
    });
  }
}

@ObjectType()
export class GrantRolePayload {
  @Field(() => RoleGrantModel)
  grant: RoleGrantModel;
}

@ObjectType()
export class RevokeRolePayload {
  @Field(() => RoleGrantModel)
  grant: RoleGrantModel;
}
