import type { BrowserContext, Page } from '@playwright/test';
import { Client } from 'pg';
import { CheckYourEmailPage, SignInPage } from '../pages/sign-in-pages';
import { gql, invitationLink, signInCode, signInThroughApi } from './api';
import type { Stack } from './stack';
import type { World } from './compact-builder';


/** The people the published Compact was built by (compact-builder.ts), by their email. */
export const PEOPLE = {
  sectorLead: 'priya@compact.test',
  chair: 'chair@compact.test',
  officer: 'officer@compact.test',
} as const;

const tokens = new Map<string, string>();
const added = new Map<string, string>();

/** An access token for `email`, signed in through the API once per stack. */
export async function tokenOf(stack: Stack, email: string): Promise<string> {
  const key = `${stack.apiUrl} ${email}`;
  let token = tokens.get(key);
  if (!token) {
    try {
      token = await signInThroughApi(stack, email);
    } catch (error) {
      const mail = stack.smtp.messages.slice(-8).map((m) => `${m.to.join(", ")} ${m.subject}`).join('\n');
      throw new Error(`${String(error)}\nLast emails:\n${mail}\nAPI output:\n${stack.output('api').slice(-3000)}`);
    }
    tokens.set(key, token);
  }
  return token;
}

/** Reference data: ids by code. */
export async function reference(stack: Stack) {
  const ref = await gql(stack, `{ bodies { id code } localAuthorities { id shortCode name } areas(kind: ICS_AREA) { id code } organisations { id code } }`);
  return {
    body: (code: string) => ref.bodies.find((b: { code: string }) => b.code === code).id as string,
    la: (code: string) => ref.localAuthorities.find((a: { shortCode: string }) => a.shortCode === code).id as string,
    area: (code: string) => ref.areas.find((a: { code: string }) => a.code === code).id as string,
  };
}

/** Adds someone with programme-wide or scoped grants (as a programme admin does), and lets them in. */
export async function addPerson(
  stack: Stack,
  world: World,
  person: { email: string; displayName: string },
  grants: { role: string; scopeKind?: string; scopeId?: string }[],
): Promise<string> {
  const key = `${stack.apiUrl} ${person.email}`;
  const known = added.get(key);
  if (known) return known;
  const admin = await tokenOf(stack, world.adminEmail);
  const { createPerson } = await gql(stack, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, { input: person }, admin);
  const id = createPerson.person.id as string;
  for (const grant of grants) {
    await gql(stack, `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id } } }`, { input: { personId: id, reason: 'Set up for the programme', ...grant } }, admin);
  }
  const before = stack.smtp.messages.length;
  await gql(stack, `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { invitation { id } } }`, { input: { personId: id } }, admin);
  const link = new URL(await invitationLink(stack, person.email, before));
  await gql(stack, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { tokens { accessToken } } }`, { input: { token: link.searchParams.get('token') } });
  added.set(key, id);
  return id;
}

const signedIn = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/**
 * Signs in through the web app's own pages, reading the code from the test SMTP server; later
 * calls for the same person reuse that session's cookie (the API allows only a few codes per
 * email in 15 minutes).
 */
export async function signInAs(page: Page, stack: Stack, email: string): Promise<void> {
  const key = `${stack.webUrl} ${email}`;
  const known = signedIn.get(key);
  if (known) {
    await page.context().clearCookies();
    await page.context().addCookies(known.cookies);
    return;
  }
  // A new browser session: signing in replaces the session it starts from, and another person's
  // remembered session may be that one.
  await page.context().clearCookies();
  const signIn = await new SignInPage(page).open();
  const before = stack.smtp.messages.length;
  await signIn.signInWith(email);
  const check = await new CheckYourEmailPage(page).expectOnPage();
  await check.enterCode(await signInCode(stack, email, before));
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  signedIn.set(key, await page.context().storageState());
}

/** The agreement row of one party for one offer, as an officer reads it. */
export async function agreementOf(stack: Stack, proposalId: string, partyId: string, as: string = PEOPLE.officer): Promise<{ id: string; version: number; status: string }> {
  const token = await tokenOf(stack, as);
  const found = await gql(stack, `query($f: AgreementsFilterInput) { agreements(filter: $f, first: 5) { edges { node { id version status } } } }`, { f: { proposalId, partyId } }, token);
  return found.agreements.edges[0].node;
}

/** An officer of the party records where it stands, from the version they read. */
export async function setAgreement(stack: Stack, proposalId: string, partyId: string, input: Record<string, unknown>, as: string = PEOPLE.officer): Promise<void> {
  const row = await agreementOf(stack, proposalId, partyId, as);
  await gql(
    stack,
    `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { status } } }`,
    { input: { agreementId: row.id, expectedVersion: row.version, ...input } },
    await tokenOf(stack, as),
  );
}

const YOUNG_PERSON = 'amani@compact.test';
const meetingIds = new Map<string, string>();

/**
 * A new offer of a House taken through the API from draft to endorsed (the Trust Board asks
 * councils and partners to agree it), as the co-chairs and the Board would. Returns its id.
 */
export async function endorsedOffer(stack: Stack, input: { house: string; title: string; summary: string; category: string; deliveryModel?: string }): Promise<string> {
  const ref = await reference(stack);
  const lead = await tokenOf(stack, PEOPLE.sectorLead);
  const yp = await tokenOf(stack, YOUNG_PERSON);
  const chair = await tokenOf(stack, PEOPLE.chair);
  const proposalId = await proposalInConsultation(stack, input, { closeIt: true });
  await gql(stack, `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`, { input: { proposalId } }, yp);
  await gql(stack, `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`, { input: { proposalId } }, lead);
  let meeting = meetingIds.get(stack.apiUrl);
  if (!meeting) {
    const { scheduleMeeting } = await gql(
      stack,
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
      { input: { bodyId: ref.body('TRUST_BOARD'), title: 'Trust Board', startsAt: new Date(Date.now() + 3_600_000).toISOString() } },
      chair,
    );
    meetingIds.set(stack.apiUrl, (meeting = scheduleMeeting.meeting.id as string));
  }
  await gql(
    stack,
    `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { proposalStatus } }`,
    { input: { meetingId: meeting, proposalId, kind: 'ENDORSE', summary: 'Endorsed: councils asked to agree.' } },
    chair,
  );
  return proposalId;
}

/** A new proposal of a House, in consultation with the CiCC (one vote cast); closed if asked. */
export async function proposalInConsultation(
  stack: Stack,
  input: { house: string; title: string; summary: string; category: string; deliveryModel?: string },
  options: { closeIt: boolean },
): Promise<string> {
  const ref = await reference(stack);
  const lead = await tokenOf(stack, PEOPLE.sectorLead);
  const yp = await tokenOf(stack, YOUNG_PERSON);
  const { createProposal } = await gql(
    stack,
    `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`,
    {
      input: {
        houseId: ref.body(input.house),
        title: input.title,
        summary: input.summary,
        category: input.category,
        deliveryModel: input.deliveryModel ?? 'EACH_LA',
        uascConsiderations: 'The same for every care leaver, whatever their immigration status.',
      },
    },
    lead,
  );
  const proposalId = createProposal.proposal.id as string;
  const closesAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const { openConsultation } = await gql(
    stack,
    `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
    { input: { proposalId, audience: 'CICC', closesAt, questions: [{ kind: 'YES_NO', prompt: 'Would this help you?' }] } },
    yp,
  );
  await gql(stack, `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`, { input: { proposalId, choice: 'SUPPORT' } }, yp);
  if (options.closeIt) {
    await gql(stack, `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { __typename } }`, { input: { consultationId: openConsultation.consultation.id } }, yp);
  }
  return proposalId;
}

