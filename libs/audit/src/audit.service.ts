import { Injectable } from '@nestjs/common';
import { Propagation } from '@nestjs-cls/transactional';
import { Actor, InvalidInputError, keysetPage, Page, PageRequest, requirePerson, Tx } from '@app/core';
import { auditDiff, personalFieldsOf } from './audit-diff';
import { AuditEventEntity } from './audit-event.entity';

/** One change to record. `before`/`after` are whole states (or the relevant fields); only the differences are kept. */
export interface AuditRecord {
  /** The operation, named as the API names it (e.g. `setAgreementStatus`). */
  action: string;
  /** The kind of record changed, snake_case as its table (e.g. `agreement_status`). */
  entityType: string;
  entityId: string;
  /** The record before the change; null or absent when it was created. */
  before?: object | null;
  /** The record after the change; null or absent when it was removed. */
  after?: object | null;
  /**
   * Record the event even when no field differs (e.g. a vote, whose content is never
   * recorded). Without it, a change that changed nothing writes no event.
   */
  always?: boolean;
}

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  /** Events at or after this instant. */
  from?: Date | null;
  /** Events before this instant. */
  to?: Date | null;
}

const MAX_NAME = 100;

/** A class of events only some readers may see, as an SQL condition on the event (aliased `e`). */
export interface AuditRestriction {
  condition: string;
  /** Whether this reader sees the events it covers. */
  visible: boolean;
}

/**
 * Which events one reader may see: those no restriction covers (when `unrestricted`), plus those
 * of each restriction marked visible. Decided by the caller from the reader's roles.
 */
export interface AuditReadScope {
  unrestricted: boolean;
  restrictions: readonly AuditRestriction[];
}

/**
 * The audit trail. Services call `record` (or `recordMany`) inside the transaction that makes the
 * change (the transaction host's current one), so the event commits or rolls back with it. Events are
 * never edited or deleted: there is no method for it, and Postgres refuses it.
 *
 * Never pass secrets (sign-in codes, tokens, their hashes) or how someone voted: record that
 * something happened and to which record, with only the fields an administrator may read.
 * Fields named like secrets (see UNRECORDED_FIELDS) are dropped whatever the caller passes, and
 * personal data (PERSONAL_FIELDS: names, emails, what people write…) is named, never recorded:
 * people appear in the trail by id only, so erasing the person removes them from it.
 */
@Injectable()
export class AuditService {
  constructor(private readonly txHost: Tx) {}

  /** Records one change in the caller's transaction. Returns whether an event was written. */
  async record(actor: Actor, event: AuditRecord): Promise<boolean> {
    return (await this.recordMany(actor, [event])) > 0;
  }

  /**
   * Records many changes with one statement, in the caller's transaction (bulk updates: one
   * event per changed row). Returns how many events were written.
   */
  async recordMany(actor: Actor, events: readonly AuditRecord[]): Promise<number> {
    const rows = events
      .map((e) => ({ e, diff: auditDiff(e.before ?? null, e.after ?? null, personalFieldsOf(e.entityType)) }))
      .filter(({ e, diff }) => diff !== null || e.always)
      .map(({ e, diff }) => {
        checkName(e.action, 'action');
        checkName(e.entityType, 'entityType');
        return { action: e.action, entityType: e.entityType, entityId: e.entityId, before: diff?.before ?? null, after: diff?.after ?? null };
      });
    if (rows.length === 0) return 0;
    await this.txHost.tx.query(
      // clock_timestamp(): events of one transaction keep the order they were made in.
      `INSERT INTO audit_event (at, actor_id, action, entity_type, entity_id, before, after, correlation_id)
       SELECT clock_timestamp(), $1::uuid, e.action, e.entity_type, e.entity_id, e.before, e.after, $2::varchar
         FROM unnest($3::varchar[], $4::varchar[], $5::uuid[], $6::jsonb[], $7::jsonb[])
              WITH ORDINALITY AS e(action, entity_type, entity_id, before, after, n)
        ORDER BY e.n`,
      [
        actor.personId,
        actor.correlationId ?? null,
        rows.map((r) => r.action),
        rows.map((r) => r.entityType),
        rows.map((r) => r.entityId),
        rows.map((r) => (r.before === null ? null : JSON.stringify(r.before))),
        rows.map((r) => (r.after === null ? null : JSON.stringify(r.after))),
      ],
    );
    return rows.length;
  }

