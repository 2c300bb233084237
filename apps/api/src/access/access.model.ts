import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, RoleAssignment, RoleGrantEntity, RoleSource, scopeOfGrant, ScopeKind, ServiceArea } from '@app/access';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do; scoped roles apply to one House, LA, organisation or area.',
  valuesMap: {
    PROGRAMME_ADMIN: { description: 'Runs the service: people, places, roles, editions, erasure and failed jobs.' },
    TRUST_BOARD_MEMBER: { description: "A member, chair or adviser of the Care Leavers Trust Board: reads the directors' views and decides on recommended proposals." },
    HOUSE_CO_CHAIR: { description: 'A co-chair of one House (scoped): moves its proposals, runs its consultations and moderates its comments.' },
    HOUSE_MEMBER: { description: 'A co-chair, chair or member of one House (scoped): drafts and discusses its proposals.' },
    CICC_MEMBER: { description: 'A member of the Children in Care Council: answers and votes in CiCC consultations.' },
    LA_OFFICER: { description: 'Acts for one LA (scoped): answers its consultations and records its agreements.' },
    PARTNER_OFFICER: { description: 'Acts for one ICS area or partner organisation (scoped): answers its consultations and records its agreements.' },
    ALDCS_VIEWER: { description: "A children's services director who reads the directors' views; takes no part in discussions." },
    SAFEGUARDING_LEAD: { description: "Receives and handles safety concerns; reads the people's details a concern needs." },
  },
});
registerEnumType(ServiceArea, {
  name: 'ServiceArea',
  description: 'A part of the service for the people who run the Compact, opened by the roles its pages serve.',
  valuesMap: {
    OUR_HOUSE: { description: "Our House: a House's proposals, consultations and sign-offs (its co-chairs)." },
    OUR_AUTHORITY: { description: "Our authority: an LA's agreements to each offer (its officers)." },
    LONDONS_PROGRESS: { description: "London's progress: the agreement matrix, maps and trends (directors, the Trust Board, programme admins, the Houses and officers)." },
    TRUST_BOARD: { description: 'The Trust Board: proposals recommended to it and its decisions (its members and programme admins).' },
    MODERATION: { description: "Moderation: reported and hidden comments of a House (its co-chairs)." },
    SAFEGUARDING: { description: 'Safeguarding: safety concerns to handle (safeguarding leads).' },
    PEOPLE: { description: 'People: finding people, inviting them and their roles (programme admins; co-chairs invite into their own House).' },
    PUBLISHING: { description: 'Publishing the next edition of the Compact (programme admins).' },
    AUDIT: { description: 'The audit trail (programme admins and safeguarding leads).' },
    JOBS: { description: 'Background jobs that failed (programme admins).' },
  },
});
registerEnumType(ScopeKind, {
  name: 'RoleScopeKind',
  description: 'What a scoped role applies to.',
  valuesMap: {
    BODY: { description: 'A House (or another governance body).' },
    AUTHORITY: { description: 'A local authority.' },
    ORGANISATION: { description: 'A partner organisation.' },
    AREA: { description: 'An ICS area (or sub-region).' },
  },
});
registerEnumType(RoleSource, {
  name: 'RoleSource',
  description: 'Whether a role comes from a membership or from a grant by a programme admin.',
  valuesMap: {
    MEMBERSHIP: { description: 'A current place on a body gives it; it ends with the place.' },
    GRANT: { description: 'A programme admin granted it; it lasts until revoked.' },
  },
});

@ObjectType('RoleScope', { description: 'The one House, LA, organisation or area a scoped role applies to.' })
export class RoleScopeModel {
  @Field(() => ScopeKind, { description: 'Whether the scope is a House (or other body), an LA, an organisation or an area.' })
  kind: ScopeKind;

  @Field(() => ID, { description: 'The body, LA, organisation or area.' })
  id: string;
}

@ObjectType('RoleAssignment', { description: 'A role someone holds now, and where it comes from.' })
export class RoleAssignmentModel {
  @Field(() => Role, { description: 'The role held.' })
  role: Role;

  @Field(() => RoleScopeModel, { nullable: true, description: 'Null for roles that apply everywhere.' })
  scope: RoleScopeModel | null;

  @Field(() => RoleSource, { description: 'Whether a membership or a grant gives it.' })
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
  @Field(() => ID, { description: "The grant's id." })
  id: string;

  @Field(() => Role, { description: 'The role granted.' })
  role: Role;

  @Field(() => RoleScopeModel, { nullable: true, description: 'Where the role applies; null for roles that apply everywhere.' })
  scope: RoleScopeModel | null;

  @Field({ description: 'Why it was granted.' })
  reason: string;

  @Field({ description: 'When it was granted.' })
  grantedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it stands.' })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked; null while it stands.' })
  revokeReason: string | null;

  @Field({ description: 'Whether it gives the role now.' })
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

@ObjectType({ description: 'The grant as made.' })
export class GrantRolePayload {
  @Field(() => RoleGrantModel, { description: 'The new grant.' })
  grant: RoleGrantModel;
}

@ObjectType({ description: 'The grant as revoked.' })
export class RevokeRolePayload {
  @Field(() => RoleGrantModel, { description: 'The grant, now revoked and kept as history.' })
  grant: RoleGrantModel;
}
