import { EntityManager } from 'typeorm';
import { actsForSql, Role, roleHolderIdsSql } from '@app/access';
import { consultationOpenSql, ConsultationState, consultationStateSql } from '@app/consultations';
import type { Environment } from '@app/core';

/**
 * The reminder rules as SQL: each finds, for a given `now`, who is due which reminder. Rules
 * return everyone who qualifies at `now`; the dedupe key (built from the item, the occasion and
 * the person) makes sending idempotent, so a rule can run any number of times.
 */

export interface ReminderSettings {
  /** Reminders before a consultation closes, in days (each sent once). */
  closingDays: readonly number[];
  /** An endorsed offer's agreement is stale after this many days without a status change… */
  staleAfterDays: number;
  /** …and its officers are reminded again every this many days. */
  staleRepeatDays: number;
  /** A consultation whose proposal has not moved this many days after it closed is stalled. */
  stalledAfterDays: number;
  /** Members hear about a meeting this many days before. */
  meetingNoticeDays: number;
  /** Owners hear about an action item this many days before it is due. */
  actionDueDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  closingDays: [3, 1],
  staleAfterDays: 30,
  staleRepeatDays: 14,
  stalledAfterDays: 14,
  meetingNoticeDays: 7,
  actionDueDays: 3,
};

/** The thresholds as configured (REMINDER_* variables; `.env.example` documents each). */
export function reminderSettingsFromEnvironment(
  env: Pick<
    Environment,
    | 'REMINDER_CLOSING_DAYS'
    | 'REMINDER_STALE_AFTER_DAYS'
    | 'REMINDER_STALE_REPEAT_DAYS'
    | 'REMINDER_STALLED_AFTER_DAYS'
    | 'REMINDER_MEETING_NOTICE_DAYS'
    | 'REMINDER_ACTION_DUE_DAYS'
  >,
): ReminderSettings {
  return {
    closingDays: [...env.REMINDER_CLOSING_DAYS],
    staleAfterDays: env.REMINDER_STALE_AFTER_DAYS,
    staleRepeatDays: env.REMINDER_STALE_REPEAT_DAYS,
    stalledAfterDays: env.REMINDER_STALLED_AFTER_DAYS,
    meetingNoticeDays: env.REMINDER_MEETING_NOTICE_DAYS,
    actionDueDays: env.REMINDER_ACTION_DUE_DAYS,
  };
}

/** Statuses after which a party's agreement needs no more chasing. */
export const FINAL_AGREEMENT_STATES = ['IMPLEMENTED', 'DECLINED', 'NOT_APPLICABLE'] as const;

/** Who acts for which party at the rules' `now` ($1): the one rule, actsForSql in @app/access. */
const OFFICERS = actsForSql({ at: '$1::timestamptz' });

/** Current members of the Children in Care Council at `now` ($1), as the CICC_MEMBER role counts them. */
const CICC_MEMBERS = roleHolderIdsSql({ roles: [Role.CICC_MEMBER], at: '$1::timestamptz' });

const CO_CHAIR_ROLES = `('CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD')`;

export interface ClosingDue {
  consultationId: string;
  title: string;
  proposalId: string | null;
  audience: string;
  closesAt: Date;
  /** Which reminder: 3 (closing within 3 days) or 1 (within a day); the message counts the days itself. */
  days: number;
  recipientId: string;
}

/**
 * Open consultations closing within the next `closingDays` → audience members who have not yet
 * responded (CiCC: members who have not voted on the proposal; LA audiences: officers of LAs
 * that have not answered). Each consultation is in the window of its nearest reminder only.
 */
