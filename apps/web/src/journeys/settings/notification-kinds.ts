import type { NotificationDelivery, NotificationKind } from '../../api/generated/graphql';

/** The ways to hear about things, as the settings pages offer them. */
export const DELIVERIES: { value: NotificationDelivery; text: string; hint: string }[] = [
  { value: 'EMAIL_NOW', text: 'Email me straight away', hint: 'You get an email each time.' },
  { value: 'WEEKLY_DIGEST', text: 'Put it in a weekly email', hint: 'One email a week with everything in it.' },
  { value: 'IN_APP_ONLY', text: 'Only show it here', hint: 'No email. You see it in “What needs you” when you sign in.' },
];

export function deliveryText(delivery: NotificationDelivery): string {
  return DELIVERIES.find((d) => d.value === delivery)?.text ?? delivery;
}

/**
 * Kinds of message in plain words. Those about taking part come first; those for co-chairs,
 * officers and directors after them. Whether each can be changed is the API's `changeable`.
 */
export const KIND_WORDS: Partial<Record<NotificationKind, { text: string; forMembers: boolean }>> = {
  CONSULTATION_OPENED: { text: 'A new vote or question for you', forMembers: true },
  CONSULTATION_CLOSING: { text: 'A vote is about to close', forMembers: true },
  CONSULTATION_CLOSED: { text: 'A vote has closed', forMembers: true },
  YOU_SAID_WE_DID: { text: 'What happened to something you took part in', forMembers: true },
  COMMENT_REPLY: { text: 'Someone replied to your comment', forMembers: true },
  PROPOSAL_STATUS_CHANGED: { text: 'An idea moved on a step', forMembers: true },
  SAFEGUARDING_UPDATE: { text: 'News about a worry you told us about', forMembers: true },
  WEEKLY_DIGEST: { text: 'The weekly email itself', forMembers: true },
  MEETING_UPCOMING: { text: 'A meeting is coming up', forMembers: false },
  ACTION_ITEM_DUE: { text: 'Something you agreed to do is due', forMembers: false },
  CONSULTATION_STALLED: { text: 'A consultation has few answers', forMembers: false },
  SAFEGUARDING_CONCERN: { text: 'A worry about someone’s safety for a safeguarding lead', forMembers: false },
  AGREEMENT_REQUESTED: { text: 'An offer needs your organisation’s answer', forMembers: false },
  AGREEMENT_STATUS_CHANGED: { text: 'Where an organisation stands on an offer changed', forMembers: false },
  AGREEMENT_STATUS_STALE: { text: 'An organisation’s answer needs checking', forMembers: false },
  OFFER_REVISED: { text: 'An offer’s wording changed', forMembers: false },
};

/** A kind's words, or null for a kind the settings do not list. */
export function kindWords(kind: string): { text: string; forMembers: boolean } | null {
  return KIND_WORDS[kind as NotificationKind] ?? null;
}