  /**
   * Records an event in a transaction of its own, for events that must stand whatever happens
   * next (e.g. a refused sign-in attempt, which rolls back everything else).
   */
  recordNow(actor: Actor, event: AuditRecord): Promise<boolean> {
    return this.txHost.withTransaction(Propagation.RequiresNew, () => this.record(actor, event));
  }

  /**
   * Events newest first, filtered by record, actor and time, within what the reader may see
   * (`scope`). Who may read the trail at all is enforced where the operation is declared; this
   * requires a signed-in person.
   */
  async list(actor: Actor, filter: AuditFilter, page: PageRequest, scope: AuditReadScope): Promise<Page<AuditEventEntity>> {
    requirePerson(actor);
    if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
      throw new InvalidInputError('DATES_OUT_OF_ORDER', 'filter.to must be after filter.from; swap them or widen the window.', 'filter.to');
    }
    const qb = this.txHost.tx.getRepository(AuditEventEntity).createQueryBuilder('e');
    // coalesce: a condition that is unknown for an event (a missing JSON field) does not cover it.
    const restricted = scope.restrictions.map((r) => `coalesce((${r.condition}), false)`);
    const visible = scope.restrictions.filter((r) => r.visible).map((r) => `coalesce((${r.condition}), false)`);
    const seen = [...(scope.unrestricted ? [restricted.length ? `NOT (${restricted.join(' OR ')})` : 'TRUE'] : []), ...visible];
    qb.where(seen.length ? `(${seen.join(' OR ')})` : 'FALSE');
    if (filter.entityType) qb.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.from) qb.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.at < :to', { to: filter.to });
    return keysetPage(
      qb,
      [
        { sql: 'e.at', type: 'timestamptz', direction: 'DESC' },
        { sql: 'e.id', type: 'uuid', direction: 'DESC' },
      ],
      page,
    );
  }
}

/**
 * An event to write from inside the statement that makes the change (a data-modifying CTE),
 * for hot paths where the change and its event are one statement: they commit together as with
 * `record`. Only for events with no `before` whose `after` is built in SQL from known fields.
 */
export interface AuditInsert {
  /** The CTE whose rows are the changes: one event is written per row. */
  from: string;
  /** As AuditRecord.action; letters only. */
  action: string;
  /** As AuditRecord.entityType; letters and underscores only. */
  entityType: string;
  /** An SQL expression over `from`: the changed record's id. */
  entityId: string;
  /** An SQL expression over `from`: the event's `after`, as jsonb. Never secrets, never how someone voted. */
  after: string;
  /** Placeholders (e.g. `$3`) carrying the actor's person id and correlation id (see auditInsertValues). */
  actor: string;
  correlationId: string;
}

/** The INSERT of an AuditInsert, to use as a data-modifying CTE (`WITH …, audit AS (${auditInsertSql(…)})`). */
export function auditInsertSql(spec: AuditInsert): string {
  checkName(spec.action, 'action');
  checkName(spec.entityType, 'entityType');
  if (!/^[A-Za-z_]+$/.test(spec.action) || !/^[a-z_]+$/.test(spec.entityType)) {
    throw new Error(`An audit event's action and entityType are names (${spec.action}, ${spec.entityType}).`);
  }
  // clock_timestamp(), as in recordMany: events of one transaction keep the order they were made in.
  return `INSERT INTO audit_event (at, actor_id, action, entity_type, entity_id, before, after, correlation_id)
          SELECT clock_timestamp(), ${spec.actor}::uuid, '${spec.action}', '${spec.entityType}', ${spec.entityId}, NULL, ${spec.after}, ${spec.correlationId}::varchar
            FROM ${spec.from}`;
}

/** The values for an AuditInsert's `actor` and `correlationId` placeholders, in that order. */
export function auditInsertValues(actor: Actor): [string | null, string | null] {
  return [actor.personId, actor.correlationId ?? null];
}

function checkName(value: string, what: string): void {
  if (!value || value.length > MAX_NAME) throw new Error(`An audit event needs an ${what} of 1 to ${MAX_NAME} characters.`);
}
