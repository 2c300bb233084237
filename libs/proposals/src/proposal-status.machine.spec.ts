import { allowedTransitions, checkTransition, PROPOSAL_TRANSITIONS, TransitionRoute } from './proposal-status.machine';
import { ProposalStatus } from './proposal.entity';

const S = ProposalStatus;
const R = TransitionRoute;
const STATUSES = Object.values(ProposalStatus);
const ROUTES = Object.values(TransitionRoute);

/**
 * The expected table, written out independently of PROPOSAL_TRANSITIONS: "from>to" → routes.
 * Every triple not listed here must be refused.
 */
const LEGAL: Record<string, TransitionRoute[]> = {
  'DRAFT>IN_CONSULTATION': [R.HOUSE],
  'DRAFT>WITHDRAWN': [R.HOUSE],
  'IN_CONSULTATION>RECOMMENDED': [R.HOUSE],
  'IN_CONSULTATION>DRAFT': [R.HOUSE],
  'IN_CONSULTATION>DECLINED': [R.HOUSE],
  'IN_CONSULTATION>WITHDRAWN': [R.HOUSE],
  'RECOMMENDED>ENDORSED': [R.BOARD_DECISION],
  'RECOMMENDED>DRAFT': [R.HOUSE, R.BOARD_DECISION],
  'RECOMMENDED>DECLINED': [R.BOARD_DECISION],
  'RECOMMENDED>WITHDRAWN': [R.HOUSE],
  'ENDORSED>ADOPTED': [R.BOARD_DECISION],
  'ENDORSED>DECLINED': [R.BOARD_DECISION],
  'ENDORSED>WITHDRAWN': [R.HOUSE, R.BOARD_DECISION],
  'ADOPTED>WITHDRAWN': [R.BOARD_DECISION],
};

const triples = STATUSES.flatMap((from) => STATUSES.flatMap((to) => ROUTES.map((route) => [from, to, route] as const)));

describe('proposal status machine', () => {
  it('covers 7 statuses × 7 statuses × 2 routes', () => {
    expect(triples).toHaveLength(98);
  });

  it.each(triples)('%s → %s by %s is legal exactly when the table says so', (from, to, route) => {
    const expected = (LEGAL[`${from}>${to}`] ?? []).includes(route);
    const tableSays = (PROPOSAL_TRANSITIONS[from][to] ?? []).includes(route);
    expect(tableSays).toBe(expected);
    const check = checkTransition(from, to, route);
    expect(check.ok).toBe(expected);
    if (!check.ok) {
      if (LEGAL[`${from}>${to}`]) {
        expect(check).toEqual({ ok: false, reason: 'WRONG_ROUTE', routes: LEGAL[`${from}>${to}`] });
      } else {
        expect(check).toEqual({ ok: false, reason: 'ILLEGAL', allowed: allowedTransitions(from) });
      }
    }
  });

  it('lets only a Trust Board decision endorse or adopt', () => {
    for (const from of STATUSES) {
      expect(checkTransition(from, S.ENDORSED, R.HOUSE).ok).toBe(false);
      expect(checkTransition(from, S.ADOPTED, R.HOUSE).ok).toBe(false);
    }
    expect(checkTransition(S.RECOMMENDED, S.ENDORSED, R.BOARD_DECISION).ok).toBe(true);
    expect(checkTransition(S.IN_CONSULTATION, S.ENDORSED, R.BOARD_DECISION).ok).toBe(false);
  });

  it('treats DECLINED and WITHDRAWN as final', () => {
    for (const final of [S.DECLINED, S.WITHDRAWN]) {
      expect(allowedTransitions(final)).toEqual([]);
      for (const to of STATUSES) for (const route of ROUTES) expect(checkTransition(final, to, route).ok).toBe(false);
    }
  });

  it('reaches RECOMMENDED only from IN_CONSULTATION, by the House', () => {
    const into = triples.filter(([from, to, route]) => to === S.RECOMMENDED && checkTransition(from, to, route).ok);
    expect(into).toEqual([[S.IN_CONSULTATION, S.RECOMMENDED, R.HOUSE]]);
  });

  it('never moves a proposal to the status it already has', () => {
    for (const s of STATUSES) expect(allowedTransitions(s)).not.toContain(s);
  });

  it('names the allowed moves when refusing an illegal one', () => {
    expect(checkTransition(S.DRAFT, S.ENDORSED, R.BOARD_DECISION)).toEqual({ ok: false, reason: 'ILLEGAL', allowed: [S.IN_CONSULTATION, S.WITHDRAWN] });
  });
});
