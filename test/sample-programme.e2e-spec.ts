import { Role } from '@app/access';
import { loadSampleProgramme } from '@app/sample';
import { createPerson, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

describe('the sample programme loaded by npm start outside production', () => {
  let t: TestApp;
  /** A director of children's services looking round the sample programme. */
  let director: string;
  beforeAll(async () => {
    t = await startTestApp();
    director = (await createPerson(t.dataSource, { displayName: 'Director of Children’s Services' })).id;
    await grantRoleDirectly(t.dataSource, director, Role.ALDCS_VIEWER);
  });
  afterAll(() => t.close());

  it('loads once, marked as sample, and a second load changes nothing', async () => {
    const first = await t.dataSource.transaction((m) => loadSampleProgramme(m));
    expect(first).toMatchObject({ loaded: true, proposals: 10 });
    const counts = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM proposal)::int AS proposals, (SELECT count(*) FROM vote)::int AS votes`))[0];
    const before = await counts();
    expect(await t.dataSource.transaction((m) => loadSampleProgramme(m))).toEqual({ loaded: false, people: 0, proposals: 0 });
    expect(await counts()).toEqual(before);
    const unmarked = await t.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE NOT is_sample`);
    expect(unmarked[0].n).toBe(0);
  });

  it('is a living system the API can show: every House seated, offers at every stage, agreement across London', async () => {
    const data = await t.ok(`{
      boardOverview { houses { coChairsComplete proposalsByStatus { status count } } }
      proposals(first: 20) { totalCount edges { node { title status deliveryModel } } }
    }`, {}, { as: director });
    expect(data.boardOverview.houses.every((h: { coChairsComplete: boolean }) => h.coChairsComplete)).toBe(true);
    const statuses = new Set(data.proposals.edges.map((e: { node: { status: string } }) => e.node.status));
    expect([...statuses].sort()).toEqual(['ADOPTED', 'DRAFT', 'ENDORSED', 'IN_CONSULTATION', 'RECOMMENDED']);

    const tax = data.proposals.edges.find((e: { node: { title: string } }) => e.node.title === 'Council tax exemption to 25').node;
    expect(tax.status).toBe('ENDORSED');
    const matrix = await t.ok(`{ agreementMatrix(filter: { partyKind: LOCAL_AUTHORITY }) { proposals { title } cells { status } } }`, {}, { as: director });
    expect(matrix.agreementMatrix.cells.length).toBe(matrix.agreementMatrix.proposals.length * 33);
    expect(matrix.agreementMatrix.cells.some((c: { status: string }) => c.status === 'IMPLEMENTED')).toBe(true);
  });

  it('includes an LA survey that 28 of 33 authorities answered', async () => {
    const data = await t.ok(`{ consultations(filter: { audience: LOCAL_AUTHORITIES }) { edges { node { title state responseSummary { respondedAuthorities totalAuthorities } } } } }`, {}, { as: director });
    expect(data.consultations.edges[0].node).toMatchObject({
      title: 'Leaving-care offer survey of London LAs',
      state: 'CLOSED',
      responseSummary: { respondedAuthorities: 28, totalAuthorities: 33 },
    });
  });
});