export async function consultationsClosing(m: EntityManager, now: Date, settings: ReminderSettings): Promise<ClosingDue[]> {
  const days = [...settings.closingDays].sort((a, b) => a - b);
  if (days.length === 0) return [];
  return await m.query<ClosingDue[]>(
    `WITH c AS (
       SELECT c.id, coalesce(c.title, p.title) AS title, c.proposal_id, c.audience, c.closes_at,
              (SELECT min(d) FROM unnest($2::int[]) AS d WHERE c.closes_at <= $1::timestamptz + make_interval(days => d)) AS days
         FROM consultation c LEFT JOIN proposal p ON p.id = c.proposal_id
        WHERE ${consultationOpenSql('c', '$1::timestamptz')}
          AND c.closes_at <= $1::timestamptz + make_interval(days => $3::int)
     ),
     cicc AS (${CICC_MEMBERS}),
     officers AS (${OFFICERS})
     SELECT c.id AS "consultationId", c.title, c.proposal_id AS "proposalId", c.audience, c.closes_at AS "closesAt", c.days,
            x.person_id AS "recipientId"
       FROM c JOIN LATERAL (
         SELECT cicc.person_id FROM cicc
          WHERE c.audience = 'CICC'
            AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.member_id = cicc.person_id AND (v.consultation_id = c.id OR v.proposal_id = c.proposal_id))
            AND NOT EXISTS (SELECT 1 FROM consultation_response r WHERE r.consultation_id = c.id AND r.respondent_id = cicc.person_id)
         UNION
         SELECT o.person_id FROM officers o
          WHERE c.audience IN ('LOCAL_AUTHORITIES', 'HOUSING_DIRECTORS', 'ALDCS') AND o.authority_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM consultation_response r WHERE r.consultation_id = c.id AND r.on_behalf_of_authority_id = o.authority_id)
         UNION
         SELECT o.person_id FROM officers o
          WHERE c.audience = 'PARTNERS' AND (o.organisation_id IS NOT NULL OR o.area_id IS NOT NULL)
            AND NOT EXISTS (SELECT 1 FROM consultation_response r
                             WHERE r.consultation_id = c.id AND (r.on_behalf_of_organisation_id = o.organisation_id OR r.on_behalf_of_area_id = o.area_id))
       ) x ON TRUE
      ORDER BY c.closes_at, c.id, x.person_id`,
    [now.toISOString(), days, days[days.length - 1]],
  );
}

export interface AudienceMember {
  consultationId: string;
  title: string;
  proposalId: string | null;
  audience: string;
  opensAt: Date;
  closesAt: Date;
  recipientId: string;
}

/**
 * Everyone a consultation that has not closed is addressed to at `now`: current CiCC members for a
 * CiCC consultation, officers of every LA for LA audiences, partners' officers for partners.
 */
export async function consultationAudience(m: EntityManager, consultationId: string, now: Date): Promise<AudienceMember[]> {
  return await m.query<AudienceMember[]>(
    `WITH c AS (
       SELECT c.id, coalesce(c.title, p.title) AS title, c.proposal_id, c.audience, c.opens_at, c.closes_at
         FROM consultation c LEFT JOIN proposal p ON p.id = c.proposal_id
        WHERE c.id = $2 AND ${consultationStateSql('c', '$1::timestamptz')} <> '${ConsultationState.CLOSED}'
     ),
     cicc AS (${CICC_MEMBERS}),
     officers AS (${OFFICERS})
     SELECT c.id AS "consultationId", c.title, c.proposal_id AS "proposalId", c.audience, c.opens_at AS "opensAt", c.closes_at AS "closesAt",
            x.person_id AS "recipientId"
       FROM c JOIN LATERAL (
         SELECT cicc.person_id FROM cicc WHERE c.audience = 'CICC'
         UNION
         SELECT o.person_id FROM officers o WHERE c.audience IN ('LOCAL_AUTHORITIES', 'HOUSING_DIRECTORS', 'ALDCS') AND o.authority_id IS NOT NULL
         UNION
         SELECT o.person_id FROM officers o WHERE c.audience = 'PARTNERS' AND (o.organisation_id IS NOT NULL OR o.area_id IS NOT NULL)
       ) x ON TRUE
      ORDER BY x.person_id`,
    [now.toISOString(), consultationId],
  );
}

