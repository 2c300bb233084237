import { EntityManager } from 'typeorm';

/**
 * A query that returns a row when the person whose id is in placeholder `person` (e.g. `$1`) is a
 * current member of the Children in Care Council (body code CICC): a member or chair now
 * (advisers and observers take part without being members), or holding a current CICC_MEMBER
 * grant. The same rule as the CICC_MEMBER role in @app/access. Written once so that a statement
 * that checks membership on its way (a vote) uses exactly the rule the refusals explain.
 */
export function currentCiccMemberSql(person: string): string {
  return `SELECT 1 FROM membership ms JOIN body b ON b.id = ms.body_id
      WHERE b.code = 'CICC' AND ms.person_id = ${person} AND ms.ended_at IS NULL AND ms.started_at <= now()
        AND ms.role NOT IN ('ADVISER', 'OBSERVER')
     UNION ALL
     SELECT 1 FROM role_grant g WHERE g.person_id = ${person} AND g.role = 'CICC_MEMBER' AND g.revoked_at IS NULL`;
}

/** Whether a person is a current member of the Children in Care Council (see currentCiccMemberSql). */
export async function isCurrentCiccMember(m: EntityManager, personId: string): Promise<boolean> {
  const rows = (await m.query(`${currentCiccMemberSql('$1::uuid')} LIMIT 1`, [personId])) as unknown[];
  return rows.length > 0;
}
