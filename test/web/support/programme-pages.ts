import type { Page } from '@playwright/test';
import type { World } from './compact-builder';
import { addPerson, agreementOf, endorsedOffer, pastSnapshots, PEOPLE, proposalInConsultation, reference, setAgreement, signInAs } from './programme';
import type { Stack } from './stack';

export const DIRECTOR = { email: 'director@compact.test', displayName: 'Director of children’s services' };

interface Context {
  page: Page;
  stack: Stack;
  world: World;
}

/**
 * The pages of the people who run the Compact, by a name for their screenshots: who views each
 * and how to reach it (some need records made first).
 */
export const PROGRAMME_PAGES: Record<string, (c: Context) => Promise<string>> = {
  'londons-progress': async ({ page, stack, world }) => {
    await addPerson(stack, world, DIRECTOR, [{ role: 'ALDCS_VIEWER' }]);
    await signInAs(page, stack, DIRECTOR.email);
    return '/londons-progress';
  },
  'londons-progress-offer': async ({ page, stack, world }) => {
    await addPerson(stack, world, DIRECTOR, [{ role: 'ALDCS_VIEWER' }]);
    await signInAs(page, stack, DIRECTOR.email);
    await pastSnapshots(stack, world.offers.councilTax, 33, [
      { daysAgo: 90, formallyAgreed: 0, implemented: 0 },
      { daysAgo: 60, formallyAgreed: 1, implemented: 1 },
      { daysAgo: 30, formallyAgreed: 1, implemented: 2 },
    ]);
    return `/londons-progress/offers/${world.offers.councilTax}`;
  },
  'our-authorities': async ({ page, stack }) => {
    await signInAs(page, stack, PEOPLE.officer);
    return '/our-authority';
  },
  'our-authority': async ({ page, stack }) => {
    await signInAs(page, stack, PEOPLE.officer);
    return `/our-authority/${(await reference(stack)).la('lam')}`;
  },
  'agreement-history': async ({ page, stack, world }) => {
    await signInAs(page, stack, PEOPLE.officer);
    const lam = (await reference(stack)).la('lam');
    const row = await agreementOf(stack, world.offers.councilTax, lam);
    return `/our-authority/${lam}/offers/${world.offers.councilTax}/history/${row.id}`;
  },
  'our-authority-conflict': async ({ page, stack }) => {
    const ref = await reference(stack);
    const offer = await endorsedOffer(stack, { house: 'HOUSE_FINANCE', title: 'Driving lessons', summary: 'Ten free driving lessons.', category: 'FINANCE' });
    await signInAs(page, stack, PEOPLE.officer);
    await page.goto(`/our-authority/${ref.la('crd')}`);
    await setAgreement(stack, offer, ref.la('crd'), { status: 'IN_DISCUSSION' });
    const row = page.locator('#bulk-update .app-row-edit', { has: page.locator('legend', { hasText: 'Driving lessons' }) });
    await row.getByLabel('Status').selectOption({ label: 'Declined' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/conflict$/);
    return new URL(page.url()).pathname;
  },
  'our-houses': async ({ page, stack }) => {
    await signInAs(page, stack, 'amani@compact.test');
    return '/our-house';
  },
  'our-house': async ({ page, stack }) => {
    await signInAs(page, stack, 'amani@compact.test');
    return `/our-house/${(await reference(stack)).body('HOUSE_FINANCE')}`;
  },
  'sign-off': async ({ page, stack }) => {
    const proposal = await proposalInConsultation(stack, { house: 'HOUSE_FINANCE', title: 'Birthday grant', summary: 'A grant on each birthday to 25.', category: 'FINANCE' }, { closeIt: true });
    await signInAs(page, stack, 'amani@compact.test');
    return `/our-house/${(await reference(stack)).body('HOUSE_FINANCE')}/proposals/${proposal}/sign-off`;
  },
};
