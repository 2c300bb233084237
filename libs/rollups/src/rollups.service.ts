import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, InvalidInputError, keysetRawPage, Page, PageRequest, Tx } from '@app/core';
import { ProposalsService } from '@app/proposals';
import { AreaKind } from '@app/reference';
import { RollupTally, tallyFromRow } from './rollup-counts';
import { COUNT_NAMES, COUNT_UPDATES, DRIFTED, PLACEMENT_STAMP, SOURCE_AREAS, SOURCE_OVERALL } from './rollup-sql';

export interface AreaRollup extends RollupTally {
  areaId: string;
  kind: AreaKind;
  code: string;
  name: string;
}

export interface ProposalTallies {
  overall: RollupTally;
  /** Areas with at least one party, ICS areas then sub-regions, by code. */
  areas: AreaRollup[];
  /** Whether the stored rollup was current (otherwise the figures were computed from the agreement rows). */
  fromRollup: boolean;
}

export interface NightlyResult {
  /** The day the snapshots describe. */
  snapshotDate: string;
  proposals: number;
  /** Proposals whose stored rollup differed from a full recomputation (recorded, then corrected). */
  drifted: string[];
}

export interface ProgressSnapshot extends RollupTally {
  proposalId: string;
  date: string;
  recordedAt: Date;
}

export interface ProgressHistoryFilter {
  proposalId: string;
  /** First day included (YYYY-MM-DD). */
  from?: string | null;
  /** Last day included. */
  to?: string | null;
}

type AreaRow = Record<string, unknown> & { area_id: string; kind: AreaKind; code: string; name: string };

/**
 * Progress rollups: each proposal's parties by status, overall and by ICS area and sub-region,
 * recomputed from the agreement rows in SQL. Readers get the stored rollup when its source
 * fingerprint still matches, and a recomputation otherwise, so figures always equal a full
 * recomputation; the rollup job and the nightly pass keep the stored rows current.
 */
@Injectable()
export class RollupsService {
  constructor(
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly clock: Clock,
  ) {}

  /** Current figures of one proposal: two statements when the rollup is current. */
  async tallies(proposalId: string): Promise<ProposalTallies> {
    const asOf = this.clock.today();
    const [stored] = await this.txHost.tx.query<(Record<string, unknown> & { fresh: boolean })[]>(
      `WITH src AS (SELECT count(*)::int AS n, coalesce(sum(version), 0)::bigint AS v, max(updated_at) AS t
                      FROM agreement_status WHERE proposal_id = $1)
       SELECT r.*, (r.total = src.n AND r.source_version_sum = src.v AND r.source_changed_at IS NOT DISTINCT FROM src.t
                    AND r.as_of = $2::date AND r.placement_stamp = ${PLACEMENT_STAMP}) AS fresh
         FROM proposal_rollup r CROSS JOIN src
        WHERE r.proposal_id = $1`,
      [proposalId, asOf],
    );

    if (stored?.fresh) {
      const areas = await this.txHost.tx.query<AreaRow[]>(
        `SELECT ar.id AS area_id, ar.kind, ar.code, ar.name, ${COUNT_NAMES.map((c) => `ra.${c}`).join(', ')}
           FROM proposal_rollup_area ra JOIN area ar ON ar.id = ra.area_id
          WHERE ra.proposal_id = $1
          ORDER BY ar.kind, ar.code`,
        [proposalId],
      );
      return { overall: tallyFromRow(stored), areas: areas.map(areaRollup), fromRollup: true };
    }

    const [overall] = await this.txHost.tx.query<Record<string, unknown>[]>(SOURCE_OVERALL, [[proposalId]]);
    const areas = await this.txHost.tx.query<AreaRow[]>(
      `SELECT ar.id AS area_id, ar.kind, ar.code, ar.name, s.*
         FROM (${SOURCE_AREAS}) s JOIN area ar ON ar.id = s.area_id
        ORDER BY ar.kind, ar.code`,
      [[proposalId], asOf],
    );
    return { overall: tallyFromRow(overall), areas: areas.map(areaRollup), fromRollup: false };
  }

  /** Recomputes one proposal's rollup from its agreement rows (the debounced job). */
  async recompute(proposalId: string): Promise<void> {
    await this.recomputeMany([proposalId]);
  }

