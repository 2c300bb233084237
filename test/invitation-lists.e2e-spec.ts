import { Role } from '@app/access';
import { bodyByCode, createPerson, seatCoChairs, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const CHECK = `query($input: InvitePeopleInput!) {
  invitationsCheck(input: $input) { ready rowsWithProblems rows { row displayName email problems { code field message } } }
}`;
const INVITE_ALL = `mutation($input: InvitePeopleInput!) {
  invitePeople(input: $input) { invitations { person { displayName homeAuthority { name } careExperienced } memberships { role body { code } } } }
}`;

describe('inviting a list of people: every row checked first, then all or nothing', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  let admin: string;
  let housing: string;
  let health: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    admin = (await createPerson(t.dataSource, { displayName: 'Programme admin' })).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    await createPerson(t.dataSource, { displayName: 'Already here', email: 'already.here@example.org' });
    housing = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
    health = (await bodyByCode(t.dataSource, 'HOUSE_HEALTH')).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const people = async () => Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM person`))[0].n);
  const invitations = async () => Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM invitation`))[0].n);

  const good = { displayName: 'Ade Good', email: 'ade.good@example.org', birthMonth: '2004-03', homeCouncil: 'Hackney', careExperienced: 'yes' };
  const rows = [
    good,
    { displayName: '', email: 'not-an-email', homeCouncil: 'Narnia', careExperienced: 'maybe' },
    { displayName: 'Bea Twice', email: 'ADE.good@example.org' },
    { displayName: 'Cal Bad', email: 'cal@example', birthMonth: '2004-13' },
  ];

  it('lists every row’s problems with codes and messages, and records and sends nothing', async () => {
    const [peopleBefore, invitationsBefore] = [await people(), await invitations()];
    const data = await t.ok(CHECK, { input: { memberships: [{ bodyId: housing, role: 'MEMBER' }], rows } }, { as: admin });
    const check = data.invitationsCheck;
    expect(check.ready).toBe(false);
    expect(check.rowsWithProblems).toBe(3);
    expect(check.rows[0]).toEqual({ row: 1, displayName: 'Ade Good', email: 'ade.good@example.org', problems: [] });
    expect(check.rows[1].problems.map((p: { code: string; field: string }) => [p.code, p.field])).toEqual([
      ['INVITEE_NAME_MISSING', 'displayName'],
      ['HOME_COUNCIL_UNKNOWN', 'homeCouncil'],
      ['CARE_EXPERIENCED_NOT_YES_OR_NO', 'careExperienced'],
    ]);
    expect(check.rows[2].problems).toEqual([{ code: 'INVITEE_EMAIL_REPEATED', field: 'email', message: 'This email is also on row 1: invite each person once.' }]);
    // The rules of inviting itself (here the email's form) answer as invitePerson would.
    expect(check.rows[3].problems).toEqual([{ code: 'BAD_EMAIL', field: 'email', message: expect.stringContaining('is not an email address') }]);
    expect([await people(), await invitations()]).toEqual([peopleBefore, invitationsBefore]);
    expect(smtp.pendingFor('ade.good@example.org')).toEqual([]);
  });

  it('refuses the whole list while a row has a problem, naming the row, and invites no one', async () => {
    const before = await people();
    const error = await t.fails(INVITE_ALL, { input: { memberships: [{ bodyId: housing, role: 'MEMBER' }], rows } }, { as: admin });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows.1.displayName' });
    expect(error.message).toBe('Row 2: Enter the person’s name. No one was invited.');
    expect(await people()).toBe(before);
  });

  it('refuses the whole list for a row the rules of inviting refuse, undoing the rows before it', async () => {
    const [peopleBefore, invitationsBefore] = [await people(), await invitations()];
    const error = await t.fails(INVITE_ALL, { input: { memberships: [{ bodyId: housing, role: 'MEMBER' }], rows: [good, { displayName: 'Cal Bad', email: 'cal@example' }] } }, { as: admin });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATIONS_HAVE_PROBLEMS', field: 'rows.1.email' });
    expect(error.message).toMatch(/^Row 2: .*is not an email address.* No one was invited\.$/);
    // Row 1 was fine, and is not invited either.
    expect([await people(), await invitations()]).toEqual([peopleBefore, invitationsBefore]);
    expect(smtp.pendingFor('ade.good@example.org')).toEqual([]);
  });

  it('a co-chair checks a list for another House: the place is refused on each row', async () => {
    const data = await t.ok(CHECK, { input: { houseId: housing, memberships: [{ bodyId: health, role: 'MEMBER' }], rows: [good] } }, { as: chairs.sectorLead.id });
    expect(data.invitationsCheck.rows[0].problems).toEqual([expect.objectContaining({ field: 'place' })]);
  });

  it('a co-chair may not check a list for a House they do not chair', async () => {
    const error = await t.fails(CHECK, { input: { houseId: health, rows: [good] } }, { as: chairs.sectorLead.id });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('invites everyone once the list is right, each with their place, one email each', async () => {
    const fixed = [good, { displayName: 'Bea Second', email: 'bea.second@example.org', homeCouncil: 'lam', careExperienced: 'no' }, { displayName: 'Known', email: 'already.here@example.org' }];
    const input = { houseId: housing, memberships: [{ bodyId: housing, role: 'MEMBER' }], rows: fixed };
    await expect(t.ok(CHECK, { input }, { as: chairs.sectorLead.id })).resolves.toMatchObject({ invitationsCheck: { ready: true, rowsWithProblems: 0 } });
    const data = await t.ok(INVITE_ALL, { input }, { as: chairs.sectorLead.id });
    expect(data.invitePeople.invitations.map((i: { person: unknown; memberships: unknown }) => [i.person, i.memberships])).toEqual([
      [{ displayName: 'Ade Good', homeAuthority: { name: 'Hackney' }, careExperienced: true }, [{ role: 'MEMBER', body: { code: 'HOUSE_HOUSING' } }]],
      [{ displayName: 'Bea Second', homeAuthority: { name: 'Lambeth' }, careExperienced: false }, [{ role: 'MEMBER', body: { code: 'HOUSE_HOUSING' } }]],
      [expect.objectContaining({ displayName: 'Already here' }), [{ role: 'MEMBER', body: { code: 'HOUSE_HOUSING' } }]],
    ]);
    for (const email of ['ade.good@example.org', 'bea.second@example.org', 'already.here@example.org']) {
      expect((await smtp.nextMailTo(email)).text).toContain('/sign-in/invitation?token=');
    }
  });
});
