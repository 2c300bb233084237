import { apiCalls, expect, test } from './support/fixtures';
import { open } from './pages/base-page';
import { LondonsProgressPage, OfferProgressPage } from './pages/londons-progress-pages';
import { OurAuthorityPage } from './pages/our-authority-pages';
import { addPerson, pastSnapshots, reference, signInAs } from './support/programme';

import { DIRECTOR } from './support/programme-pages';

const EALING_OFFICER = { email: 'ealing@compact.test', displayName: 'Ealing leaving care lead' };

test.beforeEach(async ({ page, stack, world }) => {
  await addPerson(stack, world, DIRECTOR, [{ role: 'ALDCS_VIEWER' }]);
  await signInAs(page, stack, DIRECTOR.email);
});

test('a director sees London’s progress on one page, from one API round trip', async ({ page }) => {
  const response = await open(page, '/londons-progress');
  expect(apiCalls(response.headers())).toBe(1);
  const progress = await new LondonsProgressPage(page).expectOnPage();
  const tiles = await progress.tileNames();
  expect(tiles).toHaveLength(33);
  // Lambeth: the council tax offer in place; Camden also through its NHS area (North Central London).
  expect(await progress.tileOf('Lambeth')).toMatch(/^Lambeth: [1-9]\d* of \d+ offers? in place$/);
  expect(await progress.tileOf('Camden')).toMatch(/^Camden: 2 of \d+ offers in place$/);
  const councilTax = await progress.offerRow('Council tax exemption to 25');
  expect(councilTax[1]).toBe('33');
  expect((await progress.houseRow('Finance House'))[1]).toMatch(/^[1-9]/);
  expect((await progress.icsAreaRow('North Central London'))[1]).toBe('5');
  expect(await progress.notEngaged()).toContain('Hackney');
  expect(await progress.notEngaged()).not.toContain('Lambeth');
  await expect(page.getByRole('link', { name: /Every offer’s agreements.*CSV/ })).toHaveAttribute('href', '/londons-progress/agreement-matrix.csv');
});

test('a director sees the numbers change on the map and in the trend after an officer’s update', async ({ browser, page, stack, world }) => {
  const ref = await reference(stack);
  await pastSnapshots(stack, world.offers.councilTax, 33, [
    { daysAgo: 60, formallyAgreed: 0, implemented: 0 },
    { daysAgo: 30, formallyAgreed: 1, implemented: 2 },
    { daysAgo: 7, formallyAgreed: 1, implemented: 3 },
  ]);
  const progress = await new LondonsProgressPage(page).open();
  const before = /^Ealing: 0 of (\d+) offers? in place$/.exec(await progress.tileOf('Ealing'));
  expect(before, 'Ealing has nothing in place yet').not.toBeNull();
  const asked = Number(before![1]);
  expect(await progress.notEngaged()).toContain('Ealing');
  await progress.openOffer('Council tax exemption to 25');
  let offer = await new OfferProgressPage(page, 'Council tax exemption to 25').expectOnPage();
  expect(await offer.tileNames()).toContain('Ealing: not started');
  const inPlaceBefore = Number((await offer.figure('In place')).split(' ')[0]);
  const trendBefore = await offer.latestTrend();

  // An officer for Ealing records, on their own page, that it has put the offer in place.
  await addPerson(stack, world, EALING_OFFICER, [{ role: 'LA_OFFICER', scopeKind: 'AUTHORITY', scopeId: ref.la('elg') }]);
  const officerContext = await browser.newContext({ baseURL: stack.webUrl });
  const officerPage = await officerContext.newPage();
  await signInAs(officerPage, stack, EALING_OFFICER.email);
  await officerPage.goto('/our-authority');
  const ealing = await new OurAuthorityPage(officerPage, 'Ealing').expectOnPage();
  await ealing.setRow('Council tax exemption to 25', { status: 'In place', covers: 'Our care leavers anywhere, and any care leaver living here', from: ['6', '1', '2025'] });
  await ealing.save();
  await ealing.expectOnPage();
  expect(await ealing.banner()).toContain('You updated 1 offer.');
  await officerContext.close();

  await page.reload();
  offer = await new OfferProgressPage(page, 'Council tax exemption to 25').expectOnPage();
  expect(await offer.tileNames()).toContain('Ealing: in place');
  expect(await offer.figure('In place')).toMatch(new RegExp(`^${inPlaceBefore + 1} of 33 `));
  const trendAfter = await offer.latestTrend();
  expect(Number(trendAfter[2])).toBe(Number(trendBefore[2]) + 1);
  expect(await offer.trendSummary()).toMatch(new RegExp(`agreed went from 0 to \\d+ and in place from 0 to ${inPlaceBefore + 1}, of 33 asked`));
  await offer.page.getByText('Show the map as a table').click();
  await expect(offer.partyRow('Ealing')).resolves.toEqual(['Ealing', 'In place', '6 January 2025']);

  await progress.open();
  expect(await progress.tileOf('Ealing')).toBe(`Ealing: 1 of ${asked} offers in place`);
  expect(await progress.notEngaged()).not.toContain('Ealing');
});

test('an offer’s page, from one API round trip, works without JavaScript', async ({ noJsPage, stack, world }) => {
  await signInAs(noJsPage, stack, DIRECTOR.email);
  const response = await open(noJsPage, `/londons-progress/offers/${world.offers.prescriptions}`);
  expect(apiCalls(response.headers())).toBe(1);
  const offer = await new OfferProgressPage(noJsPage, 'Free prescriptions').expectOnPage();
  const names = await offer.tileNames();
  expect(names).toHaveLength(33);
  expect(names).toContain('Camden: in place (through North Central London)');
  await expect(noJsPage.locator('#ics-table')).toContainText('North Central London');
  await expect(offer.partyRow('North Central London')).resolves.toEqual(['North Central London', 'In place', '5 March 2024']);
});

test('the agreement matrix downloads as CSV through the web app', async ({ page, world }) => {
  const all = await page.request.get('/londons-progress/agreement-matrix.csv');
  expect(all.status()).toBe(200);
  expect(all.headers()['content-type']).toContain('text/csv');
  expect(all.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
  const text = await all.text();
  expect(text).toContain('Council tax exemption to 25');
  expect(text).toContain('Free prescriptions');
  const one = await (await page.request.get(`/londons-progress/agreement-matrix.csv?offer=${world.offers.prescriptions}`)).text();
  expect(one).toContain('Free prescriptions');
  expect(one).not.toContain('Council tax exemption to 25');
});

test('someone with no part in running the Compact is refused London’s progress', async ({ browser, stack, world }) => {
  await addPerson(stack, world, { email: 'visitor@compact.test', displayName: 'A visitor' }, []);
  const context = await browser.newContext({ baseURL: stack.webUrl });
  const page = await context.newPage();
  await signInAs(page, stack, 'visitor@compact.test');
  const response = await open(page, '/londons-progress');
  expect(response.status()).toBe(403);
  await context.close();
});

test('a visitor who has not signed in is sent to sign in first', async ({ browser, stack, world }) => {
  const context = await browser.newContext({ baseURL: stack.webUrl });
  const page = await context.newPage();
  for (const path of ['/londons-progress', '/our-authority', '/our-house']) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText('Sign in');
  }
  await context.close();
  expect(world.editions).toBe(2);
});
