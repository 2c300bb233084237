import { Injectable } from '@nestjs/common';
import { Clock, Tx } from '@app/core';
import { DeliveryModel, ProposalStatus, ProposalsService } from '@app/proposals';
import { AreaKind, ReferenceService } from '@app/reference';
import { RollupsService } from '@app/rollups';
import { AgreementState, PartyKind, Reciprocity } from './agreement-status.entity';
import { AgreementErrorCode, AgreementInputError } from './agreements.errors';

export const MAX_MATRIX_PROPOSALS = 500;

export interface AgreementMatrixFilter {
  houseId?: string | null;
  proposalIds?: string[] | null;
  /** Restricts LA parties to the area's members today, ICS area parties to the area, partners to those serving it. */
  areaId?: string | null;
  partyKind?: PartyKind | null;
  statuses?: AgreementState[] | null;
}

export interface MatrixProposal {
  id: string;
  title: string;
  status: ProposalStatus;
  deliveryModel: DeliveryModel;
}

export interface MatrixParty {
  id: string;
  kind: PartyKind;
  name: string;
  shortCode: string;
  tileRow: number | null;
  tileCol: number | null;
}

export interface MatrixCell {
  agreementId: string;
  proposalId: string;
  partyId: string;
  status: AgreementState;
  reciprocity: Reciprocity | null;
  effectiveDate: string | null;
  /** The party agreed an earlier wording of the offer and has not confirmed the current one. */
  reconfirmationNeeded: boolean;
  updatedAt: Date;
  version: number;
}

export interface AgreementMatrix {
  proposals: MatrixProposal[];
  parties: MatrixParty[];
  cells: MatrixCell[];
}

export interface ProgressTally {
  total: number;
  /** Parties by status, whatever wording they agreed. */
  counts: Record<AgreementState, number>;
  /** Formally agreed or implemented, on the offer's current wording. */
  agreed: number;
  /** Implemented (in place), on the offer's current wording. */
  implemented: number;
  /** Agreed an earlier wording and not yet confirmed the current one: counted in neither figure above. */
  awaitingReconfirmation: number;
  shareAgreed: number;
  shareImplemented: number;
  /** FORMALLY_AGREED or IMPLEMENTED over total, whatever wording was agreed (0 when there are no parties). */
  shareFormallyAgreedOrImplemented: number;
}

/** How many LAs an ICS-area offer reaches through their area's agreement (LA membership as of today). */
export interface CoverageTally {
  localAuthorities: number;
  /** LAs whose ICS area has formally agreed or implemented the current wording. */
  agreed: number;
  /** LAs whose ICS area has implemented it. */
  implemented: number;
}

export interface AreaCoverage extends CoverageTally {
  areaId: string;
  kind: AreaKind;
  code: string;
  name: string;
}

export interface LocalAuthorityCoverage extends CoverageTally {
  /** Each ICS area with its LAs: the area's own agreement reaches all of them. */
  byIcsArea: AreaCoverage[];
  /** The same LAs grouped by sub-region. */
  bySubRegion: AreaCoverage[];
}

export interface AreaProgress extends ProgressTally {
  areaId: string;
  kind: AreaKind;
  code: string;
  name: string;
}

export interface ProposalProgress extends ProgressTally {
  proposalId: string;
  byIcsArea: AreaProgress[];
  bySubRegion: AreaProgress[];
  notEngaged: MatrixParty[];
  /** ICS-area offers only: the LAs reached through their area's agreement, overall, by area and by sub-region. */
  localAuthorityCoverage: LocalAuthorityCoverage | null;
}

const PARTY_JOINS = `
  LEFT JOIN local_authority la ON la.id = a.local_authority_id
  LEFT JOIN area ar ON ar.id = a.area_id
  LEFT JOIN organisation o ON o.id = a.organisation_id`;

const PARTY_COLUMNS = `coalesce(a.local_authority_id, a.area_id, a.organisation_id) AS id, a.party_kind AS kind,
  coalesce(la.name, ar.name, o.name) AS name, coalesce(la.short_code, ar.code, o.code) AS short_code,
  la.tile_row, la.tile_col`;

function party(r: { id: string; kind: PartyKind; name: string; short_code: string; tile_row: number | null; tile_col: number | null }): MatrixParty {
  return { id: r.id, kind: r.kind, name: r.name, shortCode: r.short_code, tileRow: r.tile_row, tileCol: r.tile_col };
}

