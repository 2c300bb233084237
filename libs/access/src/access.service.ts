import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { Actor, ALLOWED, enforce, EventJob, isUniqueViolation, Permission, refused, requirePerson, Tx } from '@app/core';
import { OutboxService } from '@app/outbox';
import { AccessConflictError, AccessErrorCode, AccessForbiddenError, AccessInputError, AccessNotFoundError } from './access.errors';
import { actsFor, partiesActedFor, PartyScope, PartyScopeKind } from './acts-for';
import { RoleGrantEntity } from './role-grant.entity';
import { RoleFact, roleFactsSql, rolesFromFacts } from './role-facts';
import { holds, Role, ROLE_SCOPES, RoleAssignment, RoleScope, ScopeKind } from './role';
import { Viewer, viewerHolds, viewerOf } from './viewer';

export interface GrantRoleRequest {
  personId: string;
  role: Role;
  scope?: RoleScope | null;
  reason?: string | null;
}

export interface RevokeRoleRequest {
  grantId: string;
  reason?: string | null;
}

/** The longest reason given for granting or revoking a role. */
export const ROLE_REASON_MAX = 2000;

const SCOPE_TABLE: Readonly<Record<ScopeKind, { table: string; noun: string }>> = {
  [ScopeKind.BODY]: { table: 'body', noun: 'House or body' },
  [ScopeKind.AUTHORITY]: { table: 'local_authority', noun: 'local authority' },
  [ScopeKind.ORGANISATION]: { table: 'organisation', noun: 'partner organisation' },
  [ScopeKind.AREA]: { table: 'area', noun: 'area' },
};

/**
 * Who holds which role, where. Roles come from current memberships (see rolesFromMemberships)
 * and from explicit grants made by programme admins.
 *
 * Lookups for an actor are cached for as long as that actor object lives: the API builds one
 * actor per request, so each request reads a person's roles at most once.
 */
@Injectable()
export class AccessService {
  private readonly cache = new WeakMap<Actor, Promise<RoleAssignment[]>>();

