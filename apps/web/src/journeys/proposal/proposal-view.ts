import type {
  CiccConsultationFragment,
  ConsultationToAnswerFragment,
  DeliveryModel,
  ProposalCategory,
  ProposalPageQuery,
  ProposalStatus,
  ShownCommentFragment,
  VoteChoice,
} from '../../api/generated/graphql';
import { closesIn, londonTime } from '../../views/closing';
import { longDate } from '../../views/dates';

/** The vote's choices, in the order the vote page asks them. */
export const VOTE_CHOICES: { value: VoteChoice; text: string; hint: string }[] = [
  { value: 'SUPPORT', text: 'I support it', hint: 'You think it should go ahead.' },
  { value: 'OPPOSE', text: 'I do not support it', hint: 'You think it should not go ahead as it is.' },
  { value: 'ABSTAIN', text: 'I do not want to choose', hint: 'Your vote is counted, but not for or against.' },
];

export function choiceText(choice: VoteChoice): string {
  return VOTE_CHOICES.find((c) => c.value === choice)?.text ?? choice;
}

const STATUS_WORDS: Record<ProposalStatus, string> = {
  DRAFT: 'Being written',
  IN_CONSULTATION: 'Asking for views',
  RECOMMENDED: 'Sent to the Trust Board',
  ENDORSED: 'Backed by the Trust Board',
  ADOPTED: 'Part of the Compact',
  DECLINED: 'Not going ahead',
  WITHDRAWN: 'Stopped',
};

/** What happens to the proposal next, in plain words, for each status. */
const NEXT_STEP: Record<ProposalStatus, string> = {
  DRAFT: 'The House is still writing it. When it is ready, they will ask young people and others what they think.',
  IN_CONSULTATION:
    'The House is asking what people think. When voting closes, the House reads every vote and comment. Then the two co-chairs, one of them a young person, decide whether to send it to the Trust Board.',
  RECOMMENDED: 'The Trust Board will look at it at one of its meetings. It can back it, send it back to the House, or say no.',
  ENDORSED: 'Councils and partners are being asked to agree to it. Once enough of them agree, the Trust Board can make it part of the Compact.',
  ADOPTED: 'It is part of the Compact. Councils and partners that agreed to it put it in place, and the published Compact shows where it is in place.',
  DECLINED: 'It will not go ahead as it is. The House may write a new version.',
  WITHDRAWN: 'The House stopped work on it.',
};

const CATEGORY_WORDS: Record<ProposalCategory, string> = {
  CORPORATE_PARENTING: 'How councils look after you',
  EDUCATION_TRAINING_EMPLOYMENT: 'Education, training and work',
  FINANCE: 'Money',
  HEALTH: 'Health',
  HOUSING: 'Housing',
  RELATIONSHIPS: 'Relationships',
  TRANSPORT: 'Travel',
  WELLBEING: 'Wellbeing',
};

const DELIVERY_WORDS: Record<DeliveryModel, string> = {
  EACH_LA: 'Each London council decides whether to offer it.',
  EACH_ICS_AREA: 'Each of London’s 5 NHS areas decides whether to offer it.',
  SINGLE_PARTNER: 'One partner offers it across London',
  SEVERAL_PARTNERS: 'Several partners offer it together',
};

/** Steps people decide, with a reason they wrote. */
const DECIDED: ReadonlySet<ProposalStatus> = new Set<ProposalStatus>(['RECOMMENDED', 'ENDORSED', 'ADOPTED', 'DECLINED', 'WITHDRAWN']);

/** What a step the service records meant, in plain words. */
const STEP_DONE: Partial<Record<ProposalStatus, string>> = {
  DRAFT: 'The House started writing it.',
  IN_CONSULTATION: 'The House started asking young people and others what they think.',
};

export function statusWords(status: ProposalStatus): string {
  return STATUS_WORDS[status] ?? status;
}

type Proposal = NonNullable<ProposalPageQuery['proposal']>;

/** Who the offer is for and who gives it, as summary list rows. */
export function whoItIsFor(proposal: Proposal): { key: { text: string }; value: { text: string } }[] {
  const partners = proposal.partners.map((p) => p.name).join(', ');
  const delivery = DELIVERY_WORDS[proposal.deliveryModel] ?? '';
  return [
    { key: { text: 'Who it is for' }, value: { text: `Care leavers aged ${proposal.minAge} to ${proposal.maxAge}` } },
    { key: { text: 'What it is about' }, value: { text: CATEGORY_WORDS[proposal.category] ?? proposal.category } },
    { key: { text: 'Who gives it' }, value: { text: partners ? `${delivery}: ${partners}.` : delivery } },
    { key: { text: 'Written by' }, value: { text: proposal.house.name } },
  ];
}

