import { EntityManager } from 'typeorm';
import { readAuthorities } from './authorities-csv';
import { AREA_MEMBERSHIP_START, AREAS, BODIES, ORGANISATIONS } from './reference-data';

export interface ReferenceLoadResult {
  authorities: number;
  areas: number;
  areaMemberships: number;
  organisations: number;
  bodies: number;
}

/**
 * Loads London's reference data. Idempotent: rows are inserted only when their natural key is
 * absent, so a second run inserts nothing and edits made since (a merged ICS area, a renamed
 * body) are kept. Returns how many rows each step inserted.
 */
export async function loadReferenceData(manager: EntityManager): Promise<ReferenceLoadResult> {
  const authorities = readAuthorities();
  const inserted = async (sql: string, params: unknown[]): Promise<number> => {
    const rows = await manager.query<unknown[]>(sql, params);
    return rows.length;
  };

  const result: ReferenceLoadResult = { authorities: 0, areas: 0, areaMemberships: 0, organisations: 0, bodies: 0 };
  result.authorities = await inserted(
    `INSERT INTO local_authority (gss_code, name, short_code, tile_row, tile_col)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::smallint[], $5::smallint[])
     ON CONFLICT (gss_code) DO NOTHING RETURNING id`,
    [authorities.map((a) => a.gssCode), authorities.map((a) => a.name), authorities.map((a) => a.shortCode), authorities.map((a) => a.tileRow), authorities.map((a) => a.tileCol)],
  );
  result.areas = await inserted(
    `INSERT INTO area (kind, code, name)
     SELECT * FROM unnest($1::area_kind[], $2::varchar[], $3::varchar[])
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [AREAS.map((a) => a.kind), AREAS.map((a) => a.code), AREAS.map((a) => a.name)],
  );
  // An LA is given its CSV areas only if it has never had a membership of that area kind, so
  // later changes (ends, moves, mergers) are never undone by a restart.
  const pairs = authorities.flatMap((a) => [[a.gssCode, a.icsArea], ...(a.subRegion ? [[a.gssCode, a.subRegion]] : [])]);
  result.areaMemberships = await inserted(
    `INSERT INTO area_membership (area_id, local_authority_id, valid_from)
     SELECT ar.id, la.id, $3::date
       FROM unnest($1::varchar[], $2::varchar[]) AS p(gss_code, area_code)
       JOIN local_authority la ON la.gss_code = p.gss_code
       JOIN area ar ON ar.code = p.area_code
      WHERE NOT EXISTS (
        SELECT 1 FROM area_membership m JOIN area other ON other.id = m.area_id
         WHERE m.local_authority_id = la.id AND other.kind = ar.kind)
     RETURNING id`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1]), AREA_MEMBERSHIP_START],
  );
  result.organisations = await inserted(
    `INSERT INTO organisation (code, name, kind, area_id)
     SELECT p.code, p.name, p.kind, ar.id
       FROM unnest($1::varchar[], $2::varchar[], $3::organisation_kind[], $4::varchar[]) AS p(code, name, kind, area_code)
       LEFT JOIN area ar ON ar.code = p.area_code
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [ORGANISATIONS.map((o) => o.code), ORGANISATIONS.map((o) => o.name), ORGANISATIONS.map((o) => o.kind), ORGANISATIONS.map((o) => o.areaCode ?? null)],
  );
  result.bodies = await inserted(
    `INSERT INTO body (kind, code, name, theme, description)
     SELECT * FROM unnest($1::body_kind[], $2::varchar[], $3::varchar[], $4::house_theme[], $5::text[])
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [BODIES.map((b) => b.kind), BODIES.map((b) => b.code), BODIES.map((b) => b.name), BODIES.map((b) => b.theme ?? null), BODIES.map((b) => b.description)],
  );
  return result;
}
