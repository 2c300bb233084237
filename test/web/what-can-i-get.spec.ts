import type { Page } from '@playwright/test';
import { apiCalls, expect, test } from './support/fixtures';
import { open } from './pages/base-page';
import { StartPage } from './pages/start-page';
import {
  AsylumPage,
  CheckAnswersPage,
  CouncilPage,
  DateOfBirthPage,
  ResultsPage,
  WhatCanIGetStartPage,
  WhereYouLivePage,
} from './pages/what-can-i-get-pages';

/** Today minus `years` years and `days` days, as the boxes of a date input. */
function birthday(years: number, days = 0): [string, string, string] {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - days);
  return [String(d.getDate()), String(d.getMonth() + 1), String(d.getFullYear())];
}

/** The whole journey from the start page, as a young person would take it. */
async function answerEverything(page: Page): Promise<ResultsPage> {
  await new StartPage(page).open();
  await new StartPage(page).findOutWhatYouCanGet();
  const intro = await new WhatCanIGetStartPage(page).expectOnPage();
  await intro.startNow();

  const council = await new CouncilPage(page).expectOnPage();
  await council.continue();
  await expect(council.errors()).resolves.toEqual([{ text: 'Select the council that looked after you', href: '#council' }]);
  await expect(page).toHaveTitle(/^Error: Which council looked after you\?/);
  await council.choose('Lambeth');
  await council.continue();

  const living = await new WhereYouLivePage(page).expectOnPage();
  await living.choose('Southwark');
  await living.continue();

  const dob = await new DateOfBirthPage(page).expectOnPage();
  await dob.enter('31', '2', '2001');
  await dob.continue();
  await expect(dob.errors()).resolves.toEqual([{ text: 'Date of birth must be a real date', href: '#dob-day' }]);
  await expect(page).toHaveTitle(/^Error: What is your date of birth\?/);
  // The day before the 26th birthday still counts as 25.
  await dob.enter(...birthday(26, -1));
  await dob.continue();

  const asylum = await new AsylumPage(page).expectOnPage();
  await asylum.answer('Yes');
  await asylum.continue();

  const check = await new CheckAnswersPage(page).expectOnPage();
  await expect(check.answer('Council that looked after you')).resolves.toBe('Lambeth');
  await expect(check.answer('Where you live now')).resolves.toBe('Southwark');
  await check.change('where you live');
  const changing = await new WhereYouLivePage(page).expectOnPage();
  await changing.choose('Camden');
  await changing.continue();
  await check.expectOnPage();
  await expect(check.answer('Where you live now')).resolves.toBe('Camden');
  await check.seeResults();
  return new ResultsPage(page).expectOnPage();
}

for (const javaScript of [true, false]) {
  test(`What can I get? from start to results, with JavaScript ${javaScript ? 'on' : 'off'}`, async ({ page, noJsPage, world }) => {
    const tab = javaScript ? page : noJsPage;
    const results = await answerEverything(tab);
    await results.expectFor('aged 25, looked after by Lambeth, living in Camden');
    // Lambeth gives council tax exemption to its own care leavers wherever they live; TfL to everyone.
    await expect(results.offersUnder('What you can get now')).resolves.toEqual(['Council tax exemption to 25', 'Half-price bus and tram travel']);
    // Prescriptions: Lambeth's NHS area (South East London) has not agreed; the area where Camden is does not count.
    await expect(results.offersUnder('What you cannot get')).resolves.toEqual(['Free prescriptions']);
    const tax = await results.offerText('Council tax exemption to 25');
    expect(tax).toContain('Who provides it Lambeth');
    expect(tax).toContain('How to get it Ask your personal adviser at Lambeth.');
    expect(tax).toContain('If you came to the UK as an unaccompanied child The same for every care leaver');
    const link = await results.shareLink();
    expect(link).toMatch(/\/what-can-i-get\/results\?council=lam&living=cmd&age=25&uasc=yes$/);
    expect(link).not.toContain('dob');
    expect(world.editions).toBe(2);
  });
}

test('the results are a shareable link that needs one API round trip, say what is coming, and print without the page furniture', async ({ page }) => {
  const response = await open(page, '/what-can-i-get/results?council=swr&living=swr&age=19');
  expect(response.status()).toBe(200);
  expect(apiCalls(response.headers())).toBe(1);
  const results = await new ResultsPage(page).expectOnPage();
  await expect(results.offersUnder('Coming soon')).resolves.toEqual(['Council tax exemption to 25']);
  await expect(results.offerText('Council tax exemption to 25')).resolves.toContain('When it starts Not known yet');
  // Printed: the results and the link to them, without the header, menu, buttons or footer.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.app-footer')).toBeHidden();
  await expect(page.locator('#share-link')).toBeVisible();
  await expect(page.locator('h2', { hasText: 'Coming soon' })).toBeVisible();
});

test('someone living outside London is told what the results leave out', async ({ noJsPage }) => {
  await open(noJsPage, '/what-can-i-get/results?council=cmd&living=outside-london&age=20');
  const results = await new ResultsPage(noJsPage).expectOnPage();
  await results.expectFor('looked after by Camden, living outside London');
  await expect(noJsPage.locator('.govuk-inset-text')).toContainText('You live outside London');
  await expect(results.offersUnder('What you can get now')).resolves.toEqual(['Council tax exemption to 25', 'Free prescriptions', 'Half-price bus and tram travel']);
});

test('each question page asks the API at most once', async ({ page }) => {
  for (const [path, calls] of [
    ['/what-can-i-get/council', 1],
    ['/what-can-i-get/where-you-live?council=lam', 1],
    ['/what-can-i-get/date-of-birth?council=lam&living=swr', 0],
    ['/what-can-i-get/asylum?council=lam&living=swr&dob=2002-01-01', 0],
    ['/what-can-i-get/check?council=lam&living=swr&dob=2002-01-01', 1],
  ] as const) {
    const response = await open(page, path);
    expect(response.status(), path).toBe(200);
    expect(apiCalls(response.headers()), path).toBe(calls);
  }
});

test('a results link that has been cut short asks to answer again', async ({ page }) => {
  await open(page, '/what-can-i-get/results?council=lam');
  await new WhatCanIGetStartPage(page).expectOnPage();
  const response = await open(page, '/what-can-i-get/results?council=zzz&living=lam&age=20');
  expect(response.status()).toBe(400);
  await expect(page.locator('h1')).toHaveText('We could not check what you can get');
  await expect(page.locator('.govuk-error-summary__list a')).toHaveAttribute('href', '#start-again');
});