/** A programme admin rewords an endorsed offer, recording the Trust Board's decision: parties that agreed must re-confirm. */
export async function rewordOffer(stack: Stack, world: World, proposalId: string, summary: string): Promise<void> {
  const admin = await tokenOf(stack, world.adminEmail);
  const { proposal } = await gql(stack, `query($id: ID!) { proposal(id: $id) { version } }`, { id: proposalId }, admin);
  await gql(
    stack,
    `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { wordingVersion } } }`,
    { input: { proposalId, expectedVersion: proposal.version, summary, reason: 'The Trust Board agreed clearer wording.' } },
    admin,
  );
}

/**
 * Figures of earlier days, as the nightly job records them, written straight to the database:
 * no API operation writes a past day's snapshot, and the browser tests cannot wait for nights.
 * Each is { daysAgo, formallyAgreed, implemented } of `total` parties; the rest not started.
 */
export async function pastSnapshots(stack: Stack, proposalId: string, total: number, days: { daysAgo: number; formallyAgreed: number; implemented: number }[]): Promise<void> {
  const client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    for (const d of days) {
      await client.query(
        `INSERT INTO proposal_progress_snapshot (proposal_id, snapshot_date, total, not_started, formally_agreed, implemented)
         VALUES ($1, (now() AT TIME ZONE 'Europe/London')::date - $2::int, $3, $4, $5, $6)
         ON CONFLICT (proposal_id, snapshot_date) DO NOTHING`,
        [proposalId, d.daysAgo, total, total - d.formallyAgreed - d.implemented, d.formallyAgreed, d.implemented],
      );
    }
  } finally {
    await client.end();
  }
}

/** A consultation of London's local authorities on a proposal (one yes/no question); returns its id and the question's. */
export async function authorityConsultation(stack: Stack, proposalId: string, closesInDays: number): Promise<{ id: string; questionId: string }> {
  const yp = await tokenOf(stack, YOUNG_PERSON);
  const { openConsultation } = await gql(
    stack,
    `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id questions { id } } } }`,
    {
      input: {
        proposalId,
        audience: 'LOCAL_AUTHORITIES',
        title: 'Could your council give this?',
        closesAt: new Date(Date.now() + closesInDays * 86_400_000).toISOString(),
        questions: [{ kind: 'YES_NO', prompt: 'Could your council give this offer?' }],
      },
    },
    yp,
  );
  return { id: openConsultation.consultation.id, questionId: openConsultation.consultation.questions[0].id };
}

/** The officer answers a local authorities' consultation for one council. */
export async function answerFor(stack: Stack, consultation: { id: string; questionId: string }, authorityId: string): Promise<void> {
  await gql(
    stack,
    `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { __typename } }`,
    { input: { consultationId: consultation.id, onBehalfOfAuthorityId: authorityId, answers: [{ questionId: consultation.questionId, yesNo: true }] } },
    await tokenOf(stack, PEOPLE.officer),
  );
}
