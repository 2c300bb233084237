import { ProposalStatus } from './proposal.entity';

/**
 * How a status change is made. The House moves its own proposals up to RECOMMENDED; only a
 * recorded Trust Board decision endorses, adopts, or declines a recommended/endorsed proposal.
 */
export enum TransitionRoute {
  /** A House co-chair acting for the House. */
  HOUSE = 'HOUSE',
  /** A recorded decision of the Trust Board. */
  BOARD_DECISION = 'BOARD_DECISION',
}

const S = ProposalStatus;
const R = TransitionRoute;

/** Every legal move, with the route(s) that may make it. Anything not listed is illegal. */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, Partial<Record<ProposalStatus, readonly TransitionRoute[]>>>> = {
  [S.DRAFT]: { [S.IN_CONSULTATION]: [R.HOUSE], [S.WITHDRAWN]: [R.HOUSE] },
  [S.IN_CONSULTATION]: { [S.RECOMMENDED]: [R.HOUSE], [S.DRAFT]: [R.HOUSE], [S.DECLINED]: [R.HOUSE], [S.WITHDRAWN]: [R.HOUSE] },
  [S.RECOMMENDED]: { [S.ENDORSED]: [R.BOARD_DECISION], [S.DRAFT]: [R.HOUSE, R.BOARD_DECISION], [S.DECLINED]: [R.BOARD_DECISION], [S.WITHDRAWN]: [R.HOUSE] },
  [S.ENDORSED]: { [S.ADOPTED]: [R.BOARD_DECISION], [S.DECLINED]: [R.BOARD_DECISION], [S.WITHDRAWN]: [R.HOUSE, R.BOARD_DECISION] },
  [S.ADOPTED]: { [S.WITHDRAWN]: [R.BOARD_DECISION] },
  [S.DECLINED]: {},
  [S.WITHDRAWN]: {},
};

/**
 * The statuses a House's co-chairs move its proposals to themselves (transitionProposal). The
 * others are reached otherwise: RECOMMENDED by both co-chairs signing off, ENDORSED and ADOPTED
 * (and a decline or return after recommendation) by a recorded Trust Board decision.
 */
export enum HouseMove {
  IN_CONSULTATION = 'IN_CONSULTATION',
  DRAFT = 'DRAFT',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Statuses that move a House's work forward, and so need both co-chairs seated. */
export const FORWARD_HOUSE_MOVES: readonly ProposalStatus[] = [S.IN_CONSULTATION, S.RECOMMENDED];

/** Statuses in which agreement is sought from each party. */
export const AGREEMENT_STATUSES: readonly ProposalStatus[] = [S.ENDORSED, S.ADOPTED];

export function allowedTransitions(from: ProposalStatus): ProposalStatus[] {
  return Object.keys(PROPOSAL_TRANSITIONS[from]) as ProposalStatus[];
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; reason: 'ILLEGAL'; allowed: ProposalStatus[] }
  | { ok: false; reason: 'WRONG_ROUTE'; routes: readonly TransitionRoute[] };

/** Pure check of one move by one route. */
export function checkTransition(from: ProposalStatus, to: ProposalStatus, route: TransitionRoute): TransitionCheck {
  const routes = PROPOSAL_TRANSITIONS[from][to];
  if (!routes) return { ok: false, reason: 'ILLEGAL', allowed: allowedTransitions(from) };
  if (!routes.includes(route)) return { ok: false, reason: 'WRONG_ROUTE', routes };
  return { ok: true };
}
