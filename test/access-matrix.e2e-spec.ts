import { ProgrammeCalendar } from '@app/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { getNamedType, GraphQLInputObjectType, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { Role } from '@app/access';
import { QuestionKind } from '@app/consultations';
import { MembershipRole } from '@app/governance';
import {
  addMembership,
  agreementsByPartyCode,
  authorityByShortCode,
  createCiccMember,
  createConsultation,
  createEndorsedAuthorityOffers,
  createPerson,
  createProposal,
  createRepresentative,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { AccessOperations, describeRule } from '../apps/api/src/access/access-operations';
import { AccessRule } from '../apps/api/src/access/access.decorators';
import { grantRoleDirectly } from './support/access-fixtures';
import { download, rowsOf } from './support/downloads';

/** A value that GraphQL accepts for a type (required fields only); the services then refuse it as they see fit. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) return sampleObject(type);
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date(Date.now() + 86_400_000).toISOString();
      case 'Date':
        return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      default:
        return 'x';
    }
  }
  return null;
}

function sampleObject(type: GraphQLInputObjectType): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = sample(field.type);
  }
  return out;
}

function mutationDocument(schema: GraphQLSchema, name: string): { query: string; variables: Record<string, unknown> } {
  const field = schema.getMutationType()!.getFields()[name];
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const vars = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type)]));
  const selection = getNamedType(field.type).name.startsWith('Boolean') ? '' : ' { __typename }';
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `mutation${defs.length ? `(${defs.join(', ')})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`, variables: vars };
}

/** One person for each role (and one with none), from memberships and grants as in real life. */
async function createPersonas(ds: DataSource): Promise<Record<string, { id: string; roles: Role[] }>> {
  const admin = await createPerson(ds, { displayName: 'Admin' });
  await grantRoleDirectly(ds, admin.id, Role.PROGRAMME_ADMIN);
  const board = await createPerson(ds, { displayName: 'Board member' });
  await addMembership(ds, board.id, 'TRUST_BOARD', MembershipRole.MEMBER);
  const housing = await seatCoChairs(ds, 'HOUSE_HOUSING');
  const health = await seatCoChairs(ds, 'HOUSE_HEALTH');
  const housingMember = await createPerson(ds, { displayName: 'Housing member' });
  await addMembership(ds, housingMember.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
  const cicc = await createCiccMember(ds, { displayName: 'CiCC member' });
  const lambeth = await createRepresentative(ds, { authority: 'lam' });
  const tfl = await createRepresentative(ds, { organisation: 'GLA_TFL' });
  const aldcs = await createPerson(ds, { displayName: 'ALDCS' });
  await grantRoleDirectly(ds, aldcs.id, Role.ALDCS_VIEWER);
  const lead = await createPerson(ds, { displayName: 'Safeguarding lead' });
  await grantRoleDirectly(ds, lead.id, Role.SAFEGUARDING_LEAD);
  const plain = await createPerson(ds, { displayName: 'No role' });
  return {
    PROGRAMME_ADMIN: { id: admin.id, roles: [Role.PROGRAMME_ADMIN] },
    TRUST_BOARD_MEMBER: { id: board.id, roles: [Role.TRUST_BOARD_MEMBER] },
    HOUSE_CO_CHAIR_SECTOR_LEAD: { id: housing.sectorLead.id, roles: [Role.HOUSE_CO_CHAIR, Role.HOUSE_MEMBER] },
    HOUSE_CO_CHAIR_YOUNG_PERSON: { id: housing.youngPerson.id, roles: [Role.HOUSE_CO_CHAIR, Role.HOUSE_MEMBER, Role.CICC_MEMBER] },
    HEALTH_CO_CHAIR: { id: health.sectorLead.id, roles: [Role.HOUSE_CO_CHAIR, Role.HOUSE_MEMBER] },
    HOUSE_MEMBER: { id: housingMember.id, roles: [Role.HOUSE_MEMBER] },
    CICC_MEMBER: { id: cicc.id, roles: [Role.CICC_MEMBER] },
    LA_OFFICER: { id: lambeth.id, roles: [Role.LA_OFFICER] },
    PARTNER_OFFICER: { id: tfl.id, roles: [Role.PARTNER_OFFICER] },
    ALDCS_VIEWER: { id: aldcs.id, roles: [Role.ALDCS_VIEWER] },
    SAFEGUARDING_LEAD: { id: lead.id, roles: [Role.SAFEGUARDING_LEAD] },
    NO_ROLE: { id: plain.id, roles: [] },
  };
}

/** Whether an error is the deny-by-default guard speaking (rather than a service deciding). */
const refusedByGuard = (e: { extensions?: Record<string, any> }) => e.extensions?.code === 'FORBIDDEN' && Array.isArray(e.extensions?.details?.roles);

describe('authorization matrix: every mutation as every role, and as nobody', () => {
  let t: TestApp;
  let rules: Map<string, AccessRule | null>;
  const personas: Record<string, { id: string; roles: Role[] }> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    rules = new Map(t.app.get(AccessOperations).list().filter((op) => op.type === 'Mutation').map((op) => [op.name, op.rule]));

    Object.assign(personas, await createPersonas(ds));
  });
  afterAll(() => t.close());

  it('derives each persona’s roles from their memberships and grants (myRoles)', async () => {
    for (const [name, persona] of Object.entries(personas)) {
      const data = await t.ok(`{ myRoles { role source } }`, {}, { as: persona.id });
      const held = [...new Set((data.myRoles as { role: Role }[]).map((r) => r.role))].sort();
      expect({ name, held }).toEqual({ name, held: [...persona.roles].sort() });
    }
  });

  it('lets through exactly the callers each mutation’s rule names; refuses the rest with FORBIDDEN, and nobody with UNAUTHENTICATED', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    // Some mutations really act on the caller when allowed (leaving the CiCC, ending their sessions), so they run last.
    const last = ['leaveCicc', 'signOut', 'signOutEverywhere'];
    const names = [...rules.keys()].sort((a, b) => last.indexOf(a) - last.indexOf(b) || a.localeCompare(b));
    const mismatches: string[] = [];
    for (const name of names) {
      const rule = rules.get(name) ?? null;
      const { query, variables } = mutationDocument(schema, name);
      const anonymous = await t.gql(query, variables);
      const anonymousRefused = anonymous.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;
      if (rule?.kind !== 'PUBLIC' && !anonymousRefused) mismatches.push(`${name} as nobody: expected UNAUTHENTICATED, got ${JSON.stringify(anonymous.errors ?? anonymous.data)}`);
      if (rule?.kind === 'PUBLIC' && (anonymous.errors ?? []).some((e) => refusedByGuard(e) || e.extensions?.code === 'UNAUTHENTICATED')) {
        mismatches.push(`${name} is public but refused nobody`);
      }
      for (const [persona, { id, roles }] of Object.entries(personas)) {
        const res = await t.gql(query, variables, { as: id });
        const guarded = (res.errors ?? []).some(refusedByGuard);
        const allowed = rule !== null && (rule.kind !== 'ANY_ROLE' || rule.roles.some((r) => roles.includes(r)));
        if (allowed === guarded) mismatches.push(`${name} as ${persona}: rule ${describeRule(rule)}, refused by the guard: ${guarded} ${JSON.stringify(res.errors?.[0]?.extensions ?? res.data)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the sideways cases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status version } } }`;

  it("a Lambeth officer cannot set Croydon's status, but can set Lambeth's; a Croydon grant works like a membership", async () => {
    const [offer] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_HOUSING');
    const agreements = await agreementsByPartyCode(t.dataSource, offer);
    const lambeth = await createRepresentative(t.dataSource, { authority: 'lam' });

    const sideways = await t.fails(SET, { input: { agreementId: agreements.crd.id, expectedVersion: agreements.crd.version, status: 'IN_DISCUSSION' } }, { as: lambeth.id });
    expect(sideways.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_REPRESENTATIVE' });
    expect(sideways.message).toContain('Croydon');
    const [{ status }] = await t.dataSource.query(`SELECT status FROM agreement_status WHERE id = $1`, [agreements.crd.id]);
    expect(status).toBe('NOT_STARTED');

    const own = await t.ok(SET, { input: { agreementId: agreements.lam.id, expectedVersion: agreements.lam.version, status: 'IN_DISCUSSION' } }, { as: lambeth.id });
    expect(own.setAgreementStatus.agreement.status).toBe('IN_DISCUSSION');

    const granted = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, granted.id, Role.LA_OFFICER, { authority: (await authorityByShortCode(t.dataSource, 'crd')).id });
    const byGrant = await t.ok(SET, { input: { agreementId: agreements.crd.id, expectedVersion: agreements.crd.version, status: 'IN_DISCUSSION' } }, { as: granted.id });
    expect(byGrant.setAgreementStatus.agreement.status).toBe('IN_DISCUSSION');
  });

  it('a CiCC young person recorded with their home LA is no officer of it', async () => {
    const [offer] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_FINANCE');
    const agreements = await agreementsByPartyCode(t.dataSource, offer);
    const young = await createPerson(t.dataSource, { careExperienced: true });
    await addMembership(t.dataSource, young.id, 'CICC', MembershipRole.MEMBER, { representsAuthorityId: (await authorityByShortCode(t.dataSource, 'lam')).id });
    const error = await t.fails(SET, { input: { agreementId: agreements.lam.id, expectedVersion: agreements.lam.version, status: 'IN_DISCUSSION' } }, { as: young.id });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it("a Housing co-chair cannot edit a Health proposal; the Health House's co-chair can", async () => {
    const housing = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    const health = await seatCoChairs(t.dataSource, 'HOUSE_HEALTH');
    const proposal = await createProposal(t.dataSource, 'HOUSE_HEALTH', { title: 'Free prescriptions' });
    const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id title } } }`;
    const input = { proposalId: proposal.id, expectedVersion: proposal.version, title: 'Free prescriptions to 25' };
    const sideways = await t.fails(UPDATE, { input }, { as: housing.sectorLead.id });
    expect(sideways.extensions?.code).toBe('FORBIDDEN');
    const [{ title }] = await t.dataSource.query(`SELECT title FROM proposal WHERE id = $1`, [proposal.id]);
    expect(title).toBe('Free prescriptions');
    const own = await t.ok(UPDATE, { input }, { as: health.sectorLead.id });
    expect(own.updateProposal.proposal.title).toBe('Free prescriptions to 25');
  });

  it('a House grant from a programme admin works like the membership: drafting, moving and moderating in that House only', async () => {
    await seatCoChairs(t.dataSource, 'HOUSE_ETE');
    const deputy = await createPerson(t.dataSource);
    const ete = (await t.dataSource.query(`SELECT id FROM body WHERE code = 'HOUSE_ETE'`))[0].id as string;
    const health = (await t.dataSource.query(`SELECT id FROM body WHERE code = 'HOUSE_HEALTH'`))[0].id as string;
    await grantRoleDirectly(t.dataSource, deputy.id, Role.HOUSE_CO_CHAIR, { body: ete });
    const proposal = await createProposal(t.dataSource, 'HOUSE_ETE', { title: 'Apprenticeships' });
    const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`;
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await t.ok(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt } }, { as: deputy.id });
    const elsewhere = await t.fails(OPEN, { input: { houseId: health, title: 'Mental health survey', audience: 'LOCAL_AUTHORITIES', closesAt } }, { as: deputy.id });
    expect(elsewhere.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CO_CHAIR' });
  });

  it('a CiCC member who votes twice has one vote, and cannot vote in a closed consultation', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_TRANSPORT');
    const proposal = await createProposal(t.dataSource, 'HOUSE_TRANSPORT', { title: 'Half-price travel' });
    const opened = await t.ok(
      `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id version } } }`,
      { input: { proposalId: proposal.id, audience: 'CICC', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), tallyVisibility: 'ALWAYS' } },
      { as: chairs.youngPerson.id },
    );
    const consultationId = opened.openConsultation.consultation.id;
    const member = await createCiccMember(t.dataSource);
    const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed vote { choice } } }`;
    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: member.id });
    const again = await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: member.id });
    expect(again.castVote.vote.choice).toBe('SUPPORT');
    // Four others vote, so the tally (shown from five voters) counts the member once.
    for (let i = 0; i < 4; i += 1) await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: (await createCiccMember(t.dataSource)).id });
    const tally = await t.ok(`query($id: ID!) { consultation(id: $id) { tally { support total } } }`, { id: consultationId }, { as: member.id });
    expect(tally.consultation.tally).toEqual({ support: 1, total: 5 });

    await t.ok(`mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { state } } }`, { input: { consultationId } }, { as: chairs.sectorLead.id });
    const closed = await t.fails(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: member.id });
    expect(['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT']).toContain(closed.extensions?.code);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM vote WHERE member_id = $1`, [member.id]);
    expect(n).toBe(1);
  });

  it("nobody can read another person's vote: the schema has no way to ask", () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type) || isInputObjectType(type)) continue;
      for (const field of Object.values((type as { getFields(): Record<string, { name: string; type: GraphQLInputType }> }).getFields())) {
        const target = getNamedType(field.type).name;
        // The only vote a caller can read is their own (MyVote, through myVote or castVote, and their
        // votes in myData); tallies are counts.
        if (target === 'MyVote' && !(field.name === 'myVote' || (type.name === 'CastVotePayload' && field.name === 'vote'))) offenders.push(`${type.name}.${field.name}`);
        if (target === 'MyDataVote' && !(type.name === 'MyData' && field.name === 'votes')) offenders.push(`${type.name}.${field.name}`);
        if (/vote/i.test(target) && !['MyVote', 'MyDataVote', 'VoteTally', 'VoteChoice', 'CastVotePayload', 'TallyVisibility'].includes(target)) offenders.push(`${type.name}.${field.name}: ${target}`);
      }
    }
    expect(offenders).toEqual([]);
    const voteTally = schema.getType('VoteTally') as unknown as { getFields(): Record<string, { type: { toString(): string } }> };
    for (const f of Object.values(voteTally.getFields())) expect(f.type.toString()).toMatch(/^Int!?$/);
  });

  it('only programme admins grant and revoke roles; a grant shows in myRoles and goes when revoked', async () => {
    const admin = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
    const target = await createPerson(t.dataSource);
    const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id role current scope { kind id } } } }`;
    const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { grant { current revokedAt } } }`;
    const lambeth = await authorityByShortCode(t.dataSource, 'lam');

    const refused = await t.fails(GRANT, { input: { personId: target.id, role: 'PROGRAMME_ADMIN' } }, { as: target.id });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const noScope = await t.fails(GRANT, { input: { personId: target.id, role: 'LA_OFFICER' } }, { as: admin.id });
    expect(noScope.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
    const wrongScope = await t.fails(GRANT, { input: { personId: target.id, role: 'HOUSE_CO_CHAIR', scopeKind: 'BODY', scopeId: randomUUID() } }, { as: admin.id });
    expect(wrongScope.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope' });

    const granted = await t.ok(GRANT, { input: { personId: target.id, role: 'LA_OFFICER', scopeKind: 'AUTHORITY', scopeId: lambeth.id, reason: 'Covering for the leaving-care lead' } }, { as: admin.id });
    expect(granted.grantRole.grant).toMatchObject({ role: 'LA_OFFICER', current: true, scope: { kind: 'AUTHORITY', id: lambeth.id } });
    const twice = await t.fails(GRANT, { input: { personId: target.id, role: 'LA_OFFICER', scopeKind: 'AUTHORITY', scopeId: lambeth.id } }, { as: admin.id });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_GRANTED' });
    const mine = await t.ok(`{ myRoles { role source scope { id } } }`, {}, { as: target.id });
    expect(mine.myRoles).toEqual([{ role: 'LA_OFFICER', source: 'GRANT', scope: { id: lambeth.id } }]);

    await t.ok(REVOKE, { input: { grantId: granted.grantRole.grant.id, reason: 'Back from leave' } }, { as: admin.id });
    expect((await t.ok(`{ myRoles { role } }`, {}, { as: target.id })).myRoles).toEqual([]);
    const again = await t.fails(REVOKE, { input: { grantId: granted.grantRole.grant.id } }, { as: admin.id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVOKED' });
  });

  it("the directors' views are for ALDCS viewers, the Trust Board, admins and House, LA or partner roles; not for a CiCC member without one", async () => {
    const viewer = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, viewer.id, Role.ALDCS_VIEWER);
    const member = await createCiccMember(t.dataSource);
    const query = `{ boardOverview { houses { house { code } } } }`;
    const allowed = await t.gql(query, {}, { as: viewer.id });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.boardOverview.houses).toHaveLength(6);
    const refused = await t.fails(query, {}, { as: member.id });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect((await t.fails(query)).extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('a role taken away counts from the next request on the same session, whether it came from a grant or a membership', async () => {
    const query = `{ boardOverview { houses { house { code } } } }`;
    const viewer = await createPerson(t.dataSource);
    const grantId = await grantRoleDirectly(t.dataSource, viewer.id, Role.ALDCS_VIEWER);
    const token = await t.tokenFor(viewer.id);
    expect((await t.gql(query, {}, { token })).errors).toBeUndefined();
    await t.dataSource.query(`UPDATE role_grant SET revoked_at = now() WHERE id = $1`, [grantId]);
    expect((await t.fails(query, {}, { token })).extensions?.code).toBe('FORBIDDEN');

    const director = await createPerson(t.dataSource);
    const seat = await addMembership(t.dataSource, director.id, 'TRUST_BOARD');
    const directorToken = await t.tokenFor(director.id);
    expect((await t.gql(query, {}, { token: directorToken })).errors).toBeUndefined();
    await t.dataSource.query(`UPDATE membership SET ended_at = now() WHERE id = $1`, [seat.id]);
    expect((await t.fails(query, {}, { token: directorToken })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('authorization matrix: downloads and personal details, as every role', () => {
  let t: TestApp;
  let personas: Record<string, { id: string; roles: Role[] }>;
  let young: { id: string };
  let adult: { id: string };
  let lambethId: string;
  let croydonId: string;

  /** A GET as a persona: the status, the text and, for a CSV, its rows. */
  async function get(path: string, as: string): Promise<{ status: number; rows: Record<string, string>[]; text: string }> {
    const res = await download(t, path, as);
    const csv = res.status === 200 && String(res.headers['content-type']).startsWith('text/csv');
    return { status: res.status, rows: csv ? rowsOf(res.text) : [], text: res.text };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    personas = await createPersonas(ds);
    lambethId = (await authorityByShortCode(ds, 'lam')).id;
    croydonId = (await authorityByShortCode(ds, 'crd')).id;
    const now = new ProgrammeCalendar().yearMonthOf(new Date());
    const sixteen = `${now.year - 16}-${String(now.month).padStart(2, '0')}-01`;
    young = await createCiccMember(ds, { displayName: 'Jordan Ade', email: 'jordan.ade@example.org', birthMonth: sixteen, homeAuthorityId: lambethId });
    await addMembership(ds, young.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
    adult = await createPerson(ds, { displayName: 'Priya Shah', email: 'priya.shah@example.org', careExperienced: true, birthMonth: '1990-03-01', homeAuthorityId: croydonId });
  });
  afterAll(() => t.close());

  const PERSON = `query($id: ID!) { person(id: $id) { displayName email birthMonth under18 careExperienced homeAuthority { shortCode } } }`;
  const LABEL = 'CiCC member (Lambeth)';
  const DETAILS_SEERS = ['PROGRAMME_ADMIN', 'HOUSE_CO_CHAIR_SECTOR_LEAD', 'HOUSE_CO_CHAIR_YOUNG_PERSON', 'SAFEGUARDING_LEAD'];

  it("a person's name, email, birth month, age, care experience and home LA, as every role", async () => {
    const youngDetails = { birthMonth: expect.stringMatching(/^\d{4}-\d{2}$/), under18: true, careExperienced: true, homeAuthority: { shortCode: 'lam' } };
    const hidden = { birthMonth: null, under18: null, careExperienced: null, homeAuthority: null };
    const mismatches: string[] = [];
    for (const [name, { id }] of Object.entries(personas)) {
      const seen = (await t.ok(PERSON, { id: young.id }, { as: id })).person;
      const expected =
        name === 'PROGRAMME_ADMIN'
          ? { displayName: 'Jordan Ade', email: 'jordan.ade@example.org', ...youngDetails }
          : DETAILS_SEERS.includes(name)
            ? { displayName: 'Jordan Ade', email: null, ...youngDetails }
            : { displayName: LABEL, email: null, ...hidden };
      try {
        expect(seen).toEqual(expected);
      } catch {
        mismatches.push(`${name} sees the young person as ${JSON.stringify(seen)}`);
      }
      const adultSeen = (await t.ok(PERSON, { id: adult.id }, { as: id })).person;
      const adultExpected =
        name === 'PROGRAMME_ADMIN' || name === 'SAFEGUARDING_LEAD'
          ? { displayName: 'Priya Shah', email: name === 'PROGRAMME_ADMIN' ? 'priya.shah@example.org' : null, birthMonth: '1990-03', under18: false, careExperienced: true, homeAuthority: { shortCode: 'crd' } }
          : { displayName: 'Priya Shah', email: null, ...hidden };
      if (JSON.stringify(adultSeen) !== JSON.stringify(adultExpected)) mismatches.push(`${name} sees the adult as ${JSON.stringify(adultSeen)}`);
    }
    expect(mismatches).toEqual([]);
    expect((await t.ok(PERSON, { id: young.id }, { as: young.id })).person).toEqual({ displayName: 'Jordan Ade', email: 'jordan.ade@example.org', ...youngDetails });
  });

  it('looking for people by care experience, as every role', async () => {
    const housing = (await t.dataSource.query(`SELECT id FROM body WHERE code = 'HOUSE_HOUSING'`))[0].id as string;
    const PEOPLE = `query($filter: PeopleFilterInput) { people(filter: $filter, first: 100) { edges { node { id } } } }`;
    const outcome = async (as: string, filter: Record<string, unknown>) => {
      const res = await t.gql(PEOPLE, { filter }, { as });
      if (res.errors) return `${res.errors[0].extensions?.code} ${res.errors[0].extensions?.field}`;
      return res.data!.people.edges.some((e: any) => e.node.id === young.id) ? 'FOUND' : 'NOT_FOUND';
    };
    const anywhere: Record<string, string> = {};
    const inHousing: Record<string, string> = {};
    for (const [name, { id }] of Object.entries(personas)) {
      anywhere[name] = await outcome(id, { careExperienced: true });
      inHousing[name] = await outcome(id, { careExperienced: true, bodyId: housing });
    }
    const refused = 'FORBIDDEN careExperienced';
    expect(anywhere).toEqual({
      PROGRAMME_ADMIN: 'FOUND',
      TRUST_BOARD_MEMBER: refused,
      HOUSE_CO_CHAIR_SECTOR_LEAD: refused,
      HOUSE_CO_CHAIR_YOUNG_PERSON: refused,
      HEALTH_CO_CHAIR: refused,
      HOUSE_MEMBER: refused,
      CICC_MEMBER: refused,
      LA_OFFICER: refused,
      PARTNER_OFFICER: refused,
      ALDCS_VIEWER: refused,
      SAFEGUARDING_LEAD: 'FOUND',
      NO_ROLE: refused,
    });
    expect(inHousing).toEqual({ ...anywhere, HOUSE_CO_CHAIR_SECTOR_LEAD: 'FOUND', HOUSE_CO_CHAIR_YOUNG_PERSON: 'FOUND' });
    // Without the filter, the same listing is open to everyone signed in, and says nothing of care experience.
    expect(await outcome(personas.NO_ROLE.id, { bodyId: housing })).toBe('FOUND');
  });

  it('the CSV downloads, as every role: who may download each, and how they name people', async () => {
    const ds = t.dataSource;
    // The young person records Harrow's status (they hold a grant for it): the matrix names whoever changed a row.
    await grantRoleDirectly(ds, young.id, Role.LA_OFFICER, { authority: (await authorityByShortCode(ds, 'hrw')).id });
    const [offer] = await createEndorsedAuthorityOffers(ds, 1, 'HOUSE_HOUSING');
    const harrow = (await agreementsByPartyCode(ds, offer)).hrw;
    await t.ok(
      `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id } } }`,
      { input: { agreementId: harrow.id, expectedVersion: harrow.version, status: 'IN_DISCUSSION' } },
      { as: young.id },
    );
    const { consultation, questions } = await createConsultation(ds, { houseCode: 'HOUSE_HOUSING', title: 'Deposits', questions: [{ kind: QuestionKind.YES_NO }] });
    await t.ok(
      `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced } }`,
      { input: { consultationId: consultation.id, onBehalfOfAuthorityId: lambethId, answers: [{ questionId: questions[0].id, yesNo: true }] } },
      { as: personas.LA_OFFICER.id },
    );
    await ds.query(`UPDATE consultation SET closed_at = now() WHERE id = $1`, [consultation.id]);

    const matrix: Record<string, string> = {};
    const responses: Record<string, number> = {};
    for (const [name, { id }] of Object.entries(personas)) {
      const m = await get(`/exports/agreement-matrix.csv?proposalIds=${offer}`, id);
      matrix[name] = m.status === 200 ? (m.rows.find((r) => r['Party code'] === 'hrw')?.['Changed by'] ?? 'no row') : String(m.status);
      responses[name] = (await get(`/exports/consultations/${consultation.id}/responses.csv`, id)).status;
    }
    expect(matrix).toEqual({
      PROGRAMME_ADMIN: 'Jordan Ade',
      TRUST_BOARD_MEMBER: LABEL,
      HOUSE_CO_CHAIR_SECTOR_LEAD: 'Jordan Ade',
      HOUSE_CO_CHAIR_YOUNG_PERSON: 'Jordan Ade',
      HEALTH_CO_CHAIR: LABEL,
      HOUSE_MEMBER: LABEL,
      CICC_MEMBER: '403',
      LA_OFFICER: LABEL,
      PARTNER_OFFICER: LABEL,
      ALDCS_VIEWER: LABEL,
      SAFEGUARDING_LEAD: '403',
      NO_ROLE: '403',
    });
    // Everyone signed in downloads their own data, and only their own.
    for (const [name, { id }] of Object.entries(personas)) {
      const mine = await get('/exports/my-data.json', id);
      expect({ name, status: mine.status, profile: JSON.parse(mine.text).profile?.id }).toEqual({ name, status: 200, profile: id });
    }
    expect(responses).toEqual({
      PROGRAMME_ADMIN: 200,
      TRUST_BOARD_MEMBER: 200,
      HOUSE_CO_CHAIR_SECTOR_LEAD: 200,
      HOUSE_CO_CHAIR_YOUNG_PERSON: 200,
      HEALTH_CO_CHAIR: 403,
      HOUSE_MEMBER: 403,
      CICC_MEMBER: 403,
      LA_OFFICER: 403,
      PARTNER_OFFICER: 403,
      ALDCS_VIEWER: 200,
      SAFEGUARDING_LEAD: 403,
      NO_ROLE: 403,
    });
  });
});