  /**
   * Recomputes the rollups of many proposals in one transaction, with the statements of one
   * (the worker gathers the recompute jobs that are due into one call). Returns how many it wrote.
   */
  async recomputeMany(proposalIds: readonly string[]): Promise<number> {
    if (proposalIds.length === 0) return 0;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      // Proposals deleted since their change have nothing to roll up.
      const ids = (await m.query<{ id: string }[]>(`SELECT id FROM proposal WHERE id = ANY($1::uuid[]) ORDER BY id`, [[...new Set(proposalIds)]])).map((r) => r.id);
      if (ids.length > 0) await this.write(m, ids, this.clock.today(), this.clock.now());
      return ids.length;
    });
  }

  /**
   * The nightly pass: recomputes every rollup from the source rows, records each proposal whose
   * stored figures differed (drift), and writes the day's snapshot of every proposal. Running it
   * again the same day replaces that day's snapshots. Everything is as of `now`: the day of the
   * snapshots, the day area membership is read on, and the times recorded.
   */
  async recomputeAll(now: Date = this.clock.now()): Promise<NightlyResult> {
    const snapshotDate = this.clock.calendar.dateOf(now);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const ids = (await m.query<{ id: string }[]>(
        `SELECT DISTINCT proposal_id AS id FROM agreement_status
         UNION SELECT proposal_id FROM proposal_rollup
         ORDER BY id`,
      )).map((r) => r.id);
      if (ids.length === 0) return { snapshotDate, proposals: 0, drifted: [] };
      await this.lock(m, ids);
      const asOf = snapshotDate;
      const drift = await m.query<{ proposal_id: string }[]>(
        `INSERT INTO proposal_rollup_drift (proposal_id, stored, recomputed, detected_at)
         SELECT d.proposal_id, d.stored, d.recomputed, $3::timestamptz FROM (${DRIFTED}) d
         RETURNING proposal_id`,
        [ids, asOf, now.toISOString()],
      );
      await this.write(m, ids, asOf, now, false);
      await m.query(
        `INSERT INTO proposal_progress_snapshot (proposal_id, snapshot_date, ${COUNT_NAMES.join(', ')}, recorded_at)
         SELECT r.proposal_id, $2::date, ${COUNT_NAMES.map((c) => `r.${c}`).join(', ')}, $3::timestamptz
           FROM proposal_rollup r WHERE r.proposal_id = ANY($1::uuid[])
         ON CONFLICT (proposal_id, snapshot_date) DO UPDATE SET ${COUNT_UPDATES}, recorded_at = EXCLUDED.recorded_at`,
        [ids, snapshotDate, now.toISOString()],
      );
      return { snapshotDate, proposals: ids.length, drifted: drift.map((d) => d.proposal_id).sort() };
    });
  }

  /** Which of the given proposals have a stored rollup that differs from a full recomputation now (read only). */
  async drifted(proposalIds: readonly string[]): Promise<string[]> {
    const rows = await this.txHost.tx.query<{ proposal_id: string }[]>(`SELECT proposal_id FROM (${DRIFTED}) d ORDER BY proposal_id`, [proposalIds, this.clock.today()]);
    return rows.map((r) => r.proposal_id);
  }

  /** A proposal's daily snapshots, oldest first. */
  async history(filter: ProgressHistoryFilter, page: PageRequest): Promise<Page<ProgressSnapshot>> {
    await this.proposals.get(filter.proposalId, 'proposalId');
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new InvalidInputError('BAD_DATE_RANGE', `"from" (${filter.from}) must not be after "to" (${filter.to}).`, 'from');
    }
    const qb = this.txHost.tx
      .createQueryBuilder()
      .select(['s.proposal_id AS proposal_id', 's.snapshot_date::text AS snapshot_date', 's.recorded_at AS recorded_at', ...COUNT_NAMES.map((c) => `s.${c} AS ${c}`)])
      .from('proposal_progress_snapshot', 's')
      .where('s.proposal_id = :proposalId', { proposalId: filter.proposalId });
    if (filter.from) qb.andWhere('s.snapshot_date >= CAST(:from AS date)', { from: filter.from });
    if (filter.to) qb.andWhere('s.snapshot_date <= CAST(:to AS date)', { to: filter.to });
    // One snapshot per proposal and day: the date alone orders them.
    const rows = await keysetRawPage<Record<string, unknown> & { proposal_id: string; snapshot_date: string; recorded_at: Date }>(
      qb,
      [{ sql: 's.snapshot_date', type: 'date', direction: 'ASC' }],
      page,
    );
    return { ...rows, items: rows.items.map((r) => ({ proposalId: r.proposal_id, date: r.snapshot_date, recordedAt: r.recorded_at, ...tallyFromRow(r) })) };
  }

  /** Serialises rollup writers of the same proposals (in a fixed order, so two writers cannot deadlock). */
  private async lock(m: EntityManager, ids: string[]): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('proposal_rollup:' || id::text, 0)) FROM unnest($1::uuid[]) AS id ORDER BY id`, [ids]);
  }

  /** Rewrites the rollups of the given proposals from their agreement rows, as of the day `asOf`, computed at `at`. */
  private async write(m: EntityManager, ids: string[], asOf: string, at: Date, lock = true): Promise<void> {
    if (lock) await this.lock(m, ids);
    await m.query(
      `INSERT INTO proposal_rollup (proposal_id, ${COUNT_NAMES.join(', ')}, source_version_sum, source_changed_at, as_of, placement_stamp, computed_at)
       SELECT s.proposal_id, ${COUNT_NAMES.map((c) => `s.${c}`).join(', ')}, s.source_version_sum, s.source_changed_at, $2::date, ${PLACEMENT_STAMP}, $3::timestamptz
         FROM (${SOURCE_OVERALL}) s
       ON CONFLICT (proposal_id) DO UPDATE SET ${COUNT_UPDATES}, source_version_sum = EXCLUDED.source_version_sum,
              source_changed_at = EXCLUDED.source_changed_at, as_of = EXCLUDED.as_of, placement_stamp = EXCLUDED.placement_stamp,
              computed_at = EXCLUDED.computed_at`,
      [ids, asOf, at.toISOString()],
    );
    await m.query(`DELETE FROM proposal_rollup_area WHERE proposal_id = ANY($1::uuid[])`, [ids]);
    await m.query(
      `INSERT INTO proposal_rollup_area (proposal_id, area_id, ${COUNT_NAMES.join(', ')})
       SELECT s.proposal_id, s.area_id, ${COUNT_NAMES.map((c) => `s.${c}`).join(', ')} FROM (${SOURCE_AREAS}) s`,
      [ids, asOf],
    );
  }
}

function areaRollup(r: AreaRow): AreaRollup {
  return { areaId: r.area_id, kind: r.kind, code: r.code, name: r.name, ...tallyFromRow(r) };
}