  constructor(
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Every role a person holds now, from memberships and from current grants (one statement). */
  async rolesOf(personId: string): Promise<RoleAssignment[]> {
    return rolesFromFacts(await this.txHost.tx.query<RoleFact[]>(roleFactsSql('$1::uuid'), [personId]));
  }

  /**
   * The actor's roles, read once per actor object (once per API request). The system and
   * anonymous callers hold none. Read through the transaction host, so a first read inside a
   * transaction uses that transaction's connection, not a second one.
   */
  rolesOfActor(actor: Actor): Promise<RoleAssignment[]> {
    if (!actor.personId) return Promise.resolve([]);
    let roles = this.cache.get(actor);
    if (!roles) {
      roles = this.rolesOf(actor.personId);
      this.cache.set(actor, roles);
      roles.catch(() => this.cache.delete(actor));
    }
    return roles;
  }

  /**
   * Keeps roles read for this actor object in the statement that established who it is (the
   * session check reads them with rolesJsonSql), so the request does not read them again. As
   * with rolesOfActor, they last as long as the actor object: one request.
   */
  rememberRoles(actor: Actor, roles: readonly RoleAssignment[]): void {
    if (actor.personId) this.cache.set(actor, Promise.resolve([...roles]));
  }

  /** The actor as permission rules see them, with their roles (read once per actor object). */
  async viewer(actor: Actor): Promise<Viewer> {
    return viewerOf(actor, await this.rolesOfActor(actor));
  }

  /** Whether a person holds `role` (in `scope`, when given: a scoped role counts only in its own scope). */
  async hasRole(personId: string, role: Role, scope?: RoleScope | null): Promise<boolean> {
    return holds(await this.rolesOf(personId), role, scope);
  }

  /** Whether the actor holds `role` (in `scope`, when given). The system holds every role. */
  async actorHas(actor: Actor, role: Role, scope?: RoleScope | null): Promise<boolean> {
    if (actor.system) return true;
    return holds(await this.rolesOfActor(actor), role, scope);
  }

  /** Whether the actor holds any of `roles` in any scope. The system does. */
  async actorHasAny(actor: Actor, roles: readonly Role[]): Promise<boolean> {
    if (actor.system) return true;
    const held = await this.rolesOfActor(actor);
    return held.some((a) => roles.includes(a.role));
  }

  /** Whether the actor acts for a local authority, ICS area or partner (see actsFor). The system does. */
  async actorActsFor(actor: Actor, party: PartyScope): Promise<boolean> {
    if (actor.system) return true;
    return actsFor(await this.rolesOfActor(actor), party);
  }

  /** The parties the actor acts for (see partiesActedFor); none for the system or nobody. */
  async partiesOfActor(actor: Actor, kinds?: readonly PartyScopeKind[]): Promise<PartyScope[]> {
    return partiesActedFor(await this.rolesOfActor(actor), kinds);
  }

  /** The names of local authorities, ICS areas and partner organisations, by id (for messages). */
  async partyNames(parties: readonly PartyScope[]): Promise<Map<string, string>> {
    if (parties.length === 0) return new Map();
    const ids = (kind: ScopeKind) => parties.filter((p) => p.kind === kind).map((p) => p.id);
    const rows = await this.txHost.tx.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM local_authority WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, name FROM area WHERE id = ANY($2::uuid[])
       UNION ALL SELECT id, name FROM organisation WHERE id = ANY($3::uuid[])`,
      [ids(ScopeKind.AUTHORITY), ids(ScopeKind.AREA), ids(ScopeKind.ORGANISATION)],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async isProgrammeAdmin(actor: Actor): Promise<boolean> {
    return this.actorHas(actor, Role.PROGRAMME_ADMIN);
  }

  /** Refuses anyone but a programme admin (and the system), saying what they tried to do. */
  async assertProgrammeAdmin(actor: Actor, doing: string): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(programmeAdminOnlyPermission(await this.viewer(actor), doing));
  }

  // ---------------------------------------------------------------- grants

  /** Gives a person a role (programme admins only). Scoped roles need a scope of the right kind; the others take none. */
  async grantRole(actor: Actor, request: GrantRoleRequest): Promise<RoleGrantEntity> {
    if (!actor.system) requirePerson(actor);
    enforce(manageRolesPermission(await this.viewer(actor), 'give roles'));
    const reason = checkReason(request.reason);
    const scope = request.scope ?? null;
    const kinds = ROLE_SCOPES[request.role];
    if (kinds.length === 0 && scope) {
      throw new AccessInputError(AccessErrorCode.BAD_SCOPE, `${request.role} applies everywhere; give it without a scope.`, 'scope');
    }
    if (kinds.length > 0 && (!scope || !kinds.includes(scope.kind))) {
      throw new AccessInputError(
        AccessErrorCode.BAD_SCOPE,
        `${request.role} needs a scope: ${kinds.map((k) => `a ${SCOPE_TABLE[k].noun}`).join(' or ')}.`,
        'scope',
      );
    }
    try {
      return await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        const person = await m.query<unknown[]>('SELECT 1 FROM person WHERE id = $1', [request.personId]);
        if (person.length === 0) throw new AccessNotFoundError(AccessErrorCode.PERSON_NOT_FOUND, `No person has id ${request.personId}.`, 'personId');
        if (scope) await this.assertScopeExists(m, request.role, scope);
        const repo = m.getRepository(RoleGrantEntity);
        const grant = await repo.save(
          repo.create({
            personId: request.personId,
            role: request.role,
            scopeBodyId: scope?.kind === ScopeKind.BODY ? scope.id : null,
            scopeAuthorityId: scope?.kind === ScopeKind.AUTHORITY ? scope.id : null,
            scopeOrganisationId: scope?.kind === ScopeKind.ORGANISATION ? scope.id : null,
            scopeAreaId: scope?.kind === ScopeKind.AREA ? scope.id : null,
            reason,
            grantedById: actor.personId,
          }),
        );
        await this.audit.record(actor, { action: 'grantRole', entityType: 'role_grant', entityId: grant.id, after: grant });
        if (grant.role === Role.SAFEGUARDING_LEAD) {
          // Concerns raised while there was no lead (or before this one) must reach the new lead too.
          await this.outbox.emit({ job: EventJob.SAFEGUARDING_LEAD_APPOINTED, payload: { grantId: grant.id, personId: grant.personId } });
        }
        return grant;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_role_grant_current')) {
        throw new AccessConflictError(AccessErrorCode.ALREADY_GRANTED, `This person already holds ${request.role} there; revoke that grant first if it should start again.`, 'role');
      }
      throw error;
    }
  }

  /** Ends a grant now, keeping it as history (programme admins only). */
  async revokeRole(actor: Actor, request: RevokeRoleRequest): Promise<RoleGrantEntity> {
    if (!actor.system) requirePerson(actor);
    enforce(manageRolesPermission(await this.viewer(actor), 'take roles away'));
    const reason = checkReason(request.reason);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const repo = m.getRepository(RoleGrantEntity);
      const grant = await repo.findOne({ where: { id: request.grantId }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new AccessNotFoundError(AccessErrorCode.GRANT_NOT_FOUND, `No role grant has id ${request.grantId}.`, 'grantId');
      if (grant.revokedAt) {
        throw new AccessConflictError(AccessErrorCode.ALREADY_REVOKED, `This grant was already revoked on ${grant.revokedAt.toISOString().slice(0, 10)}.`, 'grantId');
      }
      const before = { ...grant };
      grant.revokedAt = new Date();
      grant.revokedById = actor.personId;
      grant.revokeReason = reason || null;
      const saved = await repo.save(grant);
      await this.audit.record(actor, { action: 'revokeRole', entityType: 'role_grant', entityId: saved.id, before, after: saved });
      return saved;
    });
  }

  /** Grants of the given people (current only unless asked), newest first. */
  grantsOfPeople(personIds: readonly string[], includeRevoked = false): Promise<RoleGrantEntity[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    const qb = this.txHost.tx.getRepository(RoleGrantEntity).createQueryBuilder('g').where('g.person_id IN (:...ids)', { ids: [...personIds] });
    if (!includeRevoked) qb.andWhere('g.revoked_at IS NULL');
    return qb.orderBy('g.granted_at', 'DESC').addOrderBy('g.id', 'ASC').getMany();
  }

  private async assertScopeExists(m: EntityManager, role: Role, scope: RoleScope): Promise<void> {
    const { table, noun } = SCOPE_TABLE[scope.kind];
    const rows = await m.query<{ kind: string }[]>(`SELECT ${scope.kind === ScopeKind.BODY ? 'kind' : '1 AS kind'} FROM ${table} WHERE id = $1`, [scope.id]);
    if (rows.length === 0) throw new AccessNotFoundError(AccessErrorCode.SCOPE_NOT_FOUND, `No ${noun} has id ${scope.id}.`, 'scope');
    if ((role === Role.HOUSE_CO_CHAIR || role === Role.HOUSE_MEMBER) && rows[0].kind !== 'HOUSE') {
      throw new AccessInputError(AccessErrorCode.BAD_SCOPE, `${role} is given for a House; that body is not one of the six Houses.`, 'scope');
    }
  }
}

function checkReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length > ROLE_REASON_MAX) {
    throw new AccessInputError(AccessErrorCode.BAD_REASON, `Keep the reason to ${ROLE_REASON_MAX} characters or fewer.`, 'reason');
  }
  return trimmed;
}

/** What only programme admins (and the system) do, e.g. retrying failed jobs or opening the queue dashboard; the refusal says what was tried. */
export function programmeAdminOnlyPermission(viewer: Viewer, doing: string): Permission {
  if (viewerHolds(viewer, Role.PROGRAMME_ADMIN)) return ALLOWED;
  return refused(new AccessForbiddenError(AccessErrorCode.NOT_PROGRAMME_ADMIN, `Only a programme admin can ${doing}.`));
}

/** grantRole, revokeRole and reading a person's grants: programme admins (a pure rule, shown as `Person.viewerCan.manageRoles`). */
export function manageRolesPermission(viewer: Viewer, doing = 'give roles'): Permission {
  return programmeAdminOnlyPermission(viewer, doing);
}