/**
 * The directors' views of agreement: the proposals × parties matrix (for LA offers, the London
 * tile grid) and each proposal's progress. Every figure is computed in SQL, in a fixed number of
 * statements whatever the number of proposals or parties.
 */
@Injectable()
export class AgreementViewsService {
  constructor(
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly reference: ReferenceService,
    private readonly rollups: RollupsService,
    private readonly clock: Clock,
  ) {}

  async matrix(filter: AgreementMatrixFilter): Promise<AgreementMatrix> {
    if (filter.houseId) await this.reference.getHouse(filter.houseId, 'filter.houseId');
    if (filter.areaId) await this.reference.getArea(filter.areaId, 'filter.areaId');
    if (filter.proposalIds && filter.proposalIds.length > MAX_MATRIX_PROPOSALS) {
      throw new AgreementInputError(AgreementErrorCode.BAD_ITEMS, `Ask for at most ${MAX_MATRIX_PROPOSALS} proposals at a time.`, 'filter.proposalIds');
    }
    const { where, params } = matrixWhere(filter, this.clock.today());
    const q = this.txHost.tx;

    const proposals = await q.query<{ id: string; title: string; status: ProposalStatus; delivery_model: DeliveryModel }[]>(
      `SELECT p.id, p.title, p.status, p.delivery_model
         FROM proposal p
        WHERE EXISTS (SELECT 1 FROM agreement_status a WHERE a.proposal_id = p.id AND ${where})
        ORDER BY p.title, p.id`,
      params,
    );

    // Distinct party ids first (a hash over uuids), then names for the few parties found.
    const parties = await q.query<Parameters<typeof party>[0][]>(
      `SELECT ${PARTY_COLUMNS}
         FROM (SELECT DISTINCT a.party_kind, a.local_authority_id, a.area_id, a.organisation_id
                 FROM agreement_status a JOIN proposal p ON p.id = a.proposal_id
                WHERE ${where}) a ${PARTY_JOINS}
        ORDER BY kind, name`,
      params,
    );

    // Cells come back in the answer's own shape (no copying per cell); the time as epoch ms,
    // which costs far less to turn into a Date than parsing its text form.
    const cells = await q.query<(Omit<MatrixCell, 'updatedAt'> & { updatedAt: number | Date })[]>(
      `SELECT a.id AS "agreementId", a.proposal_id AS "proposalId", coalesce(a.local_authority_id, a.area_id, a.organisation_id) AS "partyId",
              a.status, a.reciprocity, a.effective_date::text AS "effectiveDate", a.reconfirmation_needed AS "reconfirmationNeeded", floor(extract(epoch FROM a.updated_at) * 1000)::float8 AS "updatedAt", a.version
         FROM agreement_status a JOIN proposal p ON p.id = a.proposal_id
        WHERE ${where}
        ORDER BY p.title, a.proposal_id, a.party_kind, "partyId"`,
      params,
    );
    for (const c of cells) c.updatedAt = new Date(c.updatedAt);

    return {
      proposals: proposals.map((p) => ({ id: p.id, title: p.title, status: p.status, deliveryModel: p.delivery_model })),
      parties: parties.map(party),
      cells: cells as MatrixCell[],
    };
  }

  /**
   * How far a proposal has got: parties by status (every status, zeros included), the share
   * formally agreed or implemented, the same split by ICS area and by sub-region (LA membership
   * as of today; an ICS area party counts in its own area, a partner in the area it serves), and
   * the parties that have not started.
   */
  async progress(proposalId: string): Promise<ProposalProgress> {
    const proposal = await this.proposals.get(proposalId, 'proposalId');
    const q = this.txHost.tx;

    // Counts come from the proposal's rollup while it matches the agreement rows, else from the rows themselves.
    const { overall, areas } = await this.rollups.tallies(proposalId);

    const notEngaged = await q.query<Parameters<typeof party>[0][]>(
      `SELECT ${PARTY_COLUMNS}
         FROM agreement_status a ${PARTY_JOINS}
        WHERE a.proposal_id = $1 AND a.status = 'NOT_STARTED'
        ORDER BY kind, name`,
      [proposalId],
    );

    const byArea = areas as AreaProgress[];
    return {
      proposalId,
      ...(overall),
      byIcsArea: byArea.filter((a) => a.kind === AreaKind.ICS_AREA),
      bySubRegion: byArea.filter((a) => a.kind === AreaKind.SUB_REGION),
      notEngaged: notEngaged.map(party),
      localAuthorityCoverage: proposal.deliveryModel === DeliveryModel.EACH_ICS_AREA ? await this.coverage(proposalId) : null,
    };
  }

