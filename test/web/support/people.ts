import type { World } from './compact-builder';
import { gql } from './api';
import { addPerson, reference, tokenOf } from './programme';
import type { Stack } from './stack';

/** A young person who is only a member of the Children in Care Council, added by a programme admin. */
export const CICC_ONLY = { email: 'jordan@compact.test', displayName: 'Jordan' };

export async function ciccOnlyMember(stack: Stack, world: World): Promise<void> {
  const ref = await reference(stack);
  const admin = await tokenOf(stack, world.adminEmail);
  const found = await gql(stack, `query($s: String) { people(filter: { search: $s }, first: 5) { edges { node { id } } } }`, { s: CICC_ONLY.displayName }, admin);
  if (found.people.edges.length) return;
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
