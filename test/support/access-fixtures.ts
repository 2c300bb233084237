import { DataSource } from 'typeorm';
import { Role } from '@app/access';

/** Gives a person a role directly (for arranging tests; grantRole through the API is tested separately). */
export async function grantRoleDirectly(ds: DataSource, personId: string, role: Role, scope: { body?: string; authority?: string; organisation?: string; area?: string } = {}): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO role_grant (person_id, role, scope_body_id, scope_authority_id, scope_organisation_id, scope_area_id, reason)
     VALUES ($1, $2, $3, $4, $5, $6, 'arranged by a test') RETURNING id`,
    [personId, role, scope.body ?? null, scope.authority ?? null, scope.organisation ?? null, scope.area ?? null],
  );
  return row.id;
}