  /**
   * For an ICS-area offer, the LAs it reaches: each LA counts as agreed (or implemented) when its
   * ICS area (as of today) has agreed (or implemented) the current wording; totals, per ICS area
   * and per sub-region in one statement.
   */
  private async coverage(proposalId: string): Promise<LocalAuthorityCoverage> {
    const rows = await this.txHost.tx.query<{ level: number; area_id: string | null; kind: AreaKind; code: string; name: string; local_authorities: number; agreed: number; implemented: number }[]>(
      `WITH placed AS (
         SELECT la.id,
                (SELECT m.area_id FROM area_membership m JOIN area x ON x.id = m.area_id AND x.kind = 'ICS_AREA'
                  WHERE m.local_authority_id = la.id AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to > $2::date)
                  ORDER BY x.code LIMIT 1) AS ics_id,
                (SELECT m.area_id FROM area_membership m JOIN area x ON x.id = m.area_id AND x.kind = 'SUB_REGION'
                  WHERE m.local_authority_id = la.id AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to > $2::date)
                  ORDER BY x.code LIMIT 1) AS sub_id
           FROM local_authority la
       ),
       reached AS (
         SELECT p.*, coalesce(a.status IN ('FORMALLY_AGREED', 'IMPLEMENTED') AND NOT a.reconfirmation_needed, false) AS agreed,
                coalesce(a.status = 'IMPLEMENTED' AND NOT a.reconfirmation_needed, false) AS implemented
           FROM placed p LEFT JOIN agreement_status a ON a.proposal_id = $1 AND a.area_id = p.ics_id
       ),
       grouped AS (
         SELECT GROUPING(ics_id, sub_id) AS level, CASE WHEN GROUPING(ics_id) = 0 THEN ics_id ELSE sub_id END AS area_id,
                count(*)::int AS local_authorities, count(*) FILTER (WHERE agreed)::int AS agreed, count(*) FILTER (WHERE implemented)::int AS implemented
           FROM reached GROUP BY GROUPING SETS ((), (ics_id), (sub_id))
       )
       SELECT g.level, g.area_id, ar.kind, ar.code, ar.name, g.local_authorities, g.agreed, g.implemented
         FROM grouped g LEFT JOIN area ar ON ar.id = g.area_id
        WHERE g.level = 3 OR g.area_id IS NOT NULL
        ORDER BY g.level DESC, ar.code`,
      [proposalId, this.clock.today()],
    );
    const tally = (r: (typeof rows)[number] | undefined): CoverageTally => ({ localAuthorities: r?.local_authorities ?? 0, agreed: r?.agreed ?? 0, implemented: r?.implemented ?? 0 });
    const areas = (level: number) =>
      rows.filter((r) => r.level === level).map((r) => ({ areaId: r.area_id!, kind: r.kind, code: r.code, name: r.name, ...tally(r) }));
    return { ...tally(rows.find((r) => r.level === 3)), byIcsArea: areas(1), bySubRegion: areas(2) };
  }
}

/**
 * The matrix filter as SQL over `a` (agreement_status) and `p` (proposal); exports use the same
 * filter. An area holds the local authorities that belong to it on `today` (YYYY-MM-DD).
 */
export function matrixWhere(filter: AgreementMatrixFilter, today: string): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const add = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = ['TRUE'];
  if (filter.houseId) conditions.push(`p.house_id = ${add(filter.houseId)}::uuid`);
  if (filter.proposalIds) conditions.push(`a.proposal_id = ANY(${add(filter.proposalIds)}::uuid[])`);
  if (filter.partyKind) conditions.push(`a.party_kind = ${add(filter.partyKind)}::agreement_party_kind`);
  if (filter.statuses?.length) conditions.push(`a.status = ANY(${add(filter.statuses)}::agreement_state[])`);
  if (filter.areaId) {
    const area = add(filter.areaId);
    const on = add(today);
    conditions.push(`(
      a.local_authority_id IN (SELECT m.local_authority_id FROM area_membership m
                                WHERE m.area_id = ${area}::uuid AND m.valid_from <= ${on}::date AND (m.valid_to IS NULL OR m.valid_to > ${on}::date))
      OR a.area_id = ${area}::uuid
      OR a.organisation_id IN (SELECT o.id FROM organisation o WHERE o.area_id = ${area}::uuid))`);
  }
  return { where: conditions.join(' AND '), params };
}
