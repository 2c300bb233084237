import { EntityManager } from 'typeorm';
import { Role, roleHoldersSql } from '@app/access';

/**
 * A query that returns a row when the person whose id is in placeholder `person` (e.g. `$1`) is a
 * current member of the Children in Care Council: the CICC_MEMBER role, from a membership or a
 * grant, in SQL generated from the role rules in @app/access. So a statement that checks
 * membership on its way (a vote) uses exactly the rule the refusals explain.
 */
export function currentCiccMemberSql(person: string): string {
  return `SELECT 1 FROM (${roleHoldersSql({ roles: [Role.CICC_MEMBER], person })}) cicc`;
}

/** Whether a person is a current member of the Children in Care Council (see currentCiccMemberSql). */
export async function isCurrentCiccMember(m: EntityManager, personId: string): Promise<boolean> {
  const rows = await m.query<unknown[]>(`${currentCiccMemberSql('$1::uuid')} LIMIT 1`, [personId]);
  return rows.length > 0;
}
