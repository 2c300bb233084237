import { gql, invitationLink, signInTokens } from './api';
import type { Stack } from './stack';
import { londonDay, londonMoment } from '../../../apps/web/src/views/london-time';

/** Someone signed in through the API, whose access token is refreshed when it gets old. */
export class ApiSession {
  private at = Date.now();

  constructor(
    private readonly stack: Stack,
    private accessToken: string,
    private refreshToken: string,
  ) {}

  async token(): Promise<string> {
    // Access tokens last 10 minutes; refresh well before.
    if (Date.now() - this.at > 5 * 60_000) {
      const { refreshSession } = await gql(this.stack, `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { tokens { accessToken refreshToken } } }`, {
        input: { refreshToken: this.refreshToken },
      });
      this.accessToken = refreshSession.tokens.accessToken;
      this.refreshToken = refreshSession.tokens.refreshToken;
      this.at = Date.now();
    }
    return this.accessToken;
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return gql<T>(this.stack, query, variables, await this.token());
  }
}

/** A new CiCC member: their invitation link's path, and (once it is used) nothing else to keep. */
export interface Invited {
  email: string;
  displayName: string;
  /** The invitation link's path and query, to open in the web app. */
  link: string;
}

/** What the young people's tests vote and comment on: open CiCC votes, made through the API. */
export interface VotingWorld {
  /** A proposal in consultation, its CiCC vote closing in 3 days, results hidden until 5 have voted. */
  proposal: { id: string; title: string; consultationId: string };
  /** A proposal whose CiCC vote already has 5 votes, its results shown to everyone. */
  counted: { id: string; title: string };
  /** A comment by an under-18 CiCC member, and their real name, which others must not see. */
  under18: { commentId: string; realName: string };
  /** Invites a new CiCC member by email, as a programme admin would; the link is read from the email. */
  inviteMember(displayName: string): Promise<Invited>;
  /** Invites someone with no place in the programme: they may read, but not vote or comment. */
  inviteOutsider(displayName: string): Promise<Invited>;
  /** A new CiCC member signed in through the API (for comments made behind the scenes). */
  member(displayName: string, extra?: Record<string, unknown>): Promise<ApiSession>;
  admin: ApiSession;
}

const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { person { id } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { tokens { accessToken refreshToken } } }`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;

let invitations = 0;

function invited(displayName: string, { email, link }: { email: string; link: URL }): Invited {
  return { email, displayName, link: `${link.pathname}${link.search}` };
}

export async function buildVotingWorld(stack: Stack, adminEmail: string): Promise<VotingWorld> {
  // Signing in spends one of the few codes an email may ask for: once, kept fresh by refreshing.
  const tokens = await signInTokens(stack, adminEmail);
  const admin = new ApiSession(stack, tokens.accessToken, tokens.refreshToken);
  const ref = await admin.gql(`{ bodies { id code } localAuthorities { id shortCode } }`);
  const body = (code: string) => ref.bodies.find((b: { code: string }) => b.code === code).id as string;
  const la = (code: string) => ref.localAuthorities.find((a: { shortCode: string }) => a.shortCode === code).id as string;

  const invite = async (displayName: string, extra: Record<string, unknown>, memberships: unknown[]): Promise<{ personId: string; link: URL; email: string }> => {
    invitations += 1;
    const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}.${invitations}@compact.test`;
    const before = stack.smtp.messages.length;
    const { invitePerson } = await admin.gql(INVITE, { input: { email, displayName, careExperienced: true, homeAuthorityId: la('lam'), birthMonth: '2004-02', memberships, ...extra } });
    return { personId: invitePerson.person.id, link: new URL(await invitationLink(stack, email, before)), email };
  };
  const accept = async (link: URL): Promise<ApiSession> => {
    const { acceptInvitation } = await gql(stack, ACCEPT, { input: { token: link.searchParams.get('token') } });
    return new ApiSession(stack, acceptInvitation.tokens.accessToken, acceptInvitation.tokens.refreshToken);
  };
  const cicc = [{ bodyId: body('CICC'), role: 'MEMBER' }];
  const member = async (displayName: string, extra: Record<string, unknown> = {}) => accept((await invite(displayName, extra, cicc)).link);

  // The Housing House gets its two co-chairs: a young person from the CiCC and a sector lead.
  const youngChair = await invite('Kemi', {}, cicc);
  const lead = await invite('Dev Patel', { careExperienced: false, birthMonth: null }, []);
  const house = body('HOUSE_HOUSING');
  await admin.gql(`mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { house { id } } }`, { input: { houseId: house, personId: youngChair.personId, seat: 'YOUNG_PERSON', reason: 'Elected by the CiCC' } });
  await admin.gql(`mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { house { id } } }`, { input: { houseId: house, personId: lead.personId, seat: 'SECTOR_LEAD', reason: 'LLANCL nominee' } });
  const chair = await accept(youngChair.link);
  const leadSession = await accept(lead.link);

  const consult = async (title: string, summary: string, tallyVisibility: string): Promise<{ id: string; consultationId: string }> => {
    const { createProposal } = await leadSession.gql(`mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`, {
      input: {
        houseId: house,
        title,
        summary,
        rationale: 'Young people told us that a deposit is the hardest thing to find when they move out.',
        category: 'HOUSING',
        deliveryModel: 'EACH_LA',
        uascConsiderations: 'It is the same for you if you came to the UK alone as a child. Your immigration status does not change it.',
      },
    });
    // Noon, three London days from today: "closes in 3 days" whatever the time of day the tests run.
    const closesAt = londonMoment(londonDay(Date.now() + 3 * 86_400_000), 12, 0).toISOString();
    const { openConsultation } = await chair.gql(`mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`, {
      input: { proposalId: createProposal.proposal.id, audience: 'CICC', closesAt, tallyVisibility },
    });
    return { id: createProposal.proposal.id, consultationId: openConsultation.consultation.id };
  };
  const title = 'Help with a rent deposit';
  const proposal = await consult(title, 'Your council pays the deposit when you rent your first home.', 'AFTER_VOTING');
  const countedTitle = 'A free bus pass for a year after you leave care';
  const counted = await consult(countedTitle, 'You get a free bus pass for a year after you leave care.', 'ALWAYS');
  for (const [i, choice] of ['SUPPORT', 'SUPPORT', 'SUPPORT', 'OPPOSE', 'ABSTAIN'].entries()) {
    const voter = await member(`Voter ${'ABCDE'[i]}`);
    await voter.gql(VOTE, { input: { proposalId: counted.id, choice } });
  }

  // A member under 18: others see them as the API names them, never by their name.
  const thisYear = new Date().getUTCFullYear();
  const realName = 'Jordan Young';
  const young = await member(realName, { birthMonth: `${thisYear - 16}-01` });
  const { addComment } = await young.gql(COMMENT, { input: { proposalId: proposal.id, body: 'A deposit would really help me when I move out.' } });

  return {
    proposal: { id: proposal.id, title, consultationId: proposal.consultationId },
    counted: { id: counted.id, title: countedTitle },
    under18: { commentId: addComment.comment.id, realName },
    admin,
    member,
    inviteMember: async (displayName) => invited(displayName, await invite(displayName, {}, cicc)),
    inviteOutsider: async (displayName) => invited(displayName, await invite(displayName, { careExperienced: false, birthMonth: null }, [])),
  };
}
