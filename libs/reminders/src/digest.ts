import { EntityManager } from 'typeorm';
import { actsForSql, Role, roleHolderIdsSql } from '@app/access';
import { FINAL_AGREEMENT_STATES, ReminderSettings } from './reminder-rules';

export interface ProgrammeDigest {
  /** Proposals that moved in the seven days. */
  moves: { proposalId: string; title: string; from: string | null; to: string; at: Date }[];
  /** Agreement status changes in the seven days, per offer. */
  agreementChanges: { proposalId: string; title: string; changes: number }[];
  /** Every endorsed or adopted offer: parties agreed (formally or implemented) and parties with it in place, on the current wording, of all parties. */
  progress: { proposalId: string; title: string; status: string; agreed: number; implemented: number; total: number }[];
  /** Offers with agreements stale for the reminder period, and consultations whose proposal has not moved. */
  stuck: { proposalId: string; title: string; staleAgreements: number; stalledConsultations: number }[];
}

export function hasNews(d: ProgrammeDigest): boolean {
  return d.moves.length > 0 || d.agreementChanges.length > 0 || d.stuck.length > 0;
}

/** What changed across the programme in the seven days before `now`, progress per offer, and what is stuck. All in SQL. */
export async function programmeDigest(m: EntityManager, now: Date, settings: ReminderSettings): Promise<ProgrammeDigest> {
  const at = now.toISOString();
  const moves = await m.query<ProgrammeDigest['moves']>(
    `SELECT p.id AS "proposalId", p.title, t.from_status::text AS "from", t.to_status::text AS "to", t.at
       FROM proposal_transition t JOIN proposal p ON p.id = t.proposal_id
      WHERE t.at > $1::timestamptz - interval '7 days' AND t.at <= $1::timestamptz
      ORDER BY t.at, t.id LIMIT 100`,
    [at],
  );
  const agreementChanges = await m.query<ProgrammeDigest['agreementChanges']>(
    `SELECT p.id AS "proposalId", p.title, count(*)::int AS changes
       FROM agreement_status_history h JOIN agreement_status a ON a.id = h.agreement_id JOIN proposal p ON p.id = a.proposal_id
      WHERE h.from_status <> h.to_status AND h.changed_at > $1::timestamptz - interval '7 days' AND h.changed_at <= $1::timestamptz
      GROUP BY p.id ORDER BY p.title, p.id`,
    [at],
  );
  const progress = await m.query<ProgrammeDigest['progress']>(
    `SELECT p.id AS "proposalId", p.title, p.status::text AS status,
            count(a.id) FILTER (WHERE a.status IN ('FORMALLY_AGREED', 'IMPLEMENTED') AND NOT a.reconfirmation_needed)::int AS agreed,
            count(a.id) FILTER (WHERE a.status = 'IMPLEMENTED' AND NOT a.reconfirmation_needed)::int AS implemented,
            count(a.id)::int AS total
       FROM proposal p JOIN agreement_status a ON a.proposal_id = p.id
      WHERE p.status IN ('ENDORSED', 'ADOPTED')
      GROUP BY p.id ORDER BY p.title, p.id`,
  );
  const stuck = await m.query<ProgrammeDigest['stuck']>(
    `WITH stale AS (
       SELECT a.proposal_id, count(*)::int AS n
         FROM agreement_status a JOIN proposal p ON p.id = a.proposal_id
        WHERE p.status = 'ENDORSED' AND NOT (a.status = ANY($4::agreement_state[]))
          AND coalesce((SELECT max(h.changed_at) FROM agreement_status_history h WHERE h.agreement_id = a.id AND h.from_status <> h.to_status), a.created_at)
              <= $1::timestamptz - make_interval(days => $2::int)
        GROUP BY a.proposal_id
     ),
     stalled AS (
       SELECT c.proposal_id, count(*)::int AS n
         FROM consultation c JOIN proposal p ON p.id = c.proposal_id
        WHERE coalesce(c.closed_at, c.closes_at) <= $1::timestamptz - make_interval(days => $3::int)
          AND p.status NOT IN ('ADOPTED', 'DECLINED', 'WITHDRAWN')
          AND NOT EXISTS (SELECT 1 FROM proposal_transition t WHERE t.proposal_id = p.id AND t.at > coalesce(c.closed_at, c.closes_at))
          AND NOT EXISTS (SELECT 1 FROM consultation c2 WHERE c2.proposal_id = p.id AND c2.id <> c.id AND c2.opens_at > coalesce(c.closed_at, c.closes_at))
        GROUP BY c.proposal_id
     )
     SELECT p.id AS "proposalId", p.title, coalesce(s.n, 0) AS "staleAgreements", coalesce(k.n, 0) AS "stalledConsultations"
       FROM proposal p LEFT JOIN stale s ON s.proposal_id = p.id LEFT JOIN stalled k ON k.proposal_id = p.id
      WHERE s.n IS NOT NULL OR k.n IS NOT NULL
      ORDER BY p.title, p.id`,
    [at, settings.staleAfterDays, settings.stalledAfterDays, FINAL_AGREEMENT_STATES],
  );
  return { moves, agreementChanges, progress, stuck };
}

