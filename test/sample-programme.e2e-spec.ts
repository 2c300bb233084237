import { Role } from '@app/access';
import { loadSampleProgramme, SAMPLE_STAFF } from '@app/sample';
import { createPerson, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken person { id } } } }`;

describe('the sample programme loaded by npm start outside production', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  /** A director of children's services looking round the sample programme. */
  let director: string;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    director = (await createPerson(t.dataSource, { displayName: 'Director of Children’s Services' })).id;
    await grantRoleDirectly(t.dataSource, director, Role.ALDCS_VIEWER);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

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

  it('lets every sample person sign in with a code sent to their address', async () => {
    const people: { id: string; email: string }[] = await t.dataSource.query(`SELECT id, email FROM person WHERE is_sample ORDER BY display_name`);
    expect(people.length).toBeGreaterThanOrEqual(60);
    for (const person of people) {
      await t.ok(REQUEST_CODE, { input: { email: person.email } });
      const code = /\b(\d{6})\b/.exec((await smtp.nextMailTo(person.email)).subject)![1];
      const signedIn = await t.ok(VERIFY, { input: { email: person.email, code } });
      expect(signedIn.verifySignInCode.tokens.person.id).toBe(person.id);
    }
  });

  it('has someone to sign in as for each kind of user: their roles are what the README says', async () => {
    const roles = async (email: string) => {
      const [person] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email]);
      const token = await t.tokenFor(person.id);
      const data = await t.ok(`{ myRoles { role } }`, {}, { token });
      return data.myRoles.map((r: { role: string }) => r.role);
    };
    expect(SAMPLE_STAFF.map((s) => s.email)).toEqual(['admin@sample.example', 'safeguarding@sample.example']);
    expect(await roles('admin@sample.example')).toContain('PROGRAMME_ADMIN');
    expect(await roles('safeguarding@sample.example')).toContain('SAFEGUARDING_LEAD');
    expect(await roles('amani.cicc@sample.example')).toEqual(expect.arrayContaining(['HOUSE_CO_CHAIR', 'CICC_MEMBER', 'TRUST_BOARD_MEMBER']));
    expect(await roles('kemi.cicc@sample.example')).toEqual(expect.arrayContaining(['CICC_MEMBER', 'HOUSE_MEMBER']));
    expect(await roles('leaving.care.lead.lambeth@sample.example')).toContain('LA_OFFICER');
    expect(await roles('alex.morgan.dcs@sample.example')).toContain('TRUST_BOARD_MEMBER');
  });

  it('mends the unusable addresses of a sample loaded by an older version, and adds its staff', async () => {
    await t.dataSource.query(`UPDATE person SET email = 'bola.cicc.@sample.example' WHERE email = 'bola.cicc@sample.example'`);
    await t.dataSource.query(`DELETE FROM role_grant WHERE person_id IN (SELECT id FROM person WHERE email = 'admin@sample.example')`);
    await t.dataSource.query(`DELETE FROM person WHERE email = 'admin@sample.example'`);
    expect(await t.dataSource.transaction((m) => loadSampleProgramme(m))).toMatchObject({ loaded: false });
    const emails = (await t.dataSource.query(`SELECT email FROM person WHERE is_sample`)).map((r: { email: string }) => r.email);
    expect(emails).toEqual(expect.arrayContaining(['bola.cicc@sample.example', 'admin@sample.example']));
    expect(emails.filter((e: string) => !/^[a-z]+(\.[a-z]+)*@sample\.example$/.test(e))).toEqual([]);
  });
});
