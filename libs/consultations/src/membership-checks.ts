import { EntityManager } from 'typeorm';

/** Whether a person holds a current membership of the Children in Care Council (body code CICC). */
export async function isCurrentCiccMember(m: EntityManager, personId: string): Promise<boolean> {
  const rows = (await m.query(
    `SELECT 1 FROM membership ms JOIN body b ON b.id = ms.body_id
      WHERE b.code = 'CICC' AND ms.person_id = $1 AND ms.ended_at IS NULL AND ms.started_at <= now() LIMIT 1`,
    [personId],
  )) as unknown[];
  return rows.length > 0;
}
