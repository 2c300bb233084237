import { createFirstAdmin, gql, invitationLink } from './api';
import { tokenOf } from './programme';
import type { Stack } from './stack';

/** What the browser tests browse: a published Compact made through the API, and who made it. */
export interface World {
  adminEmail: string;
  /** A care-experienced CiCC member, House co-chair; has notifications from the consultations. */
  youngPerson: { email: string; displayName: string };
  offers: { councilTax: string; prescriptions: string; travel: string };
  editions: number;
}

const M = {
  createPerson: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
  invite: `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { invitation { id } } }`,
  accept: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { tokens { accessToken } } }`,
  addMembership: `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`,
  appoint: `mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { house { canMoveProposalsForward } } }`,
  grant: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id } } }`,
  createProposal: `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`,
  openConsultation: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
  vote: `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`,
  closeConsultation: `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { __typename } }`,
  signOff: `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`,
  schedule: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
  decide: `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { proposalStatus } }`,
  setStatus: `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { status } } }`,
  publish: `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { offerCount } }`,
};

/**
 * Builds and publishes two editions of the Compact through the API, as the people who run it
 * would: the first programme admin (the only record written directly) adds and invites everyone
 * else; co-chairs draft, consult and recommend three offers; the Trust Board endorses and adopts
 * them; an officer records where councils, an NHS area and TfL stand; the admin publishes.
 */
