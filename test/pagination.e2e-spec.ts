import { PersonEntity } from '@app/governance';
import { addMembership, createComment, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';

const COMMENTS = `
  query($proposalId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    proposalComments(proposalId: $proposalId, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id body } }
    }
  }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { comment { id hidden } } }`;

interface PageResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; body: string } }[];
}

describe('Lists page by keyset cursors', () => {
  let t: TestApp;
  let member: PersonEntity;
  let moderator: PersonEntity;

  beforeAll(async () => {
    t = await startTestApp();
    member = await createPerson(t.dataSource, { displayName: 'Pager' });
    await addMembership(t.dataSource, member.id, 'HOUSE_HOUSING');
    ({ youngPerson: moderator } = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING'));
  });
  afterAll(async () => {
    await t.close();
  });

  const page = async (proposalId: string, args: Record<string, unknown>): Promise<PageResult> =>
    (await t.ok<{ proposalComments: PageResult }>(COMMENTS, { proposalId, ...args }, { as: member.id })).proposalComments;
  const bodies = (p: PageResult) => p.edges.map((e) => e.node.body);
  const add = async (proposalId: string, body: string): Promise<string> =>
    (await t.ok<{ addComment: { comment: { id: string } } }>(ADD, { input: { proposalId, body } }, { as: member.id })).addComment.comment.id;
  const hide = (commentId: string) => t.ok(HIDE, { input: { commentId, reason: 'Off topic for this proposal' } }, { as: moderator.id });

  it('counts the whole list only when totalCount is asked for', async () => {
    const proposal = await createProposal(t.dataSource);
    for (const body of ['one', 'two', 'three']) await add(proposal.id, body);
    const withCount = `query($id: ID!) { proposalComments(proposalId: $id, first: 2) { totalCount edges { node { id } } } }`;
    const withoutCount = `query($id: ID!) { proposalComments(proposalId: $id, first: 2) { edges { node { id } } } }`;
    const statements = async (query: string) => {
      const before = t.statementCount();
      const data = await t.ok<{ proposalComments: { totalCount?: number; edges: unknown[] } }>(query, { id: proposal.id }, { as: member.id });
      return { data: data.proposalComments, statements: t.statementCount() - before };
    };
    await statements(withoutCount); // the session and the proposal are read the same way in both
    const counted = await statements(withCount);
    const uncounted = await statements(withoutCount);
    expect(counted.data).toMatchObject({ totalCount: 3 });
    expect(counted.data.edges).toHaveLength(2);
    expect(uncounted.data.edges).toHaveLength(2);
    expect(counted.statements - uncounted.statements).toBe(1);
  });

  it('neither skips nor repeats items when items are added or removed between page fetches', async () => {
    const proposal = await createProposal(t.dataSource);
    const ids: Record<string, string> = {};
    for (const body of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']) ids[body] = await add(proposal.id, body);

    const first = await page(proposal.id, { first: 2 });
    expect(bodies(first)).toEqual(['c1', 'c2']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(6);

    // Two items already seen disappear from the list, one not yet seen too, and one is added at the end.
    await hide(ids.c1);
    await hide(ids.c2);
    await hide(ids.c3);
    await add(proposal.id, 'c7');

    // An offset would now start at c6 and skip c4 and c5; the cursor names c2's place in the order.
    const second = await page(proposal.id, { first: 2, after: first.pageInfo.endCursor });
    expect(bodies(second)).toEqual(['c4', 'c5']);
    expect(second.totalCount).toBe(4);
    expect(second.pageInfo.hasNextPage).toBe(true);

    await add(proposal.id, 'c8');
    const third = await page(proposal.id, { first: 2, after: second.pageInfo.endCursor });
    expect(bodies(third)).toEqual(['c6', 'c7']);
    expect(third.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const fourth = await page(proposal.id, { first: 2, after: third.pageInfo.endCursor });
    expect(bodies(fourth)).toEqual(['c8']);
    expect(fourth.pageInfo.hasNextPage).toBe(false);
  });

  it('breaks ties in the sort key by id, so items created at the same moment page in a stable order', async () => {
    const proposal = await createProposal(t.dataSource);
    const createdAt = new Date('2026-03-01T10:00:00Z');
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createComment(t.dataSource, proposal.id, member.id, { body: `tie ${i}`, createdAt }));
    const expected = made.map((c) => c.id).sort();

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const p: PageResult = await page(proposal.id, { first: 2, after });
      seen.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('walks backwards with last and before', async () => {
    const proposal = await createProposal(t.dataSource);
    for (const body of ['b1', 'b2', 'b3', 'b4', 'b5']) await add(proposal.id, body);

    const end = await page(proposal.id, { last: 2 });
    expect(bodies(end)).toEqual(['b4', 'b5']);
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

    const middle = await page(proposal.id, { last: 2, before: end.pageInfo.startCursor });
    expect(bodies(middle)).toEqual(['b2', 'b3']);
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const start = await page(proposal.id, { last: 2, before: middle.pageInfo.startCursor });
    expect(bodies(start)).toEqual(['b1']);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    // A window bounded on both sides.
    const between = await page(proposal.id, { first: 10, after: start.edges[0].cursor, before: end.edges[0].cursor });
    expect(bodies(between)).toEqual(['b2', 'b3']);
    // Forwards again from a page reached backwards.
    const forward = await page(proposal.id, { first: 3, after: middle.pageInfo.endCursor });
    expect(bodies(forward)).toEqual(['b4', 'b5']);
  });

  it('refuses a cursor it did not give out, and first together with last, as BAD_USER_INPUT', async () => {
    const proposal = await createProposal(t.dataSource);
    await add(proposal.id, 'only');
    const offsetCursor = Buffer.from('o:3', 'utf8').toString('base64url');
    for (const args of [{ after: 'not-a-cursor' }, { after: offsetCursor }, { before: Buffer.from('["k1","x"]').toString('base64url') }]) {
      const error = await t.fails(COMMENTS, { proposalId: proposal.id, ...args }, { as: member.id });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR' });
    }
    const both = await t.fails(COMMENTS, { proposalId: proposal.id, first: 1, last: 1 }, { as: member.id });
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
