import type { BrowserContext, Page } from '@playwright/test';
import { InvitationPage } from '../pages/sign-in-pages';
import type { World } from './compact-builder';
import { gql, invitationLink } from './api';
import { addPerson, reference, tokenOf } from './programme';
import type { Stack } from './stack';

/** A young person who is only a member of the Children in Care Council, added by a programme admin. */
export const CICC_ONLY = { email: 'jordan@compact.test', displayName: 'Jordan' };

export async function ciccOnlyMember(stack: Stack, world: World): Promise<void> {
  const ref = await reference(stack);
  const admin = await tokenOf(stack, world.adminEmail);
  // Only Jordan exactly: the voting world has a "Jordan Young" of its own.
  const found = await gql(stack, `query($s: String) { people(filter: { search: $s }, first: 20) { edges { node { id displayName } } } }`, { s: CICC_ONLY.displayName }, admin);
  if (found.people.edges.some((e: { node: { displayName: string } }) => e.node.displayName === CICC_ONLY.displayName)) return;
  const { createPerson } = await gql(
    stack,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
    { input: { ...CICC_ONLY, careExperienced: true, birthMonth: '2004-06' } },
    admin,
  );
  await gql(stack, `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`, { input: { personId: createPerson.person.id, bodyId: ref.body('CICC'), role: 'MEMBER' } }, admin);
}

/** Hackney's leaving-care lead records that Hackney now gives an offer: a change the next edition would carry. */
export async function hackneyPutsOfferInPlace(stack: Stack, world: World, proposalId: string): Promise<void> {
  const ref = await reference(stack);
  const email = 'hackney.officer@compact.test';
  await addPerson(stack, world, { email, displayName: 'Hackney leaving care lead' }, [{ role: 'LA_OFFICER', scopeKind: 'AUTHORITY', scopeId: ref.la('hck') }]);
  const token = await tokenOf(stack, email);
  const found = await gql(stack, `query($f: AgreementsFilterInput) { agreements(filter: $f, first: 5) { edges { node { id version } } } }`, { f: { proposalId, partyId: ref.la('hck') } }, token);
  const row = found.agreements.edges[0].node;
  await gql(
    stack,
    `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { status } } }`,
    { input: { agreementId: row.id, expectedVersion: row.version, status: 'IMPLEMENTED', reciprocity: 'OWN_CARE_LEAVERS_ANYWHERE', effectiveDate: '2026-01-05' } },
    token,
  );
}

/** How many emails have reached `email` so far. */
export function mailCount(stack: Stack, email: string): number {
  return stack.smtp.messages.filter((m) => m.to.includes(email.toLowerCase())).length;
}

const adminSessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/**
 * Signs the programme admin in to the web app through an invitation link they are sent (once per
 * stack; later calls reuse the session's cookie), so the admin's few sign-in codes per 15 minutes
 * are left for the tests of signing in.
 */
export async function signInAsAdmin(page: Page, stack: Stack, world: World): Promise<void> {
  const known = adminSessions.get(stack.webUrl);
  if (known) {
    await page.context().clearCookies();
    await page.context().addCookies(known.cookies);
    return;
  }
  const admin = await tokenOf(stack, world.adminEmail);
  const { myProfile } = await gql(stack, `{ myProfile { id } }`, {}, admin);
  const before = stack.smtp.messages.length;
  await gql(stack, `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { invitation { id } } }`, { input: { personId: myProfile.id } }, admin);
  const link = new URL(await invitationLink(stack, world.adminEmail, before));
  await page.context().clearCookies();
  await page.goto(`${link.pathname}${link.search}`);
  await new InvitationPage(page).expectOnPage();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  adminSessions.set(stack.webUrl, await page.context().storageState());
}
