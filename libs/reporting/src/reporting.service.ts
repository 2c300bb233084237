import { Injectable } from '@nestjs/common';
import { InvalidInputError, Tx } from '@app/core';
import { ConsultationState, consultationStateSql } from '@app/consultations';
import { ProposalStatus } from '@app/proposals';

/** A consultation open at $1, by the one definition of "open". */
const OPEN_AT_1 = `${consultationStateSql('c', '$1')} = '${ConsultationState.OPEN}'`;

export interface HouseOverviewRow {
  houseId: string;
  houseName: string;
  theme: string;
  hasYoungPersonCoChair: boolean;
  hasSectorLeadCoChair: boolean;
  proposalsByStatus: Record<ProposalStatus, number>;
  openConsultations: number;
  closingSoon: number;
  scheduledConsultations: number;
  agreementParties: number;
  /** Formally agreed or implemented, whatever wording was agreed (kept for existing readers). */
  agreementsFormallyAgreedOrImplemented: number;
  /** Formally agreed or implemented on the offer's current wording. */
  agreementsAgreed: number;
  /** Implemented (in place) on the offer's current wording. */
  agreementsImplemented: number;
  /** Agreed an earlier wording and not yet confirmed the current one (in neither figure above). */
  agreementsAwaitingReconfirmation: number;
  /** Endorsed and adopted offers. */
  offersOutForAgreement: number;
  /** Of them, agreed on the current wording by every party asked (parties for whom it is not applicable aside). */
  offersAgreedEverywhere: number;
  /** Of them, in place with every party asked. */
  offersInPlaceEverywhere: number;
  latestChanges: ChangeRow[];
}

export interface ChangeRow {
  at: Date;
  kind: 'PROPOSAL_STATUS' | 'AGREEMENT_STATUS';
  proposalId: string;
  proposalTitle: string;
  fromStatus: string | null;
  toStatus: string;
  partyName: string | null;
  /** Who made the change; their name is shown through the person privacy rule. */
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
}

export interface BoardOverviewOptions {
  now?: Date;
  closingWithinDays?: number;
  latestChangesPerHouse?: number;
}

/**
 * The Trust Board's one-screen summary. Five aggregate statements whatever the size of the
 * programme: houses with co-chair seats, proposals by status, consultations, agreement progress,
 * and the latest changes per House (ranked in SQL).
 */
@Injectable()
export class ReportingService {
  constructor(private readonly txHost: Tx) {}