/** Who reads the programme digest: ALDCS viewers and Trust Board members (observers are not members), as their roles count them. */
export const DIRECTORS = roleHolderIdsSql({ roles: [Role.ALDCS_VIEWER, Role.TRUST_BOARD_MEMBER] });

/**
 * Agreements that wait for a party, with each person who acts for it: on an endorsed or adopted
 * offer, not yet implemented, declined or not applicable, or agreed to an earlier wording and not
 * re-confirmed. $1 is now, $2 the final agreement states.
 */
const WAITING = `
  SELECT o.person_id, a.id AS agreement_id
    FROM (${actsForSql({ at: '$1::timestamptz' })}) o
    JOIN agreement_status a ON o.authority_id = a.local_authority_id OR o.area_id = a.area_id OR o.organisation_id = a.organisation_id
    JOIN proposal p ON p.id = a.proposal_id
   WHERE p.status IN ('ENDORSED', 'ADOPTED') AND (NOT (a.status = ANY($2::agreement_state[])) OR a.reconfirmation_needed)`;

export interface WaitingAgreement {
  proposalId: string;
  title: string;
  partyName: string;
  status: string;
  reconfirmationNeeded: boolean;
}

/** The offers still waiting for the parties a person acts for, by title. */
export async function waitingFor(m: EntityManager, personId: string, now: Date): Promise<WaitingAgreement[]> {
  return await m.query<WaitingAgreement[]>(
    `SELECT DISTINCT p.title, p.id AS "proposalId", coalesce(la.name, 'NHS ' || ar.name, org.name) AS "partyName", a.status::text AS status,
            a.reconfirmation_needed AS "reconfirmationNeeded"
       FROM (${WAITING}) w
       JOIN agreement_status a ON a.id = w.agreement_id
       JOIN proposal p ON p.id = a.proposal_id
       LEFT JOIN local_authority la ON la.id = a.local_authority_id
       LEFT JOIN area ar ON ar.id = a.area_id
       LEFT JOIN organisation org ON org.id = a.organisation_id
      WHERE w.person_id = $3
      ORDER BY p.title, "proposalId", "partyName"`,
    [now.toISOString(), FINAL_AGREEMENT_STATES, personId],
  );
}

/**
 * Everyone with something in this week's digest: directors when the programme has news, officers
 * of parties with offers still waiting for them, and anyone with notifications they chose to
 * receive in the digest.
 */
export async function digestRecipients(m: EntityManager, now: Date, programmeHasNews: boolean): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    `SELECT d.person_id AS id FROM (${DIRECTORS}) d JOIN person p ON p.id = d.person_id WHERE $3::boolean
     UNION
     SELECT w.person_id FROM (${WAITING}) w
     UNION
     SELECT n.recipient_id FROM notification n WHERE n.status = 'AWAITING_DIGEST' AND n.created_at <= $1::timestamptz
     ORDER BY id`,
    [now.toISOString(), FINAL_AGREEMENT_STATES, programmeHasNews],
  );
  return rows.map((r) => r.id);
}

export async function isDirector(m: EntityManager, personId: string): Promise<boolean> {
  const rows = await m.query<unknown[]>(`SELECT 1 FROM (${DIRECTORS}) d WHERE d.person_id = $1 LIMIT 1`, [personId]);
  return rows.length > 0;
}

export interface HeldNotification {
  id: string;
  subject: string;
  link: string | null;
  createdAt: Date;
}

/** A person's notifications waiting for their digest (locked, so two digests cannot both take them). */
export async function heldForDigest(m: EntityManager, personId: string, now: Date): Promise<HeldNotification[]> {
  return await m.query<HeldNotification[]>(
    `SELECT id, subject, link, created_at AS "createdAt" FROM notification
      WHERE recipient_id = $1 AND status = 'AWAITING_DIGEST' AND created_at <= $2::timestamptz
      ORDER BY created_at, id FOR UPDATE`,
    [personId, now.toISOString()],
  );
}