/** The proposal's way so far, newest first, for the MoJ timeline. */
export function timeline(proposal: Proposal, consultation: CiccConsultationFragment | null): { label: { text: string }; text: string; datetime: { timestamp: string; type: string } }[] {
  const items = proposal.transitions.map((t) => ({
    label: { text: t.fromStatus ? statusWords(t.toStatus) : 'Written by the House' },
    // People write the reasons for decisions; the service writes those for drafting and consulting.
    text: t.fromStatus && DECIDED.has(t.toStatus) ? t.reason : (STEP_DONE[t.toStatus] ?? ''),
    datetime: { timestamp: t.at, type: 'date' },
  }));
  if (!proposal.transitions.length) items.push({ label: { text: 'Written by the House' }, text: STEP_DONE.DRAFT ?? '', datetime: { timestamp: proposal.createdAt, type: 'date' } });
  if (consultation?.closedAt) {
    items.push({ label: { text: 'Voting closed' }, text: consultation.outcomeSummary ?? 'CiCC members can no longer vote.', datetime: { timestamp: consultation.closedAt, type: 'date' } });
  }
  return items.sort((a, b) => Date.parse(b.datetime.timestamp) - Date.parse(a.datetime.timestamp));
}

export function nextStep(status: ProposalStatus): string {
  return NEXT_STEP[status] ?? '';
}

/** The CiCC's vote on the proposal, as the page shows it. */
export interface VoteView {
  open: boolean;
  scheduled: boolean;
  closesIn: string;
  closesOn: string;
  opensOn: string;
  myChoice: string | null;
  myChoiceAt: string | null;
  results: { text: string; count: number; percent: number }[] | null;
  total: number;
  whyNoResults: string | null;
}

export function voteView(consultation: CiccConsultationFragment | null, now: Date = new Date()): VoteView | null {
  if (!consultation || !consultation.takesVotes) return null;
  const tally = consultation.tally;
  const results = tally
    ? VOTE_CHOICES.map((c) => {
        const count = c.value === 'SUPPORT' ? tally.support : c.value === 'OPPOSE' ? tally.oppose : tally.abstain;
        return { text: c.text, count, percent: tally.total ? Math.round((count / tally.total) * 100) : 0 };
      })
    : null;
  return {
    open: consultation.state === 'OPEN',
    scheduled: consultation.state === 'SCHEDULED',
    closesIn: closesIn(consultation.closesAt, now),
    closesOn: `${londonTime(consultation.closesAt)} on ${longDate(consultation.closesAt)}`,
    opensOn: longDate(consultation.opensAt),
    myChoice: consultation.myVote ? choiceText(consultation.myVote.choice) : null,
    myChoiceAt: consultation.myVote?.updatedAt ?? null,
    results,
    total: tally?.total ?? 0,
    whyNoResults: tally ? null : (consultation.tallyHidden?.message ?? 'The results are not shown yet.'),
  };
}

/** The CiCC's consultation on the proposal: the open one, else the latest. */
export function ciccConsultation(data: Pick<ProposalPageQuery, 'consultations'>): CiccConsultationFragment | null {
  const all = data.consultations.edges.map((e) => e.node);
  return all.find((c) => c.state === 'OPEN') ?? all[0] ?? null;
}

export type ThreadComment = ShownCommentFragment & { replies?: ShownCommentFragment[] };

/** What the viewer may do with a comment, as the API's viewerCan says; replies are threaded one level deep. */
export interface CommentActions {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  report: boolean;
}

export type CommentWithActions = ShownCommentFragment & { actions: CommentActions; replies: CommentWithActions[] };

export function withActions(comment: ThreadComment, topLevel: boolean): CommentWithActions {
  const actions: CommentActions = {
    reply: topLevel && comment.viewerCan.reply,
    edit: comment.viewerCan.edit,
    delete: comment.viewerCan.delete,
    report: comment.viewerCan.report,
  };
  return { ...comment, actions, replies: (comment.replies ?? []).map((r) => withActions(r, false)) };
}

/**
 * The open consultations on the proposal the person may answer (the API's viewerCan), each with
 * when it closes and whether every party they answer for (or they themself) has answered.
 */
export function consultationsToAnswer(open: readonly ConsultationToAnswerFragment[]): { id: string; title: string | null; closesIn: string; answered: boolean }[] {
  return open
    .filter((c) => c.viewerCan.respond && c.viewerRespondsFor.length > 0)
    .map((c) => ({ id: c.id, title: c.title ?? null, closesIn: closesIn(c.closesAt), answered: c.viewerRespondsFor.every((r) => !!r.response) }));
}
