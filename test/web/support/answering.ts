import { gql } from './api';
import { proposalInConsultation, reference, tokenOf } from './programme';
import type { Stack } from './stack';

/** A co-chair of the Transport, Finance and Health Houses (compact-builder.ts). */
export const CO_CHAIR = 'amani@compact.test';

/** The questions of a survey of London's councils: one of each kind, the choice required. */
export const SURVEY_QUESTIONS = {
  yesNo: 'Do you give care leavers free travel now?',
  choice: 'Who would pay for it?',
  choices: 'Which journeys would it cover?',
  scale: 'How ready is your council to start?',
  text: 'Anything else we should know?',
} as const;

export interface Survey {
  id: string;
  title: string;
  proposalId: string;
  questionIds: string[];
}

const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id questions { id } } } }`;

/**
 * A Transport House proposal (its CiCC vote closed) and a consultation of London's councils on
 * it with a question of each kind, opened by its co-chair; opening later, or closed, when asked.
 */
export async function councilSurvey(stack: Stack, title: string, when: 'open' | 'scheduled' | 'closed' = 'open'): Promise<Survey> {
  const proposalId = await proposalInConsultation(
    stack,
    { house: 'HOUSE_TRANSPORT', title: `${title}: the offer`, summary: 'Care leavers travel free on buses for their first year on their own.', category: 'TRANSPORT' },
    { closeIt: true },
  );
  const chair = await tokenOf(stack, CO_CHAIR);
  const day = 86_400_000;
  const { openConsultation } = await gql(
    stack,
    OPEN,
    {
      input: {
        proposalId,
        audience: 'LOCAL_AUTHORITIES',
        title,
        description: 'Tell us where your council stands before the House drafts the offer.',
        ...(when === 'scheduled' ? { opensAt: new Date(Date.now() + 3 * day).toISOString() } : {}),
        closesAt: new Date(Date.now() + 10 * day).toISOString(),
        questions: [
          { kind: 'YES_NO', prompt: SURVEY_QUESTIONS.yesNo },
          { kind: 'SINGLE_CHOICE', prompt: SURVEY_QUESTIONS.choice, options: ['The council', 'TfL', 'Shared'] },
          { kind: 'MULTIPLE_CHOICE', prompt: SURVEY_QUESTIONS.choices, options: ['Buses', 'Trams', 'Tube'], required: false },
          { kind: 'SCALE', prompt: SURVEY_QUESTIONS.scale, scaleMin: 1, scaleMax: 5, required: false },
          { kind: 'FREE_TEXT', prompt: SURVEY_QUESTIONS.text, required: false },
        ],
      },
    },
    chair,
  );
  const id = openConsultation.consultation.id as string;
  if (when === 'closed') {
    await gql(stack, `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { __typename } }`, { input: { consultationId: id } }, chair);
  }
  return { id, title, proposalId, questionIds: openConsultation.consultation.questions.map((q: { id: string }) => q.id) };
}

/** The id of the council with this short code. */
export async function councilId(stack: Stack, shortCode: string): Promise<string> {
  return (await reference(stack)).la(shortCode);
}

/** A Transport House proposal with its CiCC consultation open (one yes/no question); the consultation's id. */
export async function ciccConsultation(stack: Stack, title: string): Promise<{ id: string; proposalId: string }> {
  const proposalId = await proposalInConsultation(stack, { house: 'HOUSE_TRANSPORT', title, summary: 'Care leavers get a free railcard.', category: 'TRANSPORT' }, { closeIt: false });
  const { consultations } = await gql(stack, `query($id: ID!) { consultations(filter: { proposalId: $id, audience: CICC }, first: 1) { edges { node { id } } } }`, { id: proposalId }, await tokenOf(stack, CO_CHAIR));
  return { id: consultations.edges[0].node.id as string, proposalId };
}
