import { Role } from '@app/access';
import { createCiccMember, createPerson, seatCoChairs, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const AREAS = '{ myAreas }';

describe('the parts of the service a signed-in person may open', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists none for a CiCC member, who only takes part', async () => {
    const member = await createCiccMember(t.dataSource);
    await expect(t.ok(AREAS, {}, { as: member.id })).resolves.toEqual({ myAreas: [] });
  });

  it('lists a co-chair’s House, its moderation, people and London’s progress', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_HEALTH');
    await expect(t.ok(AREAS, {}, { as: chairs.sectorLead.id })).resolves.toEqual({ myAreas: ['OUR_HOUSE', 'LONDONS_PROGRESS', 'MODERATION', 'PEOPLE'] });
  });

  it('lists the admin areas for a programme admin, and follows a role granted later', async () => {
    const admin = (await createPerson(t.dataSource, { displayName: 'Admin of areas' })).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    await expect(t.ok(AREAS, {}, { as: admin })).resolves.toEqual({ myAreas: ['LONDONS_PROGRESS', 'TRUST_BOARD', 'PEOPLE', 'PUBLISHING', 'AUDIT', 'JOBS'] });
    await grantRoleDirectly(t.dataSource, admin, Role.SAFEGUARDING_LEAD);
    await expect(t.ok(AREAS, {}, { as: admin })).resolves.toMatchObject({ myAreas: expect.arrayContaining(['SAFEGUARDING']) });
  });

  it('is refused to someone not signed in', async () => {
    await expect(t.fails(AREAS)).resolves.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