export interface StaleDue {
  agreementId: string;
  proposalId: string;
  proposalTitle: string;
  houseId: string;
  partyName: string;
  status: string;
  /** When the status last changed (or the agreement was opened). */
  since: Date;
  /** 0 for the first reminder, then 1, 2… every `staleRepeatDays`. */
  cycle: number;
  /** An officer of the party; null for a stale agreement whose party has no officer (co-chairs still see it). */
  recipientId: string | null;
}

/**
 * Agreements to ENDORSED offers whose status has not changed for `staleAfterDays` and is not
 * final → the party's officers, again every `staleRepeatDays`. One row per agreement and officer
 * (one row with no recipient when the party has none, so the co-chairs' list is complete).
 */
export async function staleAgreements(m: EntityManager, now: Date, settings: ReminderSettings): Promise<StaleDue[]> {
  return await m.query<StaleDue[]>(
    `WITH stale AS (
       SELECT a.id, a.proposal_id, p.title AS proposal_title, p.house_id, a.status::text AS status,
              a.local_authority_id, a.area_id, a.organisation_id, coalesce(la.name, ar.name, o.name) AS party_name,
              coalesce((SELECT max(h.changed_at) FROM agreement_status_history h
                         WHERE h.agreement_id = a.id AND h.from_status <> h.to_status), a.created_at) AS since
         FROM agreement_status a
         JOIN proposal p ON p.id = a.proposal_id
         LEFT JOIN local_authority la ON la.id = a.local_authority_id
         LEFT JOIN area ar ON ar.id = a.area_id
         LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE p.status = 'ENDORSED' AND NOT (a.status = ANY($4::agreement_state[]))
     ),
     due AS (
       SELECT s.*, floor(extract(epoch FROM ($1::timestamptz - s.since - make_interval(days => $2::int))) / ($3::int * 86400))::int AS cycle
         FROM stale s WHERE s.since <= $1::timestamptz - make_interval(days => $2::int)
     ),
     officers AS (${OFFICERS})
     SELECT DISTINCT d.id AS "agreementId", d.proposal_id AS "proposalId", d.proposal_title AS "proposalTitle", d.house_id AS "houseId",
            d.party_name AS "partyName", d.status, d.since, d.cycle, o.person_id AS "recipientId"
       FROM due d
       LEFT JOIN officers o ON o.authority_id = d.local_authority_id OR o.area_id = d.area_id OR o.organisation_id = d.organisation_id
      ORDER BY d.proposal_title, d.party_name, d.id, o.person_id`,
    [now.toISOString(), settings.staleAfterDays, settings.staleRepeatDays, FINAL_AGREEMENT_STATES],
  );
}

/** Current co-chairs of the given Houses. */
export async function coChairsOf(m: EntityManager, houseIds: readonly string[]): Promise<{ houseId: string; personId: string }[]> {
  if (houseIds.length === 0) return [];
  return await m.query<{ houseId: string; personId: string }[]>(
    `SELECT DISTINCT body_id AS "houseId", person_id AS "personId" FROM membership
      WHERE body_id = ANY($1::uuid[]) AND ended_at IS NULL AND role IN ${CO_CHAIR_ROLES}
      ORDER BY 1, 2`,
    [houseIds],
  );
}

export interface StalledDue {
  consultationId: string;
  title: string;
  proposalId: string;
  proposalTitle: string;
  proposalStatus: string;
  closedAt: Date;
  recipientId: string;
}

/**
 * Consultations that closed at least `stalledAfterDays` ago whose proposal has not moved since
 * (no transition, no later consultation, not finished) → the House's current co-chairs.
 */
