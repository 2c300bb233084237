import { JwtService } from '@nestjs/jwt';
import { MembershipRole } from '@app/governance';
import { bodyByCode, createPerson, addMembership, seatCoChairs, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';

const INVITE = `mutation($input: InvitePersonInput!) {
  invitePerson(input: $input) { invitation { id expiresAt acceptedAt person { id displayName } house { code } } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { tokens { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt person { id displayName } } }
}`;
const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message codeLifetimeMinutes } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) {
  verifySignInCode(input: $input) { tokens { accessToken accessTokenExpiresAt refreshToken person { id } } }
}`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { tokens { accessToken refreshToken person { id } } } }`;
const SIGN_OUT = `mutation($input: SignOutInput!) { signOut(input: $input) { signedOut } }`;
const SIGN_OUT_EVERYWHERE = `mutation($input: SignOutEverywhereInput!) { signOutEverywhere(input: $input) { sessionsEnded } }`;
const WHO = `query($id: ID!) { person(id: $id) { id email } }`;

function linkToken(text: string): string {
  const match = /\/sign-in\/invitation\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No invitation link in: ${text}`);
  return match[1];
}

function codeIn(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match) throw new Error(`No code in: ${text}`);
  return match[1];
}

describe('sign-in end to end, with mail through a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let housingId: string;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    housingId = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function signInByCode(email: string): Promise<{ accessToken: string; refreshToken: string; personId: string }> {
    await t.ok(REQUEST_CODE, { input: { email } });
    const mail = await smtp.nextMailTo(email);
    const data = await t.ok(VERIFY, { input: { email, code: codeIn(mail.subject) } });
    const tokens = data.verifySignInCode.tokens;
    return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, personId: tokens.person.id };
  }

  it('invites → accepts the link → requests a code → verifies → refreshes with rotation → detects reuse → signs out', async () => {
    // A House co-chair invites someone new to their House.
    const invited = await t.ok(INVITE, { input: { email: 'Ama.Mensah@example.org', displayName: 'Ama Mensah', houseId: housingId } }, { as: chairs.sectorLead.id });
    const invitation = invited.invitePerson.invitation;
    expect(invitation).toMatchObject({ acceptedAt: null, person: { displayName: 'Ama Mensah' }, house: { code: 'HOUSE_HOUSING' } });
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const mail = await smtp.nextMailTo('ama.mensah@example.org');
    expect(mail.subject).toContain('invited you');
    expect(mail.text).toContain('Housing');
    const token = linkToken(mail.text);

    // The link signs them in once.
    const accepted = (await t.ok(ACCEPT, { input: { token } })).acceptInvitation.tokens;
    expect(accepted.person).toEqual({ id: invitation.person.id, displayName: 'Ama Mensah' });
    const accessMinutes = (new Date(accepted.accessTokenExpiresAt).getTime() - Date.now()) / 60_000;
    expect(accessMinutes).toBeGreaterThan(5);
    expect(accessMinutes).toBeLessThanOrEqual(15);
    const me = await t.ok(WHO, { id: accepted.person.id }, { token: accepted.accessToken });
    expect(me.person).toEqual({ id: accepted.person.id, email: 'Ama.Mensah@example.org' });
    const again = await t.fails(ACCEPT, { input: { token } });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_ALREADY_USED', field: 'token' });

    // Later: a code by email (any case), then tokens.
    const first = await signInByCode('AMA.MENSAH@example.org');
    expect(first.personId).toBe(accepted.person.id);
    expect((await t.ok(WHO, { id: first.personId }, { token: first.accessToken })).person.email).toBe('Ama.Mensah@example.org');

    // Refresh rotates: a new pair, and the old refresh token is spent.
    const second = (await t.ok(REFRESH, { input: { refreshToken: first.refreshToken } })).refreshSession.tokens;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.person.id).toBe(first.personId);
    const third = (await t.ok(REFRESH, { input: { refreshToken: second.refreshToken } })).refreshSession.tokens;

    // Presenting a spent token again ends the whole session: every token of it stops working.
    const reused = await t.fails(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(reused.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    const afterReuse = await t.fails(REFRESH, { input: { refreshToken: third.refreshToken } });
    expect(afterReuse.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_NOT_ACCEPTED' });
    const staleAccess = await t.fails(WHO, { id: first.personId }, { token: third.accessToken });
    expect(staleAccess.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(staleAccess.message).toMatch(/Sign in again/);

    // The invitation link's own session was separate and is still open; signing out ends it.
    expect((await t.ok(WHO, { id: first.personId }, { token: accepted.accessToken })).person.id).toBe(first.personId);
    expect((await t.ok(SIGN_OUT, { input: { refreshToken: accepted.refreshToken } })).signOut.signedOut).toBe(true);
    const signedOut = await t.fails(WHO, { id: first.personId }, { token: accepted.accessToken });
    expect(signedOut.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const refreshAfterSignOut = await t.fails(REFRESH, { input: { refreshToken: accepted.refreshToken } });
    expect(refreshAfterSignOut.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out everywhere, optionally keeping the session making the request', async () => {
    const person = await createPerson(t.dataSource, { email: 'many.devices@example.org' });
    const phone = await signInByCode(person.email);
    const laptop = await signInByCode(person.email);
    const tablet = await signInByCode(person.email);

    const kept = await t.ok(SIGN_OUT_EVERYWHERE, { input: { keepThisSession: true } }, { token: laptop.accessToken });
    expect(kept.signOutEverywhere.sessionsEnded).toBe(2);
    expect((await t.ok(WHO, { id: person.id }, { token: laptop.accessToken })).person.id).toBe(person.id);
    for (const device of [phone, tablet]) {
      expect((await t.fails(WHO, { id: person.id }, { token: device.accessToken })).extensions?.reason).toBe('SESSION_ENDED');
      expect((await t.fails(REFRESH, { input: { refreshToken: device.refreshToken } })).extensions?.code).toBe('UNAUTHENTICATED');
    }

    const all = await t.ok(SIGN_OUT_EVERYWHERE, { input: {} }, { token: laptop.accessToken });
    expect(all.signOutEverywhere.sessionsEnded).toBe(1);
    expect((await t.fails(WHO, { id: person.id }, { token: laptop.accessToken })).extensions?.reason).toBe('SESSION_ENDED');

    const anonymous = await t.fails(SIGN_OUT_EVERYWHERE, { input: {} });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown email exactly as a known one, and sends nothing', async () => {
    const known = await createPerson(t.dataSource, { email: 'known.person@example.org' });
    const forKnown = await t.gql(REQUEST_CODE, { input: { email: known.email } });
    const forUnknown = await t.gql(REQUEST_CODE, { input: { email: 'nobody.here@example.org' } });
    const shape = (r: typeof forKnown) => JSON.stringify(r).replace(/known\.person|nobody\.here/g, 'EMAIL');
    expect(shape(forUnknown)).toBe(shape(forKnown));
    expect(forUnknown.errors).toBeUndefined();

    await smtp.nextMailTo(known.email);
    // A code asked for afterwards has arrived: a mail for the unknown email, sent before it, would have too.
    const later = await createPerson(t.dataSource, { email: 'asked.later@example.org' });
    await t.ok(REQUEST_CODE, { input: { email: later.email } });
    await smtp.nextMailTo(later.email);
    expect(smtp.messages.filter((m) => m.to.includes('nobody.here@example.org'))).toHaveLength(0);

    // Trying a code for an unknown email is refused in the same words as a wrong code.
    const unknownVerify = await t.fails(VERIFY, { input: { email: 'nobody.here@example.org', code: '123456' } });
    const wrongVerify = await t.fails(VERIFY, { input: { email: known.email, code: '000000' } });
    expect(unknownVerify.message).toBe(wrongVerify.message);
    expect(unknownVerify.extensions).toEqual(wrongVerify.extensions);
    expect(unknownVerify.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_NOT_ACCEPTED', field: 'code' });
  });

  it('stores codes and tokens only as hashes', async () => {
    const person = await createPerson(t.dataSource, { email: 'hashes@example.org' });
    await t.ok(REQUEST_CODE, { input: { email: person.email } });
    const code = codeIn((await smtp.nextMailTo(person.email)).subject);
    const [stored] = await t.dataSource.query(`SELECT code_hash FROM sign_in_code WHERE person_id = $1`, [person.id]);
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.code_hash).not.toContain(code);
    const tokens = (await t.ok(VERIFY, { input: { email: person.email, code } })).verifySignInCode.tokens;
    const rows = await t.dataSource.query(
      `SELECT r.token_hash FROM refresh_token r JOIN sign_in_session s ON s.id = r.session_id WHERE s.person_id = $1`,
      [person.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toBe(tokens.refreshToken);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    // The code works once.
    expect((await t.fails(VERIFY, { input: { email: person.email, code } })).extensions?.reason).toBe('SIGN_IN_CODE_NOT_ACCEPTED');
  });

  it('lets co-chairs invite only to their own House, and refuses bad invitations with the field at fault', async () => {
    const health = await bodyByCode(t.dataSource, 'HOUSE_HEALTH');
    const wrongHouse = await t.fails(INVITE, { input: { email: 'x1@example.org', displayName: 'X', houseId: health.id } }, { as: chairs.youngPerson.id });
    expect(wrongHouse.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED_TO_INVITE', field: 'houseId' });
    const noHouse = await t.fails(INVITE, { input: { email: 'x2@example.org', displayName: 'X' } }, { as: chairs.youngPerson.id });
    expect(noHouse.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED_TO_INVITE' });
    const member = await createPerson(t.dataSource);
    await addMembership(t.dataSource, member.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
    const notChair = await t.fails(INVITE, { input: { email: 'x3@example.org', displayName: 'X', houseId: housingId } }, { as: member.id });
    expect(notChair.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.fails(INVITE, { input: { email: 'x4@example.org', displayName: 'X', houseId: housingId } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');

    const nobody = await t.fails(INVITE, { input: { houseId: housingId } }, { as: chairs.youngPerson.id });
    expect(nobody.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITEE_NEEDED', field: 'email' });
    const badEmail = await t.fails(INVITE, { input: { email: 'not-an-email', displayName: 'X', houseId: housingId } }, { as: chairs.youngPerson.id });
    expect(badEmail.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const unknownPerson = await t.fails(INVITE, { input: { personId: '00000000-0000-4000-8000-000000000000', houseId: housingId } }, { as: chairs.youngPerson.id });
    expect(unknownPerson.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'personId' });

    // Inviting an existing person by id, or by an email already known, invites that person.
    const existing = await createPerson(t.dataSource, { email: 'Existing.Person@example.org' });
    const byEmail = await t.ok(INVITE, { input: { email: 'existing.person@EXAMPLE.org', displayName: 'Ignored', houseId: housingId } }, { as: chairs.youngPerson.id });
    expect(byEmail.invitePerson.invitation.person.id).toBe(existing.id);
    await smtp.nextMailTo(existing.email);
  });

  it('refuses an unknown or expired invitation link', async () => {
    const unknown = await t.fails(ACCEPT, { input: { token: 'A'.repeat(43) } });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_NOT_FOUND', field: 'token' });
    const malformed = await t.fails(ACCEPT, { input: { token: 'short' } });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const person = await createPerson(t.dataSource);
    const invited = await t.ok(INVITE, { input: { personId: person.id, houseId: housingId } }, { as: chairs.sectorLead.id });
    const token = linkToken((await smtp.nextMailTo(person.email)).text);
    await t.dataSource.query(`UPDATE invitation SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE id = $1`, [invited.invitePerson.invitation.id]);
    const expired = await t.fails(ACCEPT, { input: { token } });
    expect(expired.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED', field: 'token' });
  });

  it('refuses a bad, forged or expired access token with UNAUTHENTICATED, while public operations still answer', async () => {
    const person = await createPerson(t.dataSource);
    const badHeader = await t.fails(WHO, { id: person.id }, { headers: { authorization: 'Basic abc' } });
    expect(badHeader.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_AUTHORIZATION_HEADER' });
    const forged = await t.fails(WHO, { id: person.id }, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(forged.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCESS_TOKEN_INVALID' });

    const jwt = t.app.get(JwtService);
    const genuine = await t.tokenFor(person.id);
    const sid = (jwt.decode<{ sid: string }>(genuine)).sid;
    const expired = jwt.sign({ sid }, { subject: person.id, expiresIn: -10 });
    const old = await t.fails(WHO, { id: person.id }, { token: expired });
    expect(old.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCESS_TOKEN_EXPIRED' });
    expect(old.message).toMatch(/refreshSession/);

    // A public operation works whatever the header says.
    const reference = await t.ok(`{ localAuthorities { shortCode } }`, {}, { token: expired });
    expect(reference.localAuthorities).toHaveLength(33);
  });
});
