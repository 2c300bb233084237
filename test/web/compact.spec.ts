import { apiCalls, expect, test } from './support/fixtures';
import { open } from './pages/base-page';
import { ChangesPage, CompactPage, OfferPage } from './pages/compact-pages';
import { ErrorPage } from './pages/sign-in-pages';

test('the published Compact lists each offer and who gives it, in one API round trip', async ({ page, world }) => {
  const response = await open(page, '/the-compact');
  expect(apiCalls(response.headers())).toBe(1);
  const compact = await new CompactPage(page).expectOnPage();
  await expect(page.locator('.govuk-caption-l')).toHaveText('Edition 2, published 1 May 2025');
  await expect(compact.offerTitles()).resolves.toEqual(['Council tax exemption to 25', 'Free prescriptions', 'Half-price bus and tram travel']);
  await expect(page.locator('.app-offer', { hasText: 'Council tax exemption to 25' })).toContainText('Agreed by 4 of London’s 33 councils');
  await expect(page.locator('.app-offer', { hasText: 'Half-price bus and tram travel' })).toContainText('Given by Greater London Authority / Transport for London');
  expect(world.offers.councilTax).toBeTruthy();
});

for (const javaScript of [true, false]) {
  test(`an offer's London map names every tile and has a table, with JavaScript ${javaScript ? 'on' : 'off'}`, async ({ page, noJsPage, world }) => {
    const tab = javaScript ? page : noJsPage;
    await new CompactPage(tab).open();
    await new CompactPage(tab).openOffer('Council tax exemption to 25');
    const offer = await new OfferPage(tab, 'Council tax exemption to 25').expectOnPage();
    const names = await offer.tileNames();
    expect(names).toHaveLength(33);
    expect(names).toContain('Lambeth: in place');
    expect(names).toContain('Southwark: agreed, not in place yet');
    expect(names).toContain('Hackney: not agreed yet');
    await expect(tab.locator('#map-caption')).toContainText('3 in place, 1 agreed but not in place yet, 29 not agreed yet');
    await offer.showTable();
    await expect(offer.tableRow('Lambeth')).resolves.toEqual(['Lambeth', 'In place', 'Its own care leavers, and any care leaver who lives there']);
    await expect(offer.tableRow('Croydon')).resolves.toEqual(['Croydon', 'In place', 'Any care leaver who lives there']);
    expect(tab.url()).toContain(world.offers.councilTax);
  });
}

test('an NHS area offer is shown council by council through its area', async ({ page, world }) => {
  const response = await open(page, `/the-compact/offers/${world.offers.prescriptions}`);
  expect(apiCalls(response.headers())).toBe(1);
  const offer = await new OfferPage(page, 'Free prescriptions').expectOnPage();
  const names = await offer.tileNames();
  expect(names.filter((n) => n.endsWith(': in place')).sort()).toEqual(
    ['Barnet: in place', 'Camden: in place', 'Enfield: in place', 'Haringey: in place', 'Islington: in place'],
  );
});

test('what changed from the last edition', async ({ page }) => {
  await new CompactPage(page).open();
  await new CompactPage(page).whatChanged();
  const changes = await new ChangesPage(page).expectOnPage();
  await expect(page.locator('h1')).toHaveText('What changed in edition 2');
  await expect(page.locator('.app-offer')).toContainText('Now given by: Croydon (in place)');
  await expect(changes.mainText()).resolves.toContain('2 offers did not change.');
});

test('an offer that is not in the Compact, and a page that does not exist, answer "page not found"', async ({ page }) => {
  let response = await open(page, '/the-compact/offers/00000000-0000-0000-0000-000000000000');
  expect(response.status()).toBe(404);
  await new ErrorPage(page, 'Page not found').expectOnPage();
  response = await open(page, '/no-such-page');
  expect(response.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found – London Care Leavers Compact');
});
