import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@app/identity';

/** The API under benchmark signs tokens with this secret; the bench signs its callers in with it. */
export const BENCH_JWT_SECRET = randomBytes(32).toString('hex');
const jwt = new JwtService({ secret: BENCH_JWT_SECRET, signOptions: { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE } });

export interface BenchViewer {
  personId: string;
  email: string;
  headers: Record<string, string>;
  apiEnv: Record<string, string>;
}

/**
 * Opens real sessions for people (one row each in sign_in_session, as sign-in would) and signs
 * their access tokens the way the API does, so load runs through the same authentication path
 * as real users without a round of email codes per person.
 */
export async function sessionTokens(ds: DataSource, personIds: string[]): Promise<string[]> {
  return (await signedInSessions(ds, personIds)).map((s) => s.token);
}

/** As sessionTokens, with each person's session id beside the token. */
export async function signedInSessions(ds: DataSource, personIds: string[]): Promise<{ personId: string; sessionId: string; token: string }[]> {
  const sessions = await ds.query<{ id: string; person_id: string }[]>(
    `INSERT INTO sign_in_session (person_id, method) SELECT unnest($1::uuid[]), 'EMAIL_CODE' RETURNING id, person_id`,
    [personIds],
  );
  const byPerson = new Map(sessions.map((s) => [s.person_id, s.id]));
  return personIds.map((id) => ({ personId: id, sessionId: byPerson.get(id)!, token: jwt.sign({ sid: byPerson.get(id) }, { subject: id, expiresIn: 3600 }) }));
}

/** A director who may read every progress view (ALDCS_VIEWER), signed in. */
export async function benchViewer(ds: DataSource): Promise<BenchViewer> {
  const [person] = await ds.query(`INSERT INTO person (display_name, email) VALUES ('Bench director', 'director@bench.example') RETURNING id`);
  await ds.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'ALDCS_VIEWER', 'benchmark viewer')`, [person.id]);
  const [token] = await sessionTokens(ds, [person.id]);
  return { personId: person.id, email: 'director@bench.example', headers: { authorization: `Bearer ${token}` }, apiEnv: { JWT_SECRET: BENCH_JWT_SECRET } };
}