  async boardOverview(options: BoardOverviewOptions = {}): Promise<HouseOverviewRow[]> {
    const now = options.now ?? new Date();
    const days = options.closingWithinDays ?? 7;
    const latest = options.latestChangesPerHouse ?? 5;
    if (!Number.isInteger(days) || days < 1 || days > 90) {
      throw new InvalidInputError('BAD_WINDOW', 'closingWithinDays must be a whole number of days from 1 to 90.', 'closingWithinDays');
    }
    if (!Number.isInteger(latest) || latest < 0 || latest > 50) {
      throw new InvalidInputError('BAD_LIMIT', 'latestChanges must be from 0 to 50.', 'latestChanges');
    }
    const q = this.txHost.tx;

    const houses: { id: string; name: string; theme: string; young: boolean; lead: boolean }[] = await q.query(
      `SELECT b.id, b.name, b.theme,
              EXISTS (SELECT 1 FROM membership m WHERE m.body_id = b.id AND m.ended_at IS NULL AND m.role = 'CO_CHAIR_YOUNG_PERSON') AS young,
              EXISTS (SELECT 1 FROM membership m WHERE m.body_id = b.id AND m.ended_at IS NULL AND m.role = 'CO_CHAIR_SECTOR_LEAD') AS lead
         FROM body b WHERE b.kind = 'HOUSE' ORDER BY b.name`,
    );
    const statusCounts: { house_id: string; status: ProposalStatus; n: number }[] = await q.query(
      `SELECT house_id, status, count(*)::int AS n FROM proposal GROUP BY house_id, status`,
    );
    const consultations: { house_id: string; open: number; closing: number; scheduled: number }[] = await q.query(
      `SELECT house_id,
              count(*) FILTER (WHERE ${OPEN_AT_1})::int AS open,
              count(*) FILTER (WHERE ${OPEN_AT_1} AND c.closes_at <= $1 + make_interval(days => $2))::int AS closing,
              count(*) FILTER (WHERE ${consultationStateSql('c', '$1')} = '${ConsultationState.SCHEDULED}')::int AS scheduled
         FROM consultation c GROUP BY house_id`,
      [now, days],
    );
    // Agreed and in place are counted apart, each on the offer's current wording; per party, then per offer.
    const agreements: {
      house_id: string;
      parties: number;
      agreed_any_wording: number;
      agreed: number;
      implemented: number;
      awaiting: number;
      offers: number;
      offers_agreed: number;
      offers_in_place: number;
    }[] = await q.query(
      `WITH per_offer AS (
         SELECT p.house_id, p.id,
                count(a.id) AS parties,
                count(a.id) FILTER (WHERE a.status IN ('FORMALLY_AGREED', 'IMPLEMENTED')) AS agreed_any_wording,
                count(a.id) FILTER (WHERE a.status IN ('FORMALLY_AGREED', 'IMPLEMENTED') AND NOT a.reconfirmation_needed) AS agreed,
                count(a.id) FILTER (WHERE a.status = 'IMPLEMENTED' AND NOT a.reconfirmation_needed) AS implemented,
                count(a.id) FILTER (WHERE a.reconfirmation_needed) AS awaiting,
                count(a.id) FILTER (WHERE a.status <> 'NOT_APPLICABLE') AS asked
           FROM proposal p LEFT JOIN agreement_status a ON a.proposal_id = p.id
          WHERE p.status IN ('ENDORSED', 'ADOPTED')
          GROUP BY p.house_id, p.id
       )
       SELECT house_id, sum(parties)::int AS parties, sum(agreed_any_wording)::int AS agreed_any_wording, sum(agreed)::int AS agreed,
              sum(implemented)::int AS implemented, sum(awaiting)::int AS awaiting, count(*)::int AS offers,
              count(*) FILTER (WHERE asked > 0 AND agreed = asked)::int AS offers_agreed,
              count(*) FILTER (WHERE asked > 0 AND implemented = asked)::int AS offers_in_place
         FROM per_offer GROUP BY house_id`,
    );
    const changes: (ChangeRow & { house_id: string })[] = latest === 0 ? [] : await q.query(
      `SELECT house_id, at, kind, "proposalId", "proposalTitle", "fromStatus", "toStatus", "partyName", "actorId", "actorName", reason FROM (
         SELECT c.*, row_number() OVER (PARTITION BY c.house_id ORDER BY c.at DESC) AS rank FROM (
           SELECT p.house_id, t.at, 'PROPOSAL_STATUS' AS kind, p.id AS "proposalId", p.title AS "proposalTitle",
                  t.from_status::text AS "fromStatus", t.to_status::text AS "toStatus", NULL::text AS "partyName",
                  who.id AS "actorId", who.display_name AS "actorName", t.reason
             FROM proposal_transition t JOIN proposal p ON p.id = t.proposal_id
             LEFT JOIN person who ON who.id = t.actor_id
           UNION ALL
           SELECT p.house_id, h.changed_at, 'AGREEMENT_STATUS', p.id, p.title, h.from_status::text, h.to_status::text,
                  COALESCE(la.name, ar.name, org.name), who.id, who.display_name, h.note
             FROM agreement_status_history h
             JOIN agreement_status a ON a.id = h.agreement_id
             JOIN proposal p ON p.id = a.proposal_id
             LEFT JOIN local_authority la ON la.id = a.local_authority_id
             LEFT JOIN area ar ON ar.id = a.area_id
             LEFT JOIN organisation org ON org.id = a.organisation_id
             LEFT JOIN person who ON who.id = h.changed_by_id
         ) c
       ) ranked WHERE rank <= $1 ORDER BY house_id, at DESC`,
      [latest],
    );

    return houses.map((h) => {
      const byStatus = Object.fromEntries(Object.values(ProposalStatus).map((s) => [s, 0])) as Record<ProposalStatus, number>;
      for (const row of statusCounts) if (row.house_id === h.id) byStatus[row.status] = row.n;
      const c = consultations.find((row) => row.house_id === h.id);
      const a = agreements.find((row) => row.house_id === h.id);
      return {
        houseId: h.id,
        houseName: h.name,
        theme: h.theme,
        hasYoungPersonCoChair: h.young,
        hasSectorLeadCoChair: h.lead,
        proposalsByStatus: byStatus,
        openConsultations: c?.open ?? 0,
        closingSoon: c?.closing ?? 0,
        scheduledConsultations: c?.scheduled ?? 0,
        agreementParties: a?.parties ?? 0,
        agreementsFormallyAgreedOrImplemented: a?.agreed_any_wording ?? 0,
        agreementsAgreed: a?.agreed ?? 0,
        agreementsImplemented: a?.implemented ?? 0,
        agreementsAwaitingReconfirmation: a?.awaiting ?? 0,
        offersOutForAgreement: a?.offers ?? 0,
        offersAgreedEverywhere: a?.offers_agreed ?? 0,
        offersInPlaceEverywhere: a?.offers_in_place ?? 0,
        latestChanges: changes.filter((row) => row.house_id === h.id).map(({ house_id: _, ...row }) => row),
      };
    });
  }
}
