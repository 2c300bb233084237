import { randomUUID } from 'node:crypto';
import { AccessService, Role } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, preparedQuery } from '@app/core';
import { GovernanceService } from '@app/governance';
import { ReferenceService } from '@app/reference';
import { startTestApp, TestApp } from '@app/testing';

/** Ends a transaction on purpose, so that it rolls back. */
class Undo extends Error {}

describe('one transaction across services, without passing a manager', () => {
  let t: TestApp;
  const system = (): Actor => ({ personId: null, system: true, correlationId: `transactions-${randomUUID()}` });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const personByEmail = async (email: string) => (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM person WHERE email = $1`, [email]))[0] ?? null;
  const grantsOf = async (personId: string) => (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM role_grant WHERE person_id = $1`, [personId]))[0].n;
  const auditOf = async (entityId: string) => (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [entityId]))[0].n;

  it("a service called inside another's transaction sees its uncommitted write, which the pool does not; a rollback undoes both", async () => {
    const governance = t.app.get(GovernanceService);
    const access = t.app.get(AccessService);
    const email = `uncommitted.${randomUUID()}@example.org`;
    let personId = '';

    const run = t.txHost.withTransaction(async () => {
      // Each service starts its own transaction, which joins this one.
      const person = await governance.createPerson(system(), { displayName: 'Not Yet Committed', email });
      personId = person.id;
      // Another connection from the pool does not see the person yet...
      await expect(personByEmail(email)).resolves.toBeNull();
      // ...but another service, called inside the transaction, does: it checks the person exists before granting.
      await access.grantRole(system(), { personId: person.id, role: Role.PROGRAMME_ADMIN, reason: 'Checked in one transaction' });
      await expect(access.hasRole(person.id, Role.PROGRAMME_ADMIN)).resolves.toBe(true);
      await expect(t.txHost.tx.query(`SELECT 1 FROM person WHERE id = $1`, [person.id])).resolves.toHaveLength(1);
      throw new Undo();
    });
    await expect(run).rejects.toBeInstanceOf(Undo);

    expect(personId).not.toBe('');
    await expect(personByEmail(email)).resolves.toBeNull();
    await expect(grantsOf(personId)).resolves.toBe(0);
    await expect(auditOf(personId)).resolves.toBe(0);
    await expect(access.hasRole(personId, Role.PROGRAMME_ADMIN)).resolves.toBe(false);
  });

  it('the same calls outside any transaction each commit on their own, and reads use the pool', async () => {
    const governance = t.app.get(GovernanceService);
    const access = t.app.get(AccessService);
    const email = `committed.${randomUUID()}@example.org`;
    expect(t.txHost.isTransactionActive()).toBe(false);
    const person = await governance.createPerson(system(), { displayName: 'Committed At Once', email });
    await expect(personByEmail(email)).resolves.toEqual({ id: person.id });
    await access.grantRole(system(), { personId: person.id, role: Role.PROGRAMME_ADMIN, reason: 'Granted on its own' });
    await expect(grantsOf(person.id)).resolves.toBe(1);
    // Reads with no request and no transaction (as in the worker) fall back to the pool.
    await expect(t.app.get(ReferenceService).listAuthorities()).resolves.not.toHaveLength(0);
  });

  it("a prepared statement runs on the transaction's connection inside one, and on the pool's outside", async () => {
    const email = `prepared.${randomUUID()}@example.org`;
    const find = (id: string) => preparedQuery<{ id: string }>(t.txHost.tx, 'transactions_test_person', 'SELECT id FROM person WHERE id = $1', [id]);
    let personId = '';
    const run = t.txHost.withTransaction(async () => {
      personId = (await t.app.get(GovernanceService).createPerson(system(), { displayName: 'Prepared Reader', email })).id;
      await expect(find(personId)).resolves.toEqual([{ id: personId }]);
      throw new Undo();
    });
    await expect(run).rejects.toBeInstanceOf(Undo);
    expect(personId).not.toBe('');
    await expect(find(personId)).resolves.toEqual([]);
  });

  it('an event recorded "now" commits in a transaction of its own, even when the caller rolls back', async () => {
    const audit = t.app.get(AuditService);
    const kept = randomUUID();
    const undone = randomUUID();
    const run = t.txHost.withTransaction(async () => {
      await audit.record(system(), { action: 'transactionsTest', entityType: 'person', entityId: undone, after: { x: 1 } });
      await audit.recordNow(system(), { action: 'transactionsTest', entityType: 'person', entityId: kept, after: { x: 1 } });
      throw new Undo();
    });
    await expect(run).rejects.toBeInstanceOf(Undo);
    await expect(auditOf(undone)).resolves.toBe(0);
    await expect(auditOf(kept)).resolves.toBe(1);
  });
});
