import { EntityManager } from 'typeorm';

/**
 * Whether a person is a current member of the Children in Care Council (body code CICC): a member
 * or chair now (advisers and observers take part without being members), or holding a current
 * CICC_MEMBER grant. The same rule as the CICC_MEMBER role in @app/access.
 */
export async function isCurrentCiccMember(m: EntityManager, personId: string): Promise<boolean> {
  const rows = (await m.query(
    `SELECT 1 FROM membership ms JOIN body b ON b.id = ms.body_id
      WHERE b.code = 'CICC' AND ms.person_id = $1 AND ms.ended_at IS NULL AND ms.started_at <= now()
        AND ms.role NOT IN ('ADVISER', 'OBSERVER')
     UNION ALL
     SELECT 1 FROM role_grant g WHERE g.person_id = $1 AND g.role = 'CICC_MEMBER' AND g.revoked_at IS NULL
     LIMIT 1`,
    [personId],
  )) as unknown[];
  return rows.length > 0;
}
