import { gql } from './api';
import { PEOPLE, proposalInConsultation, reference, tokenOf } from './programme';
import type { Stack } from './stack';

const YOUNG_PERSON = 'amani@compact.test';

/**
 * A new proposal of a House taken through the API to "recommended to the Trust Board": drafted,
 * put to the CiCC (one vote, then closed), and signed off by both co-chairs. Returns its id.
 */
export async function recommendedProposal(stack: Stack, input: { house: string; title: string; summary: string; category: string }): Promise<string> {
  const proposalId = await proposalInConsultation(stack, input, { closeIt: true });
  const signOff = `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`;
  await gql(stack, signOff, { input: { proposalId } }, await tokenOf(stack, YOUNG_PERSON));
  const { signOffProposal } = await gql(stack, signOff, { input: { proposalId } }, await tokenOf(stack, PEOPLE.sectorLead));
  if (!signOffProposal.recommended) throw new Error('The second sign-off did not recommend the proposal');
  return proposalId;
}

/** A Trust Board meeting the chair schedules through the API, `daysFromNow` away (negative: in the past). */
export async function boardMeeting(stack: Stack, title: string, daysFromNow: number): Promise<string> {
  const ref = await reference(stack);
  const { scheduleMeeting } = await gql(
    stack,
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
    { input: { bodyId: ref.body('TRUST_BOARD'), title, startsAt: new Date(Date.now() + daysFromNow * 86_400_000).toISOString() } },
    await tokenOf(stack, PEOPLE.chair),
  );
  return scheduleMeeting.meeting.id as string;
}

/** The chair puts a proposal on a meeting's agenda through the API. */
export async function onAgenda(stack: Stack, meetingId: string, proposalId: string, title: string): Promise<void> {
  await gql(
    stack,
    `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { id } } }`,
    { input: { meetingId, proposalId, title } },
    await tokenOf(stack, PEOPLE.chair),
  );
}

/** The chair sets an action at a meeting through the API, owned by `ownerEmail`'s person, due on a YYYY-MM-DD day. */
export async function boardAction(stack: Stack, meetingId: string, ownerEmail: string, description: string, dueOn: string): Promise<string> {
  const owner = await gql(stack, `{ myProfile { id } }`, {}, await tokenOf(stack, ownerEmail));
  const { addActionItem } = await gql(
    stack,
    `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id } } }`,
    { input: { meetingId, ownerId: owner.myProfile.id, description, dueOn } },
    await tokenOf(stack, PEOPLE.chair),
  );
  return addActionItem.actionItem.id as string;
}

/** A London calendar day `days` from today, as YYYY-MM-DD. */
export function londonDayFromNow(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/** The proposal's status as the API reports it. */
export async function proposalStatus(stack: Stack, proposalId: string): Promise<string> {
  const { proposal } = await gql(stack, `query($id: ID!) { proposal(id: $id) { status } }`, { id: proposalId }, await tokenOf(stack, PEOPLE.chair));
  return proposal.status as string;
}
