import { Role } from '@app/access';
import { AgreementsService } from '@app/agreements';
import { ProposalStatus } from '@app/proposals';
import { createPerson, createProposal, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const PREVIEW = `{ compactEditionPreview { nextNumber offerCount unchangedCount latest { number }
  added { title } removed { title } changed { title: after { title } changedFields before { summary } after { summary } } } }`;
const PUBLISH = `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { edition { number } } }`;
const REVISE = `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { id } } }`;
const VERSION = `query($id: ID!) { proposal(id: $id) { version } }`;

describe('seeing what the next edition of the Compact would change before publishing it', () => {
  let t: TestApp;
  let admin: string;
  let bus: string;

  async function adopted(title: string, summary: string): Promise<string> {
    const proposal = await createProposal(t.dataSource, 'HOUSE_TRANSPORT', { title, summary, status: ProposalStatus.ENDORSED });
    await t.app.get(AgreementsService).openAgreements(proposal.id);
    await t.dataSource.query(`UPDATE proposal SET status = 'ADOPTED' WHERE id = $1`, [proposal.id]);
    return proposal.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await createPerson(t.dataSource, { displayName: 'Edition admin' })).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    bus = await adopted('Half-price bus travel', 'Half-price bus and tram travel for care leavers aged 18 to 25.');
  });
  afterAll(() => t.close());

  it('before the first edition, every adopted offer is new', async () => {
    const { compactEditionPreview: preview } = await t.ok(PREVIEW, {}, { as: admin });
    expect(preview).toMatchObject({ nextNumber: 1, offerCount: 1, latest: null, added: [{ title: 'Half-price bus travel' }], removed: [], changed: [], unchangedCount: 0 });
  });

  it('after an edition, lists a reworded offer and a newly adopted one, and publishes nothing', async () => {
    await t.ok(PUBLISH, { input: { number: 1, title: 'The London Care Leavers Compact', publishedOn: '2024-03-05' } }, { as: admin });
    const { proposal } = await t.ok(VERSION, { id: bus }, { as: admin });
    await t.ok(REVISE, { input: { proposalId: bus, expectedVersion: proposal.version, reason: 'Trust Board decision.', summary: 'Free bus and tram travel for care leavers aged 18 to 25.' } }, { as: admin });
    await adopted('Free prescriptions', 'Free NHS prescriptions for care leavers.');
    const { compactEditionPreview: preview } = await t.ok(PREVIEW, {}, { as: admin });
    expect(preview).toMatchObject({
      nextNumber: 2,
      offerCount: 2,
      latest: { number: 1 },
      added: [{ title: 'Free prescriptions' }],
      changed: [{ changedFields: ['summary'], before: { summary: expect.stringContaining('Half-price') }, after: { summary: expect.stringContaining('Free bus') } }],
      unchangedCount: 0,
    });
    const editions = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM compact_edition`);
    expect(Number(editions[0].n)).toBe(1);
  });

  it('is for programme admins only', async () => {
    const someone = (await createPerson(t.dataSource, { displayName: 'Someone' })).id;
    await expect(t.fails(PREVIEW, {}, { as: someone })).resolves.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
