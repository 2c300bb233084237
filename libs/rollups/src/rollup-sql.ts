import { RECONFIRMATION_COUNTS, ROLLUP_STATES, stateColumn } from './rollup-counts';

/** Per-state counts, total and re-confirmation counts over agreement rows aliased `r`, one snake_case column each. */
export const COUNT_COLUMNS = [
  'count(r.id)::int AS total',
  ...ROLLUP_STATES.map((s) => `count(r.id) FILTER (WHERE r.status = '${s}')::int AS ${stateColumn(s)}`),
  ...RECONFIRMATION_COUNTS.map((c) => `count(r.id) FILTER (WHERE ${c.where})::int AS ${c.column}`),
].join(',\n       ');

/** The stored count columns, in insert order. */
export const COUNT_NAMES = ['total', ...ROLLUP_STATES.map(stateColumn), ...RECONFIRMATION_COUNTS.map((c) => c.column)];

/** `total = EXCLUDED.total, …` for upserts. */
export const COUNT_UPDATES = COUNT_NAMES.map((c) => `${c} = EXCLUDED.${c}`).join(', ');

/** The overall counts of the proposals in $1 (uuid[]) from their agreement rows, with the source fingerprint. */
export const SOURCE_OVERALL = `
  SELECT p.id AS proposal_id,
         ${COUNT_COLUMNS},
         coalesce(sum(r.version), 0)::bigint AS source_version_sum,
         max(r.updated_at) AS source_changed_at
    FROM proposal p LEFT JOIN agreement_status r ON r.proposal_id = p.id
   WHERE p.id = ANY($1::uuid[])
   GROUP BY p.id`;

/**
 * Counts per (proposal, area) for the proposals in $1: an LA counts in the ICS area and
 * sub-region it belongs to on $2 (date), an ICS area party in its own area, a partner in the
 * area it serves.
 */
export const SOURCE_AREAS = `
  WITH placed AS (
    SELECT a.proposal_id, a.id, a.status, a.reconfirmation_needed, m.area_id
      FROM agreement_status a
      JOIN area_membership m ON m.local_authority_id = a.local_authority_id
           AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to > $2::date)
     WHERE a.proposal_id = ANY($1::uuid[])
    UNION ALL
    SELECT a.proposal_id, a.id, a.status, a.reconfirmation_needed, a.area_id FROM agreement_status a
     WHERE a.proposal_id = ANY($1::uuid[]) AND a.area_id IS NOT NULL
    UNION ALL
    SELECT a.proposal_id, a.id, a.status, a.reconfirmation_needed, o.area_id
      FROM agreement_status a JOIN organisation o ON o.id = a.organisation_id
     WHERE a.proposal_id = ANY($1::uuid[]) AND o.area_id IS NOT NULL
  )
  SELECT r.proposal_id, r.area_id,
         ${COUNT_COLUMNS}
    FROM placed r
   GROUP BY r.proposal_id, r.area_id`;

/** A digest of what places parties in areas (dated LA membership, partners' areas): a change to either makes rollups stale. */
export const PLACEMENT_STAMP = `md5(
    coalesce((SELECT string_agg(concat_ws(':', m.area_id, m.local_authority_id, m.valid_from, m.valid_to), ',' ORDER BY m.id) FROM area_membership m), '')
    || '|' ||
    coalesce((SELECT string_agg(concat_ws(':', o.id, o.area_id), ',' ORDER BY o.id) FROM organisation o WHERE o.area_id IS NOT NULL), ''))`;

/** The figures of a rollup as one jsonb value: overall counts and counts per area, from relation `o` and area relation `areas`. */
export function figures(o: string, areas: string): string {
  const pairs = (x: string) => COUNT_NAMES.map((c) => `'${c}', ${x}.${c}`).join(', ');
  return `jsonb_build_object(${pairs(o)}, 'areas',
      coalesce((SELECT jsonb_object_agg(x.area_id::text, jsonb_build_object(${pairs('x')})) FROM ${areas} x WHERE x.proposal_id = ${o}.proposal_id), '{}'::jsonb))`;
}

/**
 * The proposals in $1 whose stored rollup differs from a full recomputation from their agreement
 * rows on $2 (date), with both sets of figures; a proposal with no stored rollup differs.
 */
export const DRIFTED = `
  WITH so AS (${SOURCE_OVERALL}),
       sa AS (${SOURCE_AREAS}),
       src AS (SELECT so.proposal_id, ${figures('so', 'sa')} AS figures FROM so),
       st AS (SELECT r.proposal_id, ${figures('r', 'proposal_rollup_area')} AS figures
                FROM proposal_rollup r WHERE r.proposal_id = ANY($1::uuid[]))
  SELECT src.proposal_id, st.figures AS stored, src.figures AS recomputed
    FROM src LEFT JOIN st ON st.proposal_id = src.proposal_id
   WHERE st.figures IS DISTINCT FROM src.figures`;
