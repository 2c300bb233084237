import type { Page } from '@playwright/test';
import { signInCode } from './support/api';
import { expect, expectAccessible, expectNoSidewaysScroll, pageWeight, screenshots, test } from './support/fixtures';
import { CheckYourEmailPage, SignInPage } from './pages/sign-in-pages';
import { acceptInvitation, LeaveCiccConfirmPage, ProposalPage, ReportPage, VotePage } from './pages/young-people-pages';
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
  const { bytes, files } = await pageWeight(page, '/what-can-i-get/council');
  expect(files).toBeGreaterThanOrEqual(5);
  expect(bytes).toBeLessThanOrEqual(100 * 1024);
  // Compressed: the largest file, GOV.UK Frontend's CSS (136 KB as it is), travels gzipped.
  const css = await page.request.get('/assets/govuk/govuk-frontend.min.css', { headers: { 'accept-encoding': 'gzip' } });
  expect(css.headers()['content-encoding']).toBe('gzip');
});

/**
 * A CiCC member's pages, by a name for their screenshots: {proposal}, {counted}, {adopted} and
 * {comment} are filled in. Each is checked like the public pages, and read for plain English.
 */
const MEMBER_PAGES: Record<string, string> = {
  'what-needs-you-votes': '/what-needs-you',
  proposal: '/proposals/{proposal}',
  'proposal-adopted': '/proposals/{adopted}',
  'proposal-results': '/proposals/{counted}',
  vote: '/proposals/{proposal}/vote',
  reply: '/proposals/{proposal}/comments/{comment}/reply',
  report: '/proposals/{proposal}/comments/{comment}/report',
  settings: '/settings',
  messages: '/settings/messages',
  'message-kind': '/settings/messages/comment-reply',
  'your-data': '/settings/your-data',
  'leave-the-cicc': '/settings/leave-the-cicc',
  'leave-the-cicc-confirm': '/settings/leave-the-cicc/confirm',
  'left-the-cicc': '/you-have-left-the-cicc',
};

/**
 * The page's running text: its main content without summary lists, whose rows are labels and
 * values rather than sentences (a readability score would read a list of them as one sentence).
 */
async function proseOf(page: Page): Promise<string> {
  let text = await page.locator('main').innerText();
  for (const list of await page.locator('main .govuk-summary-list').allInnerTexts()) text = text.replace(list, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** What a member's page is checked for: no axe violations, no sideways scroll at 320px, screenshots. */
async function checkMemberPage(page: Page, name: string, scores: string[]): Promise<void> {
  await expectAccessible(page);
  const title = await page.title();
  expect.soft(title, name).toMatch(name.endsWith('-error') ? /^Error: .* – London Care Leavers Compact$/ : /^[^:]+(: [^:]+)? – London Care Leavers Compact$/);
  const { ease, grade } = await readability(await proseOf(page));
  scores.push(`${name}: reading ease ${ease.toFixed(0)}, grade ${grade.toFixed(1)}`);
  expect.soft(ease, `${name} reading ease`).toBeGreaterThanOrEqual(MIN_READING_EASE);
  expect.soft(grade, `${name} grade`).toBeLessThanOrEqual(MAX_GRADE);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await screenshots(page, `member-${name}`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a CiCC member’s pages: no accessibility problems, no sideways scrolling at 320px, plain English, screenshots', async ({ page, voting, world }) => {
  test.setTimeout(300_000);
  await acceptInvitation(page, await voting.inviteMember('Quality'));
  const scores: string[] = [];
  const titles = new Set<string>();
  for (const [name, template] of Object.entries(MEMBER_PAGES)) {
    await visit(page, template.replace('{proposal}', voting.proposal.id).replace('{counted}', voting.counted.id).replace('{adopted}', world.offers.councilTax).replace('{comment}', voting.under18.commentId));
    titles.add(await page.title());
    await checkMemberPage(page, name, scores);
  }
  expect(titles.size, [...titles].join('\n')).toBe(Object.keys(MEMBER_PAGES).length);

  // Pages reached by doing something: the forms with their errors, a comment to change, a report sent.
  const proposal = await new ProposalPage(page, voting.proposal.title).open(voting.proposal.id);
  await proposal.addComment('');
  await checkMemberPage(page, 'proposal-error', scores);
  await proposal.addComment('I checked this page for everyone.');
  await proposal.edit(proposal.comment('I checked this page for everyone.'));
  await checkMemberPage(page, 'edit', scores);
  await proposal.open(voting.proposal.id);
  await proposal.delete(proposal.comment('I checked this page for everyone.'));
  await checkMemberPage(page, 'delete', scores);
  await page.goto(`/proposals/${voting.proposal.id}/vote`);
  await new VotePage(page).send();
  await checkMemberPage(page, 'vote-error', scores);
  await page.goto(`/proposals/${voting.proposal.id}/comments/${voting.under18.commentId}/report`);
  await new ReportPage(page).send(null);
  await checkMemberPage(page, 'report-error', scores);
  const writer = await voting.member('Quality writer');
  const { addComment } = await writer.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, {
    input: { proposalId: voting.proposal.id, body: 'Sometimes I do not feel safe.' },
  });
  await page.goto(`/proposals/${voting.proposal.id}/comments/${addComment.comment.id}/report`);
  await new ReportPage(page).send('I’m worried about someone’s safety');
  await expect(page.locator('h1')).toHaveText('We have told the safeguarding team');
  await checkMemberPage(page, 'reported', scores);
  await page.goto('/settings/leave-the-cicc/confirm');
  await new LeaveCiccConfirmPage(page).leave(false);
  await checkMemberPage(page, 'leave-the-cicc-confirm-error', scores);
  console.log(scores.join('\n'));
});
