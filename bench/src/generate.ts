import { DataSource } from 'typeorm';

/** Sizes at scale factor 1 (≈ today's London); every table grows linearly with the scale. */
export const PER_SCALE = {
  offers: 30,
  historyPerAgreement: 10,
  votes: 2000,
  comments: 5000,
  members: 50,
};

export interface GeneratedCounts {
  scale: number;
  offers: number;
  agreements: number;
  history: number;
  votes: number;
  comments: number;
  members: number;
}

/**
 * Fills a migrated database (with reference data) with a deterministic programme at `scale`:
 * `30 × scale` endorsed or adopted LA offers with an agreement row per LA, ten history rows per
 * agreement, CiCC members with votes and comments. Everything is INSERT … SELECT over
 * generate_series (no API, no per-row round trips); the same scale always gives the same data.
 */
export async function generate(ds: DataSource, scale: number): Promise<GeneratedCounts> {
  const offers = PER_SCALE.offers * scale;
  const members = PER_SCALE.members * scale;
  const votes = Math.min(PER_SCALE.votes * scale, offers * members);
  const comments = PER_SCALE.comments * scale;
  const q = (sql: string, params: unknown[] = []) => ds.query(sql, params);

  await q(`INSERT INTO person (display_name, email, care_experienced, birth_month)
           SELECT 'Member ' || g, 'member' || g || '@bench.example', true, date '2003-01-01' + (g % 60) * interval '1 month'
             FROM generate_series(1, $1::int) g`, [members]);
  await q(`INSERT INTO membership (person_id, body_id, role)
           SELECT p.id, b.id, 'MEMBER' FROM person p, body b WHERE b.code = 'CICC' AND p.email LIKE '%@bench.example'`);
  await q(`INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status, created_at, updated_at)
           SELECT h.id, 'Offer ' || lpad(g::text, 5, '0'), 'Benchmark offer ' || g, 'HOUSING', 'EACH_LA', 'Applies to all.',
                  (CASE WHEN g % 4 = 0 THEN 'ADOPTED' ELSE 'ENDORSED' END)::proposal_status,
                  timestamptz '2024-01-01' + g * interval '1 hour', timestamptz '2024-01-01' + g * interval '1 hour'
             FROM generate_series(1, $1::int) g
             JOIN LATERAL (SELECT id FROM body WHERE kind = 'HOUSE' ORDER BY code OFFSET (g % 6) LIMIT 1) h ON true`, [offers]);
  const states = `(ARRAY['NOT_STARTED','IN_DISCUSSION','AGREED_IN_PRINCIPLE','FORMALLY_AGREED','IMPLEMENTED','DECLINED'])`;
  await q(`INSERT INTO agreement_status (proposal_id, party_kind, local_authority_id, status, reciprocity, effective_date, updated_at, version)
           SELECT p.id, 'LOCAL_AUTHORITY', la.id, s.status::agreement_state,
                  CASE WHEN s.status IN ('FORMALLY_AGREED', 'IMPLEMENTED') THEN 'BOTH'::agreement_reciprocity END,
                  CASE WHEN s.status = 'IMPLEMENTED' THEN date '2025-01-01' END,
                  p.created_at + interval '1 day', $1::int + 1
             FROM proposal p CROSS JOIN local_authority la
             CROSS JOIN LATERAL (SELECT ${states}[1 + abs(hashtext(p.title || la.gss_code)) % 6] AS status) s`, [PER_SCALE.historyPerAgreement]);
  await q(`INSERT INTO agreement_status_history (agreement_id, from_status, to_status, changed_at, version)
           SELECT a.id, ${states}[1 + (n - 1) % 6]::agreement_state, ${states}[1 + n % 6]::agreement_state,
                  a.updated_at - (($1::int - n) * interval '1 day'), n + 1
             FROM agreement_status a CROSS JOIN generate_series(1, $1::int) n`, [PER_SCALE.historyPerAgreement]);
  await q(`INSERT INTO consultation (proposal_id, house_id, audience, opens_at, closes_at, closed_at, tally_visibility)
           SELECT id, house_id, 'CICC', created_at, created_at + interval '14 days', created_at + interval '14 days', 'ALWAYS' FROM proposal`);
  await q(`WITH m AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS i FROM person WHERE email LIKE '%@bench.example'),
                c AS (SELECT c.id, c.proposal_id, row_number() OVER (ORDER BY p.title) - 1 AS j FROM consultation c JOIN proposal p ON p.id = c.proposal_id)
           INSERT INTO vote (proposal_id, consultation_id, member_id, choice)
           SELECT c.proposal_id, c.id, m.id, (ARRAY['SUPPORT','SUPPORT','OPPOSE','ABSTAIN'])[1 + (v % 4)]::vote_choice
             FROM generate_series(0, $1::int - 1) v
             JOIN m ON m.i = v % $2::int
             JOIN c ON c.j = v / $2::int`, [votes, members]);
  await q(`WITH m AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS i FROM person WHERE email LIKE '%@bench.example'),
                p AS (SELECT id, row_number() OVER (ORDER BY title) - 1 AS j FROM proposal)
           INSERT INTO comment (proposal_id, author_id, body, created_at)
           SELECT p.id, m.id, 'Comment ' || g || ' on this offer.', timestamptz '2024-06-01' + g * interval '1 minute'
             FROM generate_series(0, $1::int - 1) g
             JOIN m ON m.i = g % $2::int
             JOIN p ON p.j = g % $3::int`, [comments, members, offers]);
  await q('ANALYZE');
  const [counts] = await q(`SELECT (SELECT count(*) FROM proposal)::int AS offers, (SELECT count(*) FROM agreement_status)::int AS agreements,
                                   (SELECT count(*) FROM agreement_status_history)::int AS history, (SELECT count(*) FROM vote)::int AS votes,
                                   (SELECT count(*) FROM comment)::int AS comments,
                                   (SELECT count(*) FROM person WHERE email LIKE '%@bench.example')::int AS members`);
  return { scale, ...counts };
}
