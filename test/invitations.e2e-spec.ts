import { ProgrammeCalendar } from '@app/core';
import { Role } from '@app/access';
import { authorityByShortCode, bodyByCode, createCiccMember, createPerson, seatCoChairs, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const INVITE = `mutation($input: InvitePersonInput!) {
  invitePerson(input: $input) {
    invitation { id house { code } person { id } }
    person { id displayName email birthMonth careExperienced homeAuthority { name } }
    memberships { id role current body { code } person { id } }
  }
}`;
const TOKENS = `tokens { accessToken refreshToken person { id displayName email birthMonth } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${TOKENS} } }`;
const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { ${TOKENS} } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { ${TOKENS} } }`;

/** A birth month as YYYY-MM, this many years ago. */
function bornYearsAgo(years: number): string {
  const now = new ProgrammeCalendar().yearMonthOf(new Date());
  return `${now.year - years}-${String(now.month).padStart(2, '0')}`;
}

function linkToken(text: string): string {
  const match = /\/sign-in\/invitation\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No invitation link in: ${text}`);
  return match[1];
}

describe('inviting someone with everything they need, in one step', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  let admin: string;
  let housing: string;
  let health: string;
  let cicc: string;
  let hackney: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    admin = (await createPerson(t.dataSource, { displayName: 'Programme admin' })).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    housing = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
    health = (await bodyByCode(t.dataSource, 'HOUSE_HEALTH')).id;
    cicc = (await bodyByCode(t.dataSource, 'CICC')).id;
    hackney = (await authorityByShortCode(t.dataSource, 'hck')).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const count = async (sql: string, params: unknown[]) => Number((await t.dataSource.query(sql, params))[0].n);

  it('a co-chair records, places and invites a young person in one call, in their own House, audited together', async () => {
    const input = {
      email: 'tomi.bello@example.org',
      displayName: 'Tomi Bello',
      birthMonth: bornYearsAgo(16),
      homeAuthorityId: hackney,
      careExperienced: true,
      memberships: [{ bodyId: housing, role: 'MEMBER' }],
    };
    const data = await t.ok(INVITE, { input }, { as: chairs.sectorLead.id });
    const sent = data.invitePerson;
    // The House is taken from the membership; the co-chair of the young person's own House sees their name.
    expect(sent.invitation.house).toEqual({ code: 'HOUSE_HOUSING' });
    expect(sent.person).toEqual({
      id: sent.invitation.person.id,
      displayName: 'Tomi Bello',
      email: null,
      birthMonth: input.birthMonth,
      careExperienced: true,
      homeAuthority: { name: 'Hackney' },
    });
    expect(sent.memberships).toEqual([{ id: expect.any(String), role: 'MEMBER', current: true, body: { code: 'HOUSE_HOUSING' }, person: { id: sent.person.id } }]);

    const events = await t.dataSource.query<{ action: string; entity_type: string; correlation_id: string }[]>(
      `SELECT action, entity_type, correlation_id FROM audit_event WHERE entity_id = ANY($1::uuid[]) ORDER BY at`,
      [[sent.person.id, sent.memberships[0].id, sent.invitation.id]],
    );
    expect(events.map((e) => [e.action, e.entity_type])).toEqual([
      ['createPerson', 'person'],
      ['addMembership', 'membership'],
      ['invitePerson', 'invitation'],
    ]);
    expect(new Set(events.map((e) => e.correlation_id)).size).toBe(1);

    const mail = await smtp.nextMailTo('tomi.bello@example.org');
    expect(mail.text).toContain('Hello Tomi Bello,');
    expect(mail.text).toContain('You have a place on: Housing');
  });

  it('refuses the whole invitation when one membership is not the co-chair’s to give, naming it, and records nothing', async () => {
    const email = 'not.yet@example.org';
    const cicc_ = await t.fails(INVITE, {
      input: { email, displayName: 'Not Yet', memberships: [{ bodyId: housing, role: 'MEMBER' }, { bodyId: cicc, role: 'MEMBER' }] },
    }, { as: chairs.sectorLead.id });
    expect(cicc_.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED', field: 'memberships.1.bodyId' });
    expect(cicc_.message).toContain('Only a programme admin can add members on');

    const otherHouse = await t.fails(INVITE, {
      input: { email, displayName: 'Not Yet', houseId: housing, memberships: [{ bodyId: health, role: 'MEMBER' }] },
    }, { as: chairs.sectorLead.id });
    expect(otherHouse.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'memberships.0.bodyId' });

    const chairSeat = await t.fails(INVITE, { input: { email, displayName: 'Not Yet', memberships: [{ bodyId: housing, role: 'CO_CHAIR_YOUNG_PERSON' }] } }, { as: admin });
    expect(chairSeat.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberships.0.role' });

    expect(await count(`SELECT count(*) AS n FROM person WHERE lower(email) = $1`, [email])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM invitation i JOIN person p ON p.id = i.person_id WHERE lower(p.email) = $1`, [email])).toBe(0);
    expect(smtp.pendingFor(email)).toEqual([]);
  });

  it('a programme admin gives CiCC and House places at once; inviting an existing person again adds only what they lack', async () => {
    const input = {
      email: 'kemi.ade@example.org',
      displayName: 'Kemi Ade',
      birthMonth: bornYearsAgo(19),
      homeAuthorityId: hackney,
      careExperienced: true,
      memberships: [{ bodyId: cicc, role: 'MEMBER' }, { bodyId: health, role: 'MEMBER' }],
    };
    const first = (await t.ok(INVITE, { input }, { as: admin })).invitePerson;
    expect(first.memberships.map((m: { body: { code: string } }) => m.body.code)).toEqual(['CICC', 'HOUSE_HEALTH']);
    expect(first.invitation.house).toEqual({ code: 'HOUSE_HEALTH' });
    expect(first.person).toMatchObject({ displayName: 'Kemi Ade', email: 'kemi.ade@example.org', careExperienced: true });
    await smtp.nextMailTo(input.email);

    // Again, by id, with one place they hold and one new: the person stays as recorded.
    const again = (await t.ok(INVITE, {
      input: { personId: first.person.id, memberships: [{ bodyId: cicc, role: 'MEMBER' }, { bodyId: housing, role: 'MEMBER' }] },
    }, { as: admin })).invitePerson;
    expect(again.person.id).toBe(first.person.id);
    expect(again.memberships[0].id).toBe(first.memberships[0].id);
    expect(again.memberships[1]).toMatchObject({ body: { code: 'HOUSE_HOUSING' }, current: true });
    expect(await count(`SELECT count(*) AS n FROM membership WHERE person_id = $1 AND ended_at IS NULL`, [first.person.id])).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM invitation WHERE person_id = $1`, [first.person.id])).toBe(2);
    await smtp.nextMailTo(input.email);

    // Still works the old way: someone new by email and name, with no places.
    const plain = (await t.ok(INVITE, { input: { email: 'plain.invite@example.org', displayName: 'Plain Invite' } }, { as: admin })).invitePerson;
    expect(plain).toMatchObject({ memberships: [], person: { displayName: 'Plain Invite' }, invitation: { house: null } });
  });

  it('shows an under-18 invitee their own name when they accept, verify a code or refresh, while others still see them masked', async () => {
    const young = await createCiccMember(t.dataSource, { displayName: 'Yasmin Young', email: 'yasmin.young@example.org', birthMonth: `${bornYearsAgo(15)}-01`, homeAuthorityId: hackney });
    await t.ok(INVITE, { input: { personId: young.id, houseId: housing } }, { as: chairs.sectorLead.id });
    const token = linkToken((await smtp.nextMailTo('yasmin.young@example.org')).text);
    const own = { id: young.id, displayName: 'Yasmin Young', email: 'yasmin.young@example.org', birthMonth: bornYearsAgo(15) };

    const accepted = (await t.ok(ACCEPT, { input: { token } })).acceptInvitation.tokens;
    expect(accepted.person).toEqual(own);

    await t.ok(REQUEST_CODE, { input: { email: 'yasmin.young@example.org' } });
    const code = /\b(\d{6})\b/.exec((await smtp.nextMailTo('yasmin.young@example.org')).subject)![1];
    const verified = (await t.ok(VERIFY, { input: { email: 'yasmin.young@example.org', code } })).verifySignInCode.tokens;
    expect(verified.person).toEqual(own);

    const refreshed = (await t.ok(REFRESH, { input: { refreshToken: verified.refreshToken } })).refreshSession.tokens;
    expect(refreshed.person).toEqual(own);
    expect((await t.ok(`{ myProfile { displayName email } }`, {}, { token: refreshed.accessToken })).myProfile).toEqual({ displayName: 'Yasmin Young', email: own.email });

    // Anyone else outside her House still sees "CiCC member (Hackney)".
    const stranger = await createPerson(t.dataSource);
    expect((await t.ok(`query($id: ID!) { person(id: $id) { displayName email } }`, { id: young.id }, { as: stranger.id })).person).toEqual({
      displayName: 'CiCC member (Hackney)',
      email: null,
    });
  });
});