export async function stalledConsultations(m: EntityManager, now: Date, settings: ReminderSettings): Promise<StalledDue[]> {
  return await m.query<StalledDue[]>(
    `WITH closed AS (
       SELECT c.id, coalesce(c.title, p.title) AS title, c.proposal_id, p.title AS proposal_title, p.status::text AS proposal_status,
              c.house_id, coalesce(c.closed_at, c.closes_at) AS closed_at
         FROM consultation c JOIN proposal p ON p.id = c.proposal_id
        WHERE coalesce(c.closed_at, c.closes_at) <= $1::timestamptz - make_interval(days => $2::int)
          AND p.status NOT IN ('ADOPTED', 'DECLINED', 'WITHDRAWN')
     )
     SELECT k.id AS "consultationId", k.title, k.proposal_id AS "proposalId", k.proposal_title AS "proposalTitle",
            k.proposal_status AS "proposalStatus", k.closed_at AS "closedAt", ms.person_id AS "recipientId"
       FROM closed k
       JOIN membership ms ON ms.body_id = k.house_id AND ms.ended_at IS NULL AND ms.role IN ${CO_CHAIR_ROLES}
      WHERE NOT EXISTS (SELECT 1 FROM proposal_transition t WHERE t.proposal_id = k.proposal_id AND t.at > k.closed_at)
        AND NOT EXISTS (SELECT 1 FROM consultation c2 WHERE c2.proposal_id = k.proposal_id AND c2.id <> k.id AND c2.opens_at > k.closed_at)
      ORDER BY k.closed_at, k.id, ms.person_id`,
    [now.toISOString(), settings.stalledAfterDays],
  );
}

export interface MeetingDue {
  meetingId: string;
  title: string;
  bodyName: string;
  startsAt: Date;
  location: string | null;
  /** "1. Item" lines in agenda order; empty when there is no agenda yet. */
  agenda: string;
  recipientId: string;
}

/** Scheduled meetings starting within `meetingNoticeDays` → every current member of the body, with the agenda. */
export async function upcomingMeetings(m: EntityManager, now: Date, settings: ReminderSettings): Promise<MeetingDue[]> {
  return await m.query<MeetingDue[]>(
    `WITH mt AS (
       SELECT mt.id, mt.title, mt.body_id, mt.starts_at, mt.location, b.name AS body_name,
              coalesce((SELECT string_agg(ai.position || '. ' || ai.title, E'\\n' ORDER BY ai.position) FROM agenda_item ai WHERE ai.meeting_id = mt.id), '') AS agenda
         FROM meeting mt JOIN body b ON b.id = mt.body_id
        WHERE mt.status = 'SCHEDULED' AND mt.starts_at > $1::timestamptz AND mt.starts_at <= $1::timestamptz + make_interval(days => $2::int)
     )
     SELECT DISTINCT mt.id AS "meetingId", mt.title, mt.body_name AS "bodyName", mt.starts_at AS "startsAt", mt.location, mt.agenda,
            ms.person_id AS "recipientId"
       FROM mt JOIN membership ms ON ms.body_id = mt.body_id AND ms.ended_at IS NULL AND ms.started_at <= $1::timestamptz
      ORDER BY mt.starts_at, mt.id, ms.person_id`,
    [now.toISOString(), settings.meetingNoticeDays],
  );
}

export interface ActionDue {
  actionItemId: string;
  description: string;
  dueOn: string;
  meetingId: string;
  meetingTitle: string;
  recipientId: string;
}

/** Open action items due from today (London) to `actionDueDays` ahead → their owners. */
export async function actionItemsDue(m: EntityManager, today: string, settings: ReminderSettings): Promise<ActionDue[]> {
  return await m.query<ActionDue[]>(
    `SELECT ai.id AS "actionItemId", ai.description, ai.due_on::text AS "dueOn", mt.id AS "meetingId", mt.title AS "meetingTitle",
            ai.owner_id AS "recipientId"
       FROM action_item ai JOIN meeting mt ON mt.id = ai.meeting_id
      WHERE ai.status = 'OPEN' AND ai.due_on >= $1::date AND ai.due_on <= $1::date + $2::int
      ORDER BY ai.due_on, ai.id`,
    [today, settings.actionDueDays],
  );
}
