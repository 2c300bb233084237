import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import {
  Actor,
  Clock,
  enforce,
  isUniqueViolation,
  keysetPage,
  Page,
  PageRequest,
  requirePerson,
  StaleVersionError,
  Tx,
} from '@app/core';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { GovernanceAccess } from './governance-access';
import { AreaEntity, BodyEntity, BodyKind, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';
import { assertCanAppoint, CoChairSeat, CurrentCoChairs, holderOf, isCoChairRole, roleOfSeat, toCoChairs } from './co-chairs';
import {
  GovernanceConflictError,
  GovernanceErrorCode,
  GovernanceInputError,
  GovernanceNotFoundError,
} from './governance.errors';
import { CICC_BODY_CODE, LeavingFacts, leaveCiccPermission, notYoungPersonCoChairPermission } from './governance-permissions';
import { CO_CHAIR_ROLES, MembershipEntity, MembershipRole } from './membership.entity';
import { parseBirthMonth, under18Sql, YearMonth } from './person-age';
import { DISPLAY_NAME_MAX, EMAIL_MAX, PersonEntity } from './person.entity';

/**
 * SQL: whether the person `personId` (an SQL expression) is a former CiCC member: they have left
 * the CiCC and hold no current membership anywhere, so nothing in the programme concerns them
 * any more. They are shown as "Former CiCC member" and are sent nothing.
 */
export function formerCiccMemberSql(personId: string): string {
  return `(EXISTS (SELECT 1 FROM membership fm JOIN body fb ON fb.id = fm.body_id
                   WHERE fm.person_id = ${personId} AND fb.code = '${CICC_BODY_CODE}' AND fm.ended_at IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM membership cm WHERE cm.person_id = ${personId} AND cm.ended_at IS NULL))`;
}

/** What another domain hears when someone leaves the CiCC, in the same transaction. */
export interface LeftCiccEvent {
  personId: string;
  actor: Actor;
  /** True when they hold no other membership now (a former CiCC member). */
  formerMember: boolean;
}

/** Runs inside leaveCicc's transaction; throwing aborts the leaving. */
export type LeftCiccListener = (event: LeftCiccEvent) => Promise<void>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreatePersonRequest {
  displayName: string;
  email: string;
  careExperienced?: boolean;
  /** "YYYY-MM". */
  birthMonth?: string | null;
  homeAuthorityId?: string | null;
}

/** Fields left undefined are unchanged; null clears an optional field. */
export interface UpdatePersonRequest {
  id: string;
  expectedVersion: number;
  displayName?: string;
  email?: string;
  careExperienced?: boolean;
  birthMonth?: string | null;
  homeAuthorityId?: string | null;
}

export interface PeopleFilter {
  /** People with a current membership of this body. */
  bodyId?: string | null;
  /** People holding this role now (on `bodyId` when given, otherwise on any body). */
  role?: MembershipRole | null;
  careExperienced?: boolean | null;
  /** Part of the display name, without regard to case. */
  search?: string | null;
}

export interface AddMembershipRequest {
  personId: string;
  bodyId: string;
  role: MembershipRole;
  representsAuthorityId?: string | null;
  representsAreaId?: string | null;
  representsOrganisationId?: string | null;
  /** Defaults to now; may not be in the future. */
  startedAt?: Date | null;
  reason?: string | null;
}

export interface EndMembershipRequest {
  membershipId: string;
  reason: string;
}

export interface AppointCoChairRequest {
  houseId: string;
  personId: string;
  seat: CoChairSeat;
  reason: string;
}

export interface EndCoChairTermRequest {
  houseId: string;
  seat: CoChairSeat;
  reason: string;
}

export interface CoChairAppointment {
  house: BodyEntity;
  membership: MembershipEntity;
  /** The term this appointment ended, if the seat was filled. */
  previous: MembershipEntity | null;
}

export interface CoChairTermEnded {
  house: BodyEntity;
  membership: MembershipEntity;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * People and their places on governance bodies, and the co-chair rule: every House is co-chaired
 * by a care-experienced young person from the CiCC and a sector lead, never the same person.
 *
 * Who may make each change is decided in governance-access.ts.
 */
@Injectable()
export class GovernanceService {
  constructor(
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    access: AccessService,
    private readonly clock: Clock,
  ) {
    this.rights = new GovernanceAccess(access);
  }

  private thisMonth(): YearMonth {
    return this.clock.calendar.yearMonthOf(this.clock.now());
  }

  private readonly rights: GovernanceAccess;
  private readonly leftCiccListeners: LeftCiccListener[] = [];

  /**
   * Lets another domain act when someone leaves the CiCC, in the same transaction, without this
   * domain depending on it (identity ends their sessions; notifications cancels what is unsent).
   */
  onLeftCicc(listener: LeftCiccListener): void {
    this.leftCiccListeners.push(listener);
  }

  // ---------------------------------------------------------------- people

  /** Records a person; in the current transaction when one is running (an invitation records them with their memberships). */
  async createPerson(actor: Actor, request: CreatePersonRequest): Promise<PersonEntity> {
    await this.rights.assertCanAddPeople(actor);
    const displayName = this.checkName(request.displayName);
    const email = this.checkEmail(request.email);
    const birthMonth = request.birthMonth ? parseBirthMonth(request.birthMonth, this.thisMonth()) : null;
    return this.translateEmailClash(email, () =>
      this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        await this.assertEmailFree(m, email, null);
        if (request.homeAuthorityId) await this.assertAuthority(m, request.homeAuthorityId, 'homeAuthorityId');
        const repo = m.getRepository(PersonEntity);
        const person = await repo.save(
          repo.create({
            displayName,
            email,
            careExperienced: request.careExperienced ?? false,
            birthMonth,
            homeAuthorityId: request.homeAuthorityId ?? null,
          }),
        );
        await this.audit.record(actor, { action: 'createPerson', entityType: 'person', entityId: person.id, after: person });
        return person;
      }),
    );
  }

  async updatePerson(actor: Actor, request: UpdatePersonRequest): Promise<PersonEntity> {
    await this.rights.assertCanEditPerson(actor, request.id, request.careExperienced !== undefined);
    const displayName = request.displayName === undefined ? undefined : this.checkName(request.displayName);
    const email = request.email === undefined ? undefined : this.checkEmail(request.email);
    const birthMonth = request.birthMonth === undefined ? undefined : request.birthMonth === null ? null : parseBirthMonth(request.birthMonth, this.thisMonth());
    return this.translateEmailClash(email ?? '', () =>
      this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        const person = await m.getRepository(PersonEntity).findOne({ where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
        if (!person) throw this.personNotFound(request.id, 'id');
        if (person.version !== request.expectedVersion) throw new StaleVersionError('person', request.expectedVersion, person.version);
        if (email !== undefined && email.toLowerCase() !== person.email.toLowerCase()) await this.assertEmailFree(m, email, person.id);
        if (request.homeAuthorityId) await this.assertAuthority(m, request.homeAuthorityId, 'homeAuthorityId');
        if (request.careExperienced === false && person.careExperienced) {
          await this.assertNotYoungPersonCoChair(m, person, 'careExperienced', 'is no longer recorded as care-experienced');
        }
        const before = { ...person };
        if (displayName !== undefined) person.displayName = displayName;
        if (email !== undefined) person.email = email;
        if (request.careExperienced !== undefined) person.careExperienced = request.careExperienced;
        if (birthMonth !== undefined) person.birthMonth = birthMonth;
        if (request.homeAuthorityId !== undefined) person.homeAuthorityId = request.homeAuthorityId;
        const saved = await m.getRepository(PersonEntity).save(person);
        await this.audit.record(actor, { action: 'updatePerson', entityType: 'person', entityId: saved.id, before, after: saved });
        return saved;
      }),
    );
  }

  /** One person; reading people needs an identified caller. */
  async person(actor: Actor, id: string, field = 'id'): Promise<PersonEntity> {
    requirePerson(actor);
    const found = await this.txHost.tx.getRepository(PersonEntity).findOneBy({ id });
    if (!found) throw this.personNotFound(id, field);
    return found;
  }

  peopleByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(PersonEntity).findBy({ id: In([...ids]) });
  }

  /** People by name, filtered by current membership, role, care experience and a name search. */
  async people(actor: Actor, filter: PeopleFilter, page: PageRequest): Promise<Page<PersonEntity>> {
    requirePerson(actor);
    // People whose data was erased are not listed: only their pseudonym is left.
    const qb = this.txHost.tx.getRepository(PersonEntity).createQueryBuilder('p').where('p.erased_at IS NULL');
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere(`p.display_name ILIKE :search ESCAPE '\\'`, { search: `%${escapeLike(search)}%` });
      // A name search must not find people whose names are hidden from the caller (see showPerson).
      if (!(await this.rights.isProgrammeAdmin(actor))) {
        qb.andWhere(
          // coalesce: an unknown birth month is not under 18 (isUnder18 gives null), so the name is shown.
          `(p.id = :self OR NOT (coalesce(${under18Sql('p.birth_month', ':year', ':month')}, false)
             OR ${formerCiccMemberSql('p.id')}))`,
          { self: actor.personId, ...this.thisMonth() },
        );
      }
    }
    if (filter.careExperienced !== undefined && filter.careExperienced !== null) {
      qb.andWhere('p.care_experienced = :careExperienced', { careExperienced: filter.careExperienced });
    }
    if (filter.bodyId || filter.role) {
      const conditions = ['m.person_id = p.id', 'm.ended_at IS NULL'];
      if (filter.bodyId) conditions.push('m.body_id = :bodyId');
      if (filter.role) conditions.push('m.role = :role');
      qb.andWhere(`EXISTS (SELECT 1 FROM membership m WHERE ${conditions.join(' AND ')})`, { bodyId: filter.bodyId, role: filter.role });
    }
    return keysetPage(
      qb,
      [
        { sql: 'p.display_name', type: 'text', direction: 'ASC' },
        { sql: 'p.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
  }

  // ---------------------------------------------------------------- memberships

  /**
   * Adds a person to a body in any role except co-chair (co-chairs are appointed with
   * appointCoChair); in the current transaction when one is running.
   */
  async addMembership(actor: Actor, request: AddMembershipRequest): Promise<MembershipEntity> {
    const actorId = requirePerson(actor);
    if (isCoChairRole(request.role)) {
      throw new GovernanceInputError(
        GovernanceErrorCode.CO_CHAIR_NEEDS_APPOINTMENT,
        'Co-chairs are appointed with appointCoChair, which checks the co-chair rule; choose another role here.',
        'role',
      );
    }
    const represents = [
      ['representsAuthorityId', request.representsAuthorityId],
      ['representsAreaId', request.representsAreaId],
      ['representsOrganisationId', request.representsOrganisationId],
    ].filter(([, v]) => !!v) as [string, string][];
    if (represents.length > 1) {
      throw new GovernanceInputError(
        GovernanceErrorCode.REPRESENTS_ONE_ONLY,
        'A member represents at most one local authority, area or organisation; give only one of them.',
        represents[1][0],
      );
    }
    if (request.startedAt && request.startedAt.getTime() > Date.now()) {
      throw new GovernanceInputError(GovernanceErrorCode.BAD_START_DATE, 'A membership cannot start in the future; record it once it has begun.', 'startedAt');
    }
    const reason = request.reason || null;
    try {
      return await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        await this.assertPerson(m, request.personId, 'personId');
        await this.rights.assertCanChangeMembership(actor, await this.getBody(m, request.bodyId, 'bodyId'), request.role, 'add members');
        if (request.representsAuthorityId) await this.assertAuthority(m, request.representsAuthorityId, 'representsAuthorityId');
        if (request.representsAreaId && !(await m.getRepository(AreaEntity).existsBy({ id: request.representsAreaId }))) {
          throw new GovernanceNotFoundError(GovernanceErrorCode.AREA_NOT_FOUND, `No area has id ${request.representsAreaId}.`, 'representsAreaId');
        }
        if (request.representsOrganisationId && !(await m.getRepository(OrganisationEntity).existsBy({ id: request.representsOrganisationId }))) {
          throw new GovernanceNotFoundError(
            GovernanceErrorCode.ORGANISATION_NOT_FOUND,
            `No partner organisation has id ${request.representsOrganisationId}.`,
            'representsOrganisationId',
          );
        }
        const repo = m.getRepository(MembershipEntity);
        const membership = await repo.save(
          repo.create({
            personId: request.personId,
            bodyId: request.bodyId,
            role: request.role,
            representsAuthorityId: request.representsAuthorityId ?? null,
            representsAreaId: request.representsAreaId ?? null,
            representsOrganisationId: request.representsOrganisationId ?? null,
            ...(request.startedAt ? { startedAt: request.startedAt } : {}),
            startReason: reason,
            startedById: actorId,
          }),
        );
        await this.audit.record(actor, { action: 'addMembership', entityType: 'membership', entityId: membership.id, after: membership });
        return membership;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_membership_current')) {
        throw new GovernanceConflictError(
          GovernanceErrorCode.ALREADY_A_MEMBER,
          `This person already holds the role ${request.role} on that body for the same party; end that membership first if it should start again.`,
          'personId',
        );
      }
      throw error;
    }
  }

  /** The person's current membership in this role on this body for the same party, if they hold one. */
  currentMembershipLike(request: Omit<AddMembershipRequest, 'startedAt' | 'reason'>): Promise<MembershipEntity | null> {
    return this.txHost.tx.getRepository(MembershipEntity).findOneBy({
      personId: request.personId,
      bodyId: request.bodyId,
      role: request.role,
      representsAuthorityId: request.representsAuthorityId ?? IsNull(),
      representsAreaId: request.representsAreaId ?? IsNull(),
      representsOrganisationId: request.representsOrganisationId ?? IsNull(),
      endedAt: IsNull(),
    });
  }

  /** Ends a membership now, keeping it as history. Co-chair terms end with endCoChairTerm. */
  async endMembership(actor: Actor, request: EndMembershipRequest): Promise<MembershipEntity> {
    const actorId = requirePerson(actor);
    const reason = request.reason;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const membership = await m.getRepository(MembershipEntity).findOne({ where: { id: request.membershipId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) {
        throw new GovernanceNotFoundError(GovernanceErrorCode.MEMBERSHIP_NOT_FOUND, `No membership has id ${request.membershipId}.`, 'membershipId');
      }
      const body = await this.getBody(m, membership.bodyId, 'membershipId');
      const leaving = body.code === CICC_BODY_CODE ? ((await this.leavingFacts([membership.personId])).get(membership.personId) ?? null) : null;
      await this.rights.assertCanEndMembership(actor, membership, body, leaving);
      const ended = await this.endTerm(m, membership.id, reason, actorId);
      await this.audit.record(actor, { action: 'endMembership', entityType: 'membership', entityId: ended.id, before: membership, after: ended });
      return ended;
    });
  }

  /**
   * The caller leaves the Children in Care Council: their current CiCC membership ends now. Their
   * comments stay (shown as a former member's) and their votes still count in tallies. A
   * young-person co-chair ends that term first. Listeners act in the same transaction: every
   * session of theirs ends, and, unless they keep another membership, nothing more is sent to them.
   */
  async leaveCicc(actor: Actor, reason?: string | null): Promise<MembershipEntity[]> {
    const personId = requirePerson(actor);
    const why = reason || 'Left the Children in Care Council.';
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const person = await m.getRepository(PersonEntity).findOne({ where: { id: personId }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw this.personNotFound(personId, 'id');
      const current = await m
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .innerJoin(BodyEntity, 'b', 'b.id = m.body_id')
        .where('m.person_id = :personId AND m.ended_at IS NULL AND b.code = :code', { personId, code: CICC_BODY_CODE })
        .setLock('pessimistic_write', undefined, ['m'])
        .getMany();
      enforce(leaveCiccPermission((await this.leavingFacts([personId])).get(personId)!));
      const ended: MembershipEntity[] = [];
      for (const membership of current) {
        const after = await this.endTerm(m, membership.id, why, personId);
        await this.audit.record(actor, { action: 'leaveCicc', entityType: 'membership', entityId: after.id, before: membership, after });
        ended.push(after);
      }
      const stillMember = await m.getRepository(MembershipEntity).existsBy({ personId, endedAt: IsNull() });
      for (const listener of this.leftCiccListeners) await listener({ personId, actor, formerMember: !stillMember });
      return ended;
    });
  }

  membershipsOfPeople(personIds: readonly string[], includeEnded: boolean): Promise<MembershipEntity[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(MembershipEntity).find({
      where: { personId: In([...personIds]), ...(includeEnded ? {} : { endedAt: IsNull() }) },
      order: { startedAt: 'DESC', id: 'ASC' },
    });
  }

  membersOfBodies(bodyIds: readonly string[], includeEnded: boolean): Promise<MembershipEntity[]> {
    if (bodyIds.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(MembershipEntity).find({
      where: { bodyId: In([...bodyIds]), ...(includeEnded ? {} : { endedAt: IsNull() }) },
      order: { role: 'ASC', startedAt: 'ASC', id: 'ASC' },
    });
  }

  membershipsByIds(ids: readonly string[]): Promise<MembershipEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(MembershipEntity).findBy({ id: In([...ids]) });
  }

  /** Current co-chairs of each body, keyed by body id (bodies without any are absent). */
  async coChairsOfBodies(bodyIds: readonly string[]): Promise<Map<string, CurrentCoChairs>> {
    const map = new Map<string, CurrentCoChairs>();
    if (bodyIds.length === 0) return map;
    const rows = await this.txHost.tx.getRepository(MembershipEntity).find({
      where: { bodyId: In([...bodyIds]), role: In([...CO_CHAIR_ROLES]), endedAt: IsNull() },
    });
    for (const id of new Set(rows.map((r) => r.bodyId))) map.set(id, toCoChairs(rows.filter((r) => r.bodyId === id)));
    return map;
  }

  // ---------------------------------------------------------------- co-chairs

  /**
   * Appoints a House co-chair. The House must be a House; the young-person seat needs a
   * care-experienced current CiCC member; one person cannot hold both seats. The seat's previous
   * holder's term ends in the same transaction. Co-chair changes to one House are serialised by a
   * lock on the House, and the partial unique index uq_membership_current_co_chair is the backstop.
   */
  async appointCoChair(actor: Actor, request: AppointCoChairRequest): Promise<CoChairAppointment> {
    const actorId = requirePerson(actor);
    await this.rights.assertProgrammeAdmin(actor, 'appoint co-chairs');
    const reason = request.reason;
    const role = roleOfSeat(request.seat);
    try {
      return await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        const house = await this.lockHouse(m, request.houseId);
        const person = await this.assertPerson(m, request.personId, 'personId');
        const inCicc = request.seat === CoChairSeat.YOUNG_PERSON ? await this.isCiccMember(m, person.id) : false;
        const chairs = toCoChairs(
          await m.getRepository(MembershipEntity).find({ where: { bodyId: house.id, role: In([...CO_CHAIR_ROLES]), endedAt: IsNull() } }),
        );
        assertCanAppoint(house.name, request.seat, { ...person, inCicc }, chairs);

        const current = holderOf(request.seat, chairs);
        const previous = current ? await this.endTerm(m, current.id, reason, actorId) : null;
        const repo = m.getRepository(MembershipEntity);
        const inserted = await repo.insert({ personId: person.id, bodyId: house.id, role, startReason: reason, startedById: actorId });
        const membership = await repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
        await this.audit.recordMany(actor, [
          ...(current && previous ? [{ action: 'appointCoChair', entityType: 'membership', entityId: previous.id, before: current, after: previous }] : []),
          { action: 'appointCoChair', entityType: 'membership', entityId: membership.id, after: membership },
        ]);
        return { house, membership, previous };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_membership_current_co_chair') || isUniqueViolation(error, 'uq_membership_current')) {
        throw new GovernanceConflictError(
          GovernanceErrorCode.SEAT_TAKEN_MEANWHILE,
          'Someone changed this House’s co-chairs at the same moment. Reload the House and try again.',
          'seat',
        );
      }
      throw error;
    }
  }

  /** Ends the current term of a co-chair seat, leaving it empty (the House cannot move proposals forward until it is filled). */
  async endCoChairTerm(actor: Actor, request: EndCoChairTermRequest): Promise<CoChairTermEnded> {
    const actorId = requirePerson(actor);
    await this.rights.assertProgrammeAdmin(actor, "end co-chairs' terms");
    const reason = request.reason;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const house = await this.lockHouse(m, request.houseId);
      const current = await m.getRepository(MembershipEntity).findOneBy({ bodyId: house.id, role: roleOfSeat(request.seat), endedAt: IsNull() });
      await this.rights.assertCanEndCoChairTerm(actor, current, house.name, this.seatName(request.seat));
      // The rule refuses an empty seat, so there is a term to end here.
      const membership = await this.endTerm(m, current!.id, reason, actorId);
      await this.audit.record(actor, { action: 'endCoChairTerm', entityType: 'membership', entityId: membership.id, before: current, after: membership });
      return { house, membership };
    });
  }

  // ---------------------------------------------------------------- helpers

  private seatName(seat: CoChairSeat): string {
    return seat === CoChairSeat.YOUNG_PERSON ? 'young-person' : 'sector-lead';
  }

  /** Ends a term at the database's clock (never before it started) and returns the row. */
  private async endTerm(m: EntityManager, membershipId: string, reason: string, actorId: string): Promise<MembershipEntity> {
    await m
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ endedAt: () => 'greatest(now(), "started_at")', endReason: reason, endedById: actorId })
      .where('id = :id', { id: membershipId })
      .execute();
    return m.getRepository(MembershipEntity).findOneByOrFail({ id: membershipId });
  }

  private async lockHouse(m: EntityManager, houseId: string): Promise<BodyEntity> {
    // FOR NO KEY UPDATE: serialises co-chair changes without blocking rows that merely refer to the House.
    const house = await m.getRepository(BodyEntity).findOne({ where: { id: houseId }, lock: { mode: 'for_no_key_update' } });
    if (!house) throw new GovernanceNotFoundError(GovernanceErrorCode.BODY_NOT_FOUND, `No governance body has id ${houseId}.`, 'houseId');
    if (house.kind !== BodyKind.HOUSE) {
      throw new GovernanceInputError(
        GovernanceErrorCode.CO_CHAIR_ONLY_FOR_HOUSES,
        `${house.name} is not a House; only the six Houses have co-chairs.`,
        'houseId',
      );
    }
    return house;
  }

  private isCiccMember(m: EntityManager, personId: string): Promise<boolean> {
    return m
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(BodyEntity, 'b', 'b.id = m.body_id')
      .where('m.person_id = :personId AND m.ended_at IS NULL AND b.code = :code', { personId, code: CICC_BODY_CODE })
      .getExists();
  }

  /** Refuses a change that would leave a House with a young-person co-chair who no longer qualifies. */
  private async assertNotYoungPersonCoChair(m: EntityManager, person: PersonEntity, field: string, what: string): Promise<void> {
    enforce(notYoungPersonCoChairPermission((await this.leavingFacts([person.id])).get(person.id)!, field, what));
  }

  /**
   * What leaving the CiCC depends on, per person (see LeavingFacts): one statement for them all,
   * in the current transaction when there is one. People who do not exist are absent.
   */
  async leavingFacts(personIds: readonly string[]): Promise<Map<string, LeavingFacts>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.txHost.tx.query<LeavingFacts[]>(
      `SELECT p.id AS "personId", p.display_name AS "displayName",
              (SELECT count(*)::int FROM membership m JOIN body b ON b.id = m.body_id
                WHERE m.person_id = p.id AND m.ended_at IS NULL AND b.code = $2) AS "ciccPlaces",
              coalesce((SELECT json_agg(json_build_object('houseId', b.id, 'houseName', b.name) ORDER BY b.name)
                FROM membership m JOIN body b ON b.id = m.body_id
                WHERE m.person_id = p.id AND m.ended_at IS NULL AND m.role = $3), '[]'::json) AS "youngPersonSeats"
         FROM person p WHERE p.id = ANY($1::uuid[])`,
      [[...personIds], CICC_BODY_CODE, MembershipRole.CO_CHAIR_YOUNG_PERSON],
    );
    return new Map(rows.map((r) => [r.personId, r]));
  }


  private async getBody(m: EntityManager, id: string, field: string): Promise<BodyEntity> {
    const body = await m.getRepository(BodyEntity).findOneBy({ id });
    if (!body) throw new GovernanceNotFoundError(GovernanceErrorCode.BODY_NOT_FOUND, `No governance body has id ${id}.`, field);
    return body;
  }

  private async assertPerson(m: EntityManager, id: string, field: string): Promise<PersonEntity> {
    const person = await m.getRepository(PersonEntity).findOneBy({ id });
    if (!person) throw this.personNotFound(id, field);
    return person;
  }

  private async assertAuthority(m: EntityManager, id: string, field: string): Promise<void> {
    if (!(await m.getRepository(LocalAuthorityEntity).existsBy({ id }))) {
      throw new GovernanceNotFoundError(GovernanceErrorCode.AUTHORITY_NOT_FOUND, `No local authority has id ${id}.`, field);
    }
  }

  private personNotFound(id: string, field: string): GovernanceNotFoundError {
    return new GovernanceNotFoundError(GovernanceErrorCode.PERSON_NOT_FOUND, `No person has id ${id}.`, field);
  }

  private async assertEmailFree(m: EntityManager, email: string, exceptId: string | null): Promise<void> {
    const qb = m.getRepository(PersonEntity).createQueryBuilder('p').where('lower(p.email) = lower(:email)', { email });
    if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw this.emailTaken(email);
  }

  private emailTaken(email: string): GovernanceConflictError {
    return new GovernanceConflictError(GovernanceErrorCode.EMAIL_TAKEN, `Someone already uses the email address ${email} (whatever its case). Use another address.`, 'email');
  }

  /** A race past assertEmailFree ends at the unique index; report it the same way. */
  private async translateEmailClash<T>(email: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'uq_person_email')) throw this.emailTaken(email);
      throw error;
    }
  }

  private checkName(value: string): string {
    const name = value.trim();
    if (name.length < 1 || name.length > DISPLAY_NAME_MAX) {
      throw new GovernanceInputError(GovernanceErrorCode.BAD_DISPLAY_NAME, `A display name needs 1 to ${DISPLAY_NAME_MAX} characters.`, 'displayName');
    }
    return name;
  }

  private checkEmail(value: string): string {
    const email = value.trim();
    if (email.length > EMAIL_MAX || !EMAIL.test(email)) {
      throw new GovernanceInputError(GovernanceErrorCode.BAD_EMAIL, `"${value}" is not an email address; give one like name@example.org.`, 'email');
    }
    return email;
  }
}
