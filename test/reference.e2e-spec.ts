import { startTestApp, TestApp } from '@app/testing';

describe('London reference data through GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the 33 local authorities with GSS codes and distinct tile cells', async () => {
    const data = await t.ok(`{ localAuthorities { gssCode name shortCode tileRow tileCol } }`);
    const las = data.localAuthorities as { gssCode: string; name: string; tileRow: number; tileCol: number }[];
    expect(las).toHaveLength(33);
    expect(new Set(las.map((l) => l.gssCode)).size).toBe(33);
    expect(new Set(las.map((l) => `${l.tileRow},${l.tileCol}`)).size).toBe(33);
    expect(las.find((l) => l.gssCode === 'E09000022')?.name).toBe('Lambeth');
  });

  it('gives each ICS area its member LAs, with North Central London having five', async () => {
    const data = await t.ok(`{ areas(kind: ICS_AREA) { code members { shortCode } } }`);
    const sizes = Object.fromEntries((data.areas as { code: string; members: unknown[] }[]).map((a) => [a.code, a.members.length]));
    expect(sizes).toEqual({ NCL: 5, NEL: 8, NWL: 8, SEL: 6, SWL: 6 });
  });

  it('lists the six Houses and the governance bodies', async () => {
    const data = await t.ok(`{ houses: bodies(kind: HOUSE) { theme } all: bodies { code } }`);
    expect((data.houses as { theme: string }[]).map((h) => h.theme).sort()).toEqual(
      ['EDUCATION_TRAINING_EMPLOYMENT', 'FINANCE', 'HEALTH', 'HOUSING', 'RELATIONSHIPS', 'TRANSPORT'],
    );
    expect((data.all as { code: string }[]).map((b) => b.code)).toEqual(expect.arrayContaining(['TRUST_BOARD', 'CICC', 'COMPACT_WORKING_GROUP', 'LLANCL']));
  });

  it('links each ICB to its ICS area', async () => {
    const data = await t.ok(`{ organisations { code area { code } } }`);
    const icb = (data.organisations as { code: string; area: { code: string } | null }[]).find((o) => o.code === 'ICB_NCL');
    expect(icb?.area?.code).toBe('NCL');
  });

  it('answers an unknown id with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const missing = await t.fails(`query($id: ID!) { localAuthority(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.fails(`query($id: ID!) { localAuthority(id: $id) { name } }`, { id: 'lambeth' });
    expect(malformed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.extensions).not.toHaveProperty('stacktrace');
  });
});
