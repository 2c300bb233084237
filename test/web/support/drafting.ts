import { gql, invitationLink } from './api';
import type { World } from './compact-builder';
import { reference, tokenOf } from './programme';
import type { Stack } from './stack';

let invited = 0;

/**
 * New CiCC members, invited by a programme admin and let in through their invitation links,
 * who each cast a vote on a proposal whose CiCC consultation is open.
 */
export async function ciccMembersVote(stack: Stack, world: World, proposalId: string, choices: string[]): Promise<void> {
  const ref = await reference(stack);
  const { bodies } = await gql(stack, `{ bodies { id code } }`);
  const cicc = bodies.find((b: { code: string }) => b.code === 'CICC').id as string;
  const admin = await tokenOf(stack, world.adminEmail);
  for (const choice of choices) {
    invited += 1;
    const email = `voter.${invited}@compact.test`;
    const before = stack.smtp.messages.length;
    await gql(
      stack,
      `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { person { id } } }`,
      { input: { email, displayName: `Voter ${invited}`, careExperienced: true, homeAuthorityId: ref.la('lam'), birthMonth: '2004-02', memberships: [{ bodyId: cicc, role: 'MEMBER' }] } },
      admin,
    );
    const link = new URL(await invitationLink(stack, email, before));
    const { acceptInvitation } = await gql(stack, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { tokens { accessToken } } }`, {
      input: { token: link.searchParams.get('token') },
    });
    await gql(stack, `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`, { input: { proposalId, choice } }, acceptInvitation.tokens.accessToken);
  }
}

/** A London calendar day some days from now, as the three boxes of a GOV.UK date input. */
export function londonDayFromNow(days: number): { day: string; month: string; year: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(Date.now() + days * 86_400_000))
      .map((p) => [p.type, p.value]),
  );
  return { day: parts.day, month: parts.month, year: parts.year };
}

/** How the proposal's consultations were set up, as the API holds them, read by one of its co-chairs. */
export async function consultationsOf(stack: Stack, proposalId: string, coChair: string): Promise<{ audience: string; tallyVisibility: string; questions: { prompt: string; kind: string; options: string[] }[] }[]> {
  const { consultations } = await gql(
    stack,
    `query($f: ConsultationFilterInput) { consultations(filter: $f, first: 20) { edges { node { audience tallyVisibility questions { prompt kind options askIf { question answer } } } } } }`,
    { f: { proposalId } },
    await tokenOf(stack, coChair),
  );
  return consultations.edges.map((e: { node: unknown }) => e.node);
}
