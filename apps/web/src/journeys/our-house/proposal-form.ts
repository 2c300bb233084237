import type { CreateProposalInput, DeliveryModel, DraftedProposalFragment, ProposalCategory } from '../../api/generated/graphql';
import type { FieldProblem, FormFields } from '../../forms/form-errors';

export const CATEGORY_OPTIONS: { value: ProposalCategory; text: string; hint: string }[] = [
  { value: 'HOUSING', text: 'Housing', hint: 'Somewhere to live: homelessness, deposits, tenancies' },
  { value: 'HEALTH', text: 'Health', hint: 'Physical and mental health, prescriptions and NHS services' },
  { value: 'EDUCATION_TRAINING_EMPLOYMENT', text: 'Education, training and work', hint: 'Courses, apprenticeships and jobs' },
  { value: 'TRANSPORT', text: 'Transport', hint: 'Getting around London, such as cheaper travel' },
  { value: 'FINANCE', text: 'Money', hint: 'Council tax, grants, a standard financial offer' },
  { value: 'RELATIONSHIPS', text: 'Relationships', hint: 'Family, friends, mentoring and support networks' },
  { value: 'WELLBEING', text: 'Wellbeing', hint: 'Leisure, culture and feeling well beyond health services' },
  { value: 'CORPORATE_PARENTING', text: 'Corporate parenting', hint: 'How councils and partners act as care leavers’ corporate parents' },
];

export const DELIVERY_OPTIONS: { value: DeliveryModel; text: string; hint: string }[] = [
  { value: 'EACH_LA', text: 'Each council agrees for its own care leavers', hint: 'For example, council tax exemption' },
  { value: 'EACH_ICS_AREA', text: 'Each NHS area agrees for its area', hint: 'For example, free prescriptions' },
  { value: 'SINGLE_PARTNER', text: 'One partner provides it for all of London', hint: 'For example, TfL for half-price travel. Choose the partner below' },
  { value: 'SEVERAL_PARTNERS', text: 'Two or more partners each provide it', hint: 'Choose the partners below' },
];

/** The form's fields in page order: the API's input field → the id an error links to. */
export const PROPOSAL_FIELDS: FormFields = {
  title: 'title',
  summary: 'summary',
  category: 'category',
  deliveryModel: 'deliveryModel',
  partnerIds: 'partnerIds',
  minAge: 'minAge',
  maxAge: 'maxAge',
  uascConsiderations: 'uascConsiderations',
  rationale: 'rationale',
  evidenceLinks: 'evidenceLinks',
};

/** What the co-chair typed, as the form shows it again. */
export interface EnteredProposal {
  title: string;
  summary: string;
  category: string;
  deliveryModel: string;
  partnerIds: string[];
  minAge: string;
  maxAge: string;
  uascConsiderations: string;
  rationale: string;
  evidenceLinks: string;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value.trim() : '';
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

export function enteredProposal(body: Record<string, unknown>): EnteredProposal {
  return {
    title: text(body, 'title'),
    summary: text(body, 'summary'),
    category: text(body, 'category'),
    deliveryModel: text(body, 'deliveryModel'),
    partnerIds: list(body.partnerIds),
    minAge: text(body, 'minAge'),
    maxAge: text(body, 'maxAge'),
    uascConsiderations: text(body, 'uascConsiderations'),
    rationale: text(body, 'rationale'),
    evidenceLinks: typeof body.evidenceLinks === 'string' ? body.evidenceLinks : '',
  };
}

/** The proposal as stored, in the form's shape. */
export function storedProposal(p: DraftedProposalFragment): EnteredProposal {
  return {
    title: p.title,
    summary: p.summary,
    category: p.category,
    deliveryModel: p.deliveryModel,
    partnerIds: p.partners.map((o) => o.id),
    minAge: String(p.minAge),
    maxAge: String(p.maxAge),
    uascConsiderations: p.uascConsiderations ?? '',
    rationale: p.rationale,
    evidenceLinks: p.evidenceLinks.join('\n'),
  };
}

/** An age box: empty (the API's default), a whole number, or a problem the form shows. */
function age(value: string, field: 'minAge' | 'maxAge', problems: FieldProblem[]): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,3}$/.test(value)) return Number(value);
  problems.push({ field, text: field === 'minAge' ? 'Enter the youngest age as a whole number, for example 18' : 'Enter the oldest age as a whole number, for example 25' });
  return undefined;
}

/**
 * The proposal's content to send. Only what cannot be sent at all (an age that is not a number,
 * a choice not made) is checked here; the API checks everything else and says what is wrong.
 */
export function proposalContent(entered: EnteredProposal): { content: Omit<CreateProposalInput, 'houseId'>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const minAge = age(entered.minAge, 'minAge', problems);
  const maxAge = age(entered.maxAge, 'maxAge', problems);
  // A radio group left unchosen cannot be sent at all.
  if (!CATEGORY_OPTIONS.some((o) => o.value === entered.category)) problems.push({ field: 'category', text: 'Choose the area of care leavers’ lives it serves' });
  if (!DELIVERY_OPTIONS.some((o) => o.value === entered.deliveryModel)) problems.push({ field: 'deliveryModel', text: 'Choose who must agree it' });
  const content: Omit<CreateProposalInput, 'houseId'> = {
    title: entered.title,
    summary: entered.summary,
    category: entered.category as ProposalCategory,
    deliveryModel: entered.deliveryModel as DeliveryModel,
    partnerIds: entered.partnerIds,
    minAge,
    maxAge,
    uascConsiderations: entered.uascConsiderations,
    rationale: entered.rationale,
    evidenceLinks: entered.evidenceLinks
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  };
  return { content, problems };
}

/** The form field an API input error belongs to: `evidenceLinks.2` is the evidence links box. */
export function proposalFieldOfApi(field: string | null): string {
  return (field ?? '').split('.')[0];
}
