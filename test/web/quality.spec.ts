import type { Page } from '@playwright/test';
import { signInCode } from './support/api';
import { expect, expectAccessible, expectNoSidewaysScroll, screenshots, test } from './support/fixtures';
import { CheckYourEmailPage, SignInPage } from './pages/sign-in-pages';
import { PROGRAMME_PAGES } from './support/programme-pages';

/** Every page a visitor can reach, by a name for its screenshots; {councilTax} is filled in. */
const PUBLIC_PAGES: Record<string, string> = {
  start: '/',
  'what-can-i-get': '/what-can-i-get',
  council: '/what-can-i-get/council',
  'council-error': '/what-can-i-get/council?continue=yes',
  'where-you-live': '/what-can-i-get/where-you-live?council=lam',
  'date-of-birth': '/what-can-i-get/date-of-birth?council=lam&living=swr',
  'date-of-birth-error': '/what-can-i-get/date-of-birth?council=lam&living=swr&continue=yes&dob-day=1&dob-month=&dob-year=2001',
  asylum: '/what-can-i-get/asylum?council=lam&living=swr&dob=2002-05-14',
  'check-answers': '/what-can-i-get/check?council=lam&living=swr&dob=2002-05-14&uasc=no',
  results: '/what-can-i-get/results?council=lam&living=swr&age=23&uasc=yes',
  compact: '/the-compact',
  offer: '/the-compact/offers/{councilTax}',
  changes: '/the-compact/editions/2/changes',
  'sign-in': '/sign-in',
  'not-found': '/no-such-page',
};

/** Pages young people read first: held to plain English. */
const READ_BY_YOUNG_PEOPLE = ['start', 'what-can-i-get', 'council', 'where-you-live', 'date-of-birth', 'asylum', 'check-answers', 'results', 'compact', 'sign-in'];

/**
 * Flesch reading ease of at least 60 ("plain English": easily read by 13 to 15 year olds) and a
 * Flesch-Kincaid grade of at most 9, with room for the councils' and offers' names. The results
 * page is held to the reading ease only: most of its sentences are the API's explanations.
 */
const MIN_READING_EASE = 60;
const MAX_GRADE = 9;
const GRADE_CHECKED = (name: string) => name !== 'results';

async function readability(text: string): Promise<{ ease: number; grade: number }> {
  const { default: rs } = await import('text-readability');
  return { ease: rs.fleschReadingEase(text), grade: rs.fleschKincaidGrade(text) };
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
}

for (const [name, template] of Object.entries(PUBLIC_PAGES)) {
  test(`${name} page: no accessibility problems, no sideways scrolling at 320px, screenshots`, async ({ page, world }) => {
    await visit(page, template.replace('{councilTax}', world.offers.councilTax));
    await expectAccessible(page);
    const title = await page.title();
    expect(title).toMatch(name.endsWith('-error') ? /^Error: .* – London Care Leavers Compact$/ : /^[^:]+ – London Care Leavers Compact$/);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
    await screenshots(page, name);
  });
}

test('every public page has a title of its own', async ({ page, world }) => {
  const titles = new Map<string, string>();
  for (const [name, template] of Object.entries(PUBLIC_PAGES)) {
    if (name.endsWith('-error')) continue;
    const path = template.replace('{councilTax}', world.offers.councilTax);
    await visit(page, path);
    titles.set(await page.title(), path);
  }
  expect(titles.size, [...titles.keys()].join('\n')).toBe(Object.keys(PUBLIC_PAGES).filter((n) => !n.endsWith('-error')).length);
});

test('the signed-in pages: no accessibility problems, no sideways scrolling at 320px, screenshots', async ({ page, stack, world }) => {
  const signIn = await new SignInPage(page).open();
  const before = stack.smtp.messages.length;
  await signIn.signInWith(world.youngPerson.email);
  const check = await new CheckYourEmailPage(page).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'check-your-email');
  await check.enterCode(await signInCode(stack, world.youngPerson.email, before));
  await expect(page.locator('h1')).toContainText('What needs you');
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'what-needs-you');
});

for (const [name, reach] of Object.entries(PROGRAMME_PAGES)) {
  test(`${name} page (signed in): no accessibility problems, no sideways scrolling at 320px, screenshots`, async ({ page, stack, world }) => {
    await visit(page, await reach({ page, stack, world }));
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
    await screenshots(page, name);
  });
}

test('the public pages young people read are in plain English', async ({ page }) => {
  const scores: string[] = [];
  for (const name of READ_BY_YOUNG_PEOPLE) {
    await visit(page, PUBLIC_PAGES[name]);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    const { ease, grade } = await readability(text);
    scores.push(`${name}: reading ease ${ease.toFixed(0)}, grade ${grade.toFixed(1)}`);
    expect.soft(ease, `${name} reading ease`).toBeGreaterThanOrEqual(MIN_READING_EASE);
    if (GRADE_CHECKED(name)) expect.soft(grade, `${name} grade`).toBeLessThanOrEqual(MAX_GRADE);
  }
  console.log(scores.join('\n'));
});

test('a question page weighs at most 100 KB on the wire (HTML, CSS and JavaScript, compressed)', async ({ page }) => {
  let bytes = 0;
  const counted: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    counted.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  await page.goto('/what-can-i-get/council', { waitUntil: 'networkidle' });
  await Promise.all(counted);
  expect(counted.length).toBeGreaterThanOrEqual(5);
  expect(bytes).toBeLessThanOrEqual(100 * 1024);
  // Compressed: the largest file, GOV.UK Frontend's CSS (136 KB as it is), travels gzipped.
  const css = await page.request.get('/assets/govuk/govuk-frontend.min.css', { headers: { 'accept-encoding': 'gzip' } });
  expect(css.headers()['content-encoding']).toBe('gzip');
});
