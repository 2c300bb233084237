import { Client } from 'pg';
import { consultationOpenSql, consultationState, consultationStateSql, ConsultationState } from '@app/consultations';
import { isUnder18, under18Sql } from '@app/governance';

/**
 * Where a rule is also needed in SQL, its SQL form sits beside its TypeScript form; PostgreSQL and
 * the services must give the same answer for every case, including the edges.
 */
describe('rules written once, read by the services and by SQL alike', () => {
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: `${process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432'}/postgres` });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
  });

  it('a consultation is open, scheduled or closed at the same moments in both', async () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const cases = [
      { opensAt: at(-60), closesAt: at(60), closedAt: null },
      { opensAt: at(0), closesAt: at(60), closedAt: null },
      { opensAt: at(1), closesAt: at(60), closedAt: null },
      { opensAt: at(-60), closesAt: at(0), closedAt: null },
      { opensAt: at(-60), closesAt: at(-1), closedAt: null },
      { opensAt: at(-60), closesAt: at(60), closedAt: at(-5) },
      { opensAt: at(10), closesAt: at(60), closedAt: at(-5) },
    ];
    for (const c of cases) {
      const { rows } = await db.query<{ state: string; open: boolean }>(
        `SELECT ${consultationStateSql('c', '$4::timestamptz')} AS state, ${consultationOpenSql('c', '$4::timestamptz')} AS open
           FROM (SELECT $1::timestamptz AS opens_at, $2::timestamptz AS closes_at, $3::timestamptz AS closed_at) c`,
        [c.opensAt, c.closesAt, c.closedAt, now],
      );
      const state = consultationState(c, now);
      expect({ ...c, state: rows[0].state, open: rows[0].open }).toEqual({ ...c, state, open: state === ConsultationState.OPEN });
    }
  });

  it('someone is under 18 in the same months in both, and unknown stays unknown', async () => {
    const thisMonth = { year: 2026, month: 12 };
    for (const birthMonth of ['2008-11-01', '2008-12-01', '2009-01-01', '2010-06-01', '1990-01-01', null]) {
      const { rows } = await db.query<{ under18: boolean | null }>(
        `SELECT ${under18Sql('$1::date', '$2::int', '$3::int')} AS under18`,
        [birthMonth, thisMonth.year, thisMonth.month],
      );
      expect({ birthMonth, under18: rows[0].under18 }).toEqual({ birthMonth, under18: isUnder18(birthMonth, thisMonth) });
    }
  });
});