export async function buildPublishedCompact(stack: Stack): Promise<World> {
  const adminEmail = 'admin@compact.test';
  await createFirstAdmin(stack, adminEmail);
  // The admin's token for every later step too: the API allows only a few sign-in codes per email in 15 minutes.
  const admin = await tokenOf(stack, adminEmail);
  const ref = await gql(stack, `{ bodies { id code } localAuthorities { id shortCode } areas(kind: ICS_AREA) { id code } organisations { id code } }`);
  const body = (code: string) => ref.bodies.find((b: { code: string }) => b.code === code).id as string;
  const la = (code: string) => ref.localAuthorities.find((a: { shortCode: string }) => a.shortCode === code).id as string;
  const area = (code: string) => ref.areas.find((a: { code: string }) => a.code === code).id as string;
  const org = (code: string) => ref.organisations.find((o: { code: string }) => o.code === code).id as string;

  /** Adds a person and lets them in with an invitation link, as a new person would be. */
  const person = async (input: Record<string, unknown>): Promise<{ id: string; token: string }> => {
    const { createPerson } = await gql(stack, M.createPerson, { input }, admin);
    const before = stack.smtp.messages.length;
    await gql(stack, M.invite, { input: { personId: createPerson.person.id } }, admin);
    const link = new URL(await invitationLink(stack, input.email as string, before));
    const { acceptInvitation } = await gql(stack, M.accept, { input: { token: link.searchParams.get('token') } });
    return { id: createPerson.person.id, token: acceptInvitation.tokens.accessToken };
  };
  const youngPerson = { email: 'amani@compact.test', displayName: 'Amani' };
  const yp = await person({ ...youngPerson, careExperienced: true, birthMonth: '2003-04', homeAuthorityId: la('lam') });
  const lead = await person({ email: 'priya@compact.test', displayName: 'Priya Shah' });
  const chair = await person({ email: 'chair@compact.test', displayName: 'Trust Board chair' });
  const officer = await person({ email: 'officer@compact.test', displayName: 'Leaving care lead' });

  await gql(stack, M.addMembership, { input: { personId: yp.id, bodyId: body('CICC'), role: 'MEMBER' } }, admin);
  await gql(stack, M.addMembership, { input: { personId: chair.id, bodyId: body('TRUST_BOARD'), role: 'CHAIR' } }, admin);
  for (const house of ['HOUSE_FINANCE', 'HOUSE_HEALTH', 'HOUSE_TRANSPORT']) {
    await gql(stack, M.appoint, { input: { houseId: body(house), personId: yp.id, seat: 'YOUNG_PERSON', reason: 'Elected by the CiCC' } }, admin);
    await gql(stack, M.appoint, { input: { houseId: body(house), personId: lead.id, seat: 'SECTOR_LEAD', reason: 'LLANCL nominee' } }, admin);
  }
  const grants: [string, string, string][] = [
    ['LA_OFFICER', 'AUTHORITY', la('lam')],
    ['LA_OFFICER', 'AUTHORITY', la('swr')],
    ['LA_OFFICER', 'AUTHORITY', la('cmd')],
    ['LA_OFFICER', 'AUTHORITY', la('crd')],
    ['PARTNER_OFFICER', 'AREA', area('NCL')],
    ['PARTNER_OFFICER', 'ORGANISATION', org('GLA_TFL')],
  ];
  for (const [role, scopeKind, scopeId] of grants) {
    await gql(stack, M.grant, { input: { personId: officer.id, role, scopeKind, scopeId, reason: 'Records the position it has agreed' } }, admin);
  }

  const meeting = (await gql(stack, M.schedule, { input: { bodyId: body('TRUST_BOARD'), title: 'Trust Board', startsAt: new Date(Date.now() + 3_600_000).toISOString() } }, chair.token))
    .scheduleMeeting.meeting.id as string;

  /** One offer from draft to adopted. */
  const offer = async (house: string, input: Record<string, unknown>): Promise<string> => {
    const { createProposal } = await gql(stack, M.createProposal, { input: { houseId: body(house), uascConsiderations: 'The same for every care leaver, whatever their immigration status.', ...input } }, lead.token);
    const proposalId = createProposal.proposal.id as string;
    const closesAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const { openConsultation } = await gql(stack, M.openConsultation, { input: { proposalId, audience: 'CICC', closesAt, questions: [{ kind: 'YES_NO', prompt: 'Would this help you?' }] } }, yp.token);
    await gql(stack, M.vote, { input: { proposalId, choice: 'SUPPORT' } }, yp.token);
    await gql(stack, M.closeConsultation, { input: { consultationId: openConsultation.consultation.id } }, yp.token);
    await gql(stack, M.signOff, { input: { proposalId } }, yp.token);
    await gql(stack, M.signOff, { input: { proposalId } }, lead.token);
    await gql(stack, M.decide, { input: { meetingId: meeting, proposalId, kind: 'ENDORSE', summary: 'Endorsed: councils asked to agree.' } }, chair.token);
    await gql(stack, M.decide, { input: { meetingId: meeting, proposalId, kind: 'ADOPT', summary: 'Adopted into the Compact.' } }, chair.token);
    return proposalId;
  };
  const councilTax = await offer('HOUSE_FINANCE', {
    title: 'Council tax exemption to 25',
    summary: 'Care leavers do not pay council tax until they are 25.',
    category: 'FINANCE',
    deliveryModel: 'EACH_LA',
  });
  const prescriptions = await offer('HOUSE_HEALTH', {
    title: 'Free prescriptions',
    summary: 'Care leavers get their NHS prescriptions free.',
    category: 'HEALTH',
    deliveryModel: 'EACH_ICS_AREA',
  });
  const travel = await offer('HOUSE_TRANSPORT', {
    title: 'Half-price bus and tram travel',
    summary: 'Care leavers pay half the adult fare on London’s buses and trams.',
    category: 'TRANSPORT',
    deliveryModel: 'SINGLE_PARTNER',
    partnerIds: [org('GLA_TFL')],
  });

  /** The officer records a party's position, from the version they read. */
  const position = async (proposalId: string, partyId: string, input: Record<string, unknown>) => {
    const found = await gql(stack, `query($f: AgreementsFilterInput) { agreements(filter: $f, first: 5) { edges { node { id version } } } }`, { f: { proposalId, partyId } }, officer.token);
    const row = found.agreements.edges[0].node;
    await gql(stack, M.setStatus, { input: { agreementId: row.id, expectedVersion: row.version, ...input } }, officer.token);
  };
  await position(councilTax, la('lam'), { status: 'IMPLEMENTED', reciprocity: 'BOTH', effectiveDate: '2024-03-05' });
  await position(councilTax, la('cmd'), { status: 'IMPLEMENTED', reciprocity: 'OWN_CARE_LEAVERS_ANYWHERE', effectiveDate: '2024-03-05' });
  await position(councilTax, la('swr'), { status: 'FORMALLY_AGREED', reciprocity: 'ANY_CARE_LEAVER_RESIDENT' });
  await position(prescriptions, area('NCL'), { status: 'IMPLEMENTED', effectiveDate: '2024-03-05' });
  await position(travel, org('GLA_TFL'), { status: 'IMPLEMENTED', effectiveDate: '2024-03-05' });
  await gql(stack, M.publish, { input: { number: 1, title: 'The London Care Leavers Compact', publishedOn: '2024-03-05', introduction: 'What London’s councils and partners offer young people leaving care.' } }, admin);

  await position(councilTax, la('crd'), { status: 'IMPLEMENTED', reciprocity: 'ANY_CARE_LEAVER_RESIDENT', effectiveDate: '2025-04-01' });
  await gql(stack, M.publish, { input: { number: 2, title: 'The London Care Leavers Compact', publishedOn: '2025-05-01', introduction: 'What London’s councils and partners offer young people leaving care.' } }, admin);

  // The young person hears about the consultations through the worker: wait until they have.
  const deadline = Date.now() + 30_000;
  while ((await gql(stack, `{ unreadNotificationCount }`, {}, yp.token)).unreadNotificationCount < 1) {
    if (Date.now() > deadline) throw new Error(`No notification reached the young person. Worker output:\n${stack.output('worker').slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { adminEmail, youngPerson, offers: { councilTax, prescriptions, travel }, editions: 2 };
}
