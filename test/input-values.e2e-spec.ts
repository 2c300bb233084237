import { Role } from '@app/access';
import { bodyByCode, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const CREATE_PROPOSAL = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id title } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body } } }`;
const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id startsAt } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('every value an operation is given is checked by its type, with the field named', () => {
  let t: TestApp;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  let housingId: string;
  let admin: string;
  let boardChair: string;
  let trustBoardId: string;
  const proposalInput = () => ({ houseId: housingId, title: 'Rent deposits', summary: 'A deposit scheme.', category: 'HOUSING', deliveryModel: 'EACH_LA' });

  beforeAll(async () => {
    t = await startTestApp();
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    housingId = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
    trustBoardId = (await bodyByCode(t.dataSource, 'TRUST_BOARD')).id;
    admin = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    boardChair = (await createPerson(t.dataSource)).id;
    await t.ok(`mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`, {
      input: { personId: boardChair, bodyId: trustBoardId, role: 'CHAIR' },
    }, { as: admin });
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

  describe('text', () => {
    it('refuses a NUL byte in a proposal title with BAD_USER_INPUT naming the field, where it used to fail inside', async () => {
      const before = await count(`SELECT count(*) AS n FROM proposal`);
      const error = await t.fails(CREATE_PROPOSAL, { input: { ...proposalInput(), title: 'Rent\u0000deposits' } }, { as: chairs.sectorLead.id });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_TEXT', field: 'title' });
      expect(error.message).toBe('title contains a NUL character (U+0000), which text here cannot hold; remove it (line breaks and tabs are fine).');
      expect(await count(`SELECT count(*) AS n FROM proposal`)).toBe(before);
    });

    it('refuses control characters and bidirectional overrides in a comment, and keeps line breaks and tabs', async () => {
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING');
      for (const [char, shown] of [
        ['\u202E', 'an invisible text-direction control (U+202E)'],
        ['\u2066', 'an invisible text-direction control (U+2066)'],
        ['\u001B', 'a control character (U+001B)'],
        ['\u0085', 'a control character (U+0085)'],
      ]) {
        const error = await t.fails(ADD_COMMENT, { input: { proposalId: proposal.id, body: `Looks fine ${char}txt.exe` } }, { as: chairs.youngPerson.id });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_TEXT', field: 'body' });
        expect(error.message).toContain(shown);
      }
      expect(await count(`SELECT count(*) AS n FROM comment WHERE proposal_id = $1`, [proposal.id])).toBe(0);
      const multiLine = 'First line.\r\nSecond line,\tindented.\n\nThird.';
      const ok = await t.ok(ADD_COMMENT, { input: { proposalId: proposal.id, body: multiLine } }, { as: chairs.youngPerson.id });
      expect(ok.addComment.comment.body).toBe(multiLine);
    });

    it('names the place in nested inputs and in lists of strings', async () => {
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING');
      const questions = [
        { kind: 'YES_NO', prompt: 'Would it help?' },
        { kind: 'SINGLE_CHOICE', prompt: 'Which?', options: ['Deposit', 'Guarantee\u202Ereversed'] },
      ];
      const nested = await t.fails(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt: inDays(7), questions } }, { as: chairs.youngPerson.id });
      expect(nested.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_TEXT', field: 'questions.1.options.1' });
      expect(await count(`SELECT count(*) AS n FROM consultation WHERE proposal_id = $1`, [proposal.id])).toBe(0);

      const links = await t.fails(CREATE_PROPOSAL, { input: { ...proposalInput(), evidenceLinks: ['https://example.org/a', 'https://example.org/\u0007b'] } }, { as: chairs.sectorLead.id });
      expect(links.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceLinks.1' });
    });

    it('checks values written in the document as well as variables, and the arguments of queries', async () => {
      const literal = await t.fails(`mutation { createProposal(input: { houseId: "${housingId}", title: "A\\u202Eb", summary: "s", category: HOUSING, deliveryModel: EACH_LA }) { proposal { id } } }`, {}, { as: chairs.sectorLead.id });
      expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_TEXT', field: 'title' });
      const search = await t.fails(`query($filter: PeopleFilterInput) { people(filter: $filter) { totalCount } }`, { filter: { search: 'Sam\u0000' } }, { as: admin });
      expect(search.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    });
  });

  describe('ids', () => {
    it('names the argument of a malformed id, in queries and mutations, nested or in lists', async () => {
      const query = await t.fails(`query($id: ID!) { proposal(id: $id) { id } }`, { id: 'nope' }, { as: admin });
      expect(query.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_ID', field: 'id' });
      expect(query.message).toBe('id must be an id as this API gives them, a UUID like 3f2b8c1e-6a4d-4e0b-9c57-2d1f0a8e4b6c; "nope" is not one.');
      const literal = await t.fails(`{ proposal(id: 42) { id } }`, {}, { as: admin });
      expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

      const comment = await t.fails(ADD_COMMENT, { input: { proposalId: '1234', body: 'Hello' } }, { as: chairs.youngPerson.id });
      expect(comment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_ID', field: 'proposalId' });
      const partners = await t.fails(CREATE_PROPOSAL, { input: { ...proposalInput(), partnerIds: ['9d4e2f1a-0b3c-4d5e-8f60-718293a4b5c6', 'tfl'] } }, { as: chairs.sectorLead.id });
      expect(partners.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerIds.1' });
      const nestedField = await t.fails(`query($id: ID!) { person(id: "${admin}") { id } proposal(id: $id) { id } }`, { id: 'x' }, { as: admin });
      expect(nestedField).toMatchObject({ path: ['proposal'], extensions: { field: 'id' } });
    });
  });

  describe('date-times', () => {
    it('refuses an impossible date instead of moving it to another day, and nothing is stored', async () => {
      const before = await count(`SELECT count(*) AS n FROM meeting`);
      const error = await t.fails(SCHEDULE, { input: { bodyId: trustBoardId, title: 'Board', startsAt: '2026-02-30T10:00:00Z' } }, { as: boardChair });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_DATE_TIME', field: 'startsAt' });
      expect(error.message).toBe(
        'startsAt must be a real date and time in ISO 8601, with its offset from UTC, like 2026-03-02T10:00:00Z; "2026-02-30T10:00:00Z" is not one.',
      );
      expect(await count(`SELECT count(*) AS n FROM meeting`)).toBe(before);
    });

    it('says what is expected for words, times without an offset and impossible hours, as variables or written in the document', async () => {
      for (const startsAt of ['yesterday', '2026-03-02T10:00:00', '2026-03-02T24:30:00Z', '2025-02-29T09:00:00Z']) {
        const error = await t.fails(SCHEDULE, { input: { bodyId: trustBoardId, title: 'Board', startsAt } }, { as: boardChair });
        expect({ startsAt, ext: error.extensions }).toMatchObject({ startsAt, ext: { code: 'BAD_USER_INPUT', field: 'startsAt' } });
        expect(error.message).toContain('must be a real date and time in ISO 8601');
      }
      const literal = await t.fails(`mutation { scheduleMeeting(input: { bodyId: "${trustBoardId}", title: "Board", startsAt: "yesterday" }) { meeting { id } } }`, {}, { as: boardChair });
      expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_DATE_TIME', field: 'startsAt' });
      const consultation = await t.fails(OPEN, { input: { houseId: housingId, title: 'Survey', audience: 'LOCAL_AUTHORITIES', closesAt: '2026-04-31T12:00:00+01:00' } }, { as: chairs.youngPerson.id });
      expect(consultation.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
      const filter = await t.fails(`query($filter: AuditEventsFilterInput) { auditEvents(filter: $filter) { totalCount } }`, { filter: { from: 'last week' } }, { as: admin });
      expect(filter.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    });

    it('accepts real date-times with any offset, and sends them back at UTC', async () => {
      const ok = await t.ok(SCHEDULE, { input: { bodyId: trustBoardId, title: 'Board', startsAt: '2028-02-29T10:00:00+01:00' } }, { as: boardChair });
      expect(ok.scheduleMeeting.meeting.startsAt).toBe('2028-02-29T09:00:00.000Z');
    });
  });

  describe('dates', () => {
    const LOOKUP = `query($on: Date) { entitlements(responsibleAuthority: "lam", residentAuthority: "lam", age: 20, on: $on) { on } }`;

    it('refuses a date that is not a real one written YYYY-MM-DD, as a variable or in the document, naming the field', async () => {
      for (const on of ['2026-02-30', '2026-3-2', '2026-03-02T10:00:00Z', 'today']) {
        const error = await t.fails(LOOKUP, { on });
        expect({ on, ext: error.extensions }).toMatchObject({ on, ext: { code: 'BAD_USER_INPUT', reason: 'BAD_DATE', field: 'on' } });
        expect(error.message).toBe(`on must be a real date written YYYY-MM-DD, like 2026-03-02; ${JSON.stringify(on)} is not one.`);
      }
      const literal = await t.fails(`{ entitlements(responsibleAuthority: "lam", residentAuthority: "lam", age: 20, on: "2025-02-29") { on } }`);
      expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_DATE', field: 'on' });
    });

    it('refuses a date where a string is asked for by type, so clients say what they send', async () => {
      const error = await t.fails(`query($on: String) { entitlements(responsibleAuthority: "lam", residentAuthority: "lam", age: 20, on: $on) { on } }`, { on: '2026-03-02' });
      expect(error.message).toContain('Variable "$on" of type "String" used in position expecting type "Date"');
    });
  });
});
