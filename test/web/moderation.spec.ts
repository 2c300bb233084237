import { apiCalls, expect, expectAccessible, screenshots, test } from './support/fixtures';
import { open } from './pages/base-page';
import {
  AuditTrailPage,
  ConcernHandledPage,
  FailedJobsPage,
  ModerationHousePage,
  ModerationHousesPage,
  ReasonPage,
  ReportedCommentsPage,
  SafeguardingConcernPage,
  SafeguardingQueuePage,
} from './pages/moderation-pages';
import { acceptInvitation } from './pages/young-people-pages';
import { gql } from './support/api';
import { commentOn, failedDelivery, report } from './support/moderation';
import { addPerson, PEOPLE, proposalInConsultation, signInAs, tokenOf } from './support/programme';

const LEAD = { email: 'safeguarding.lead@compact.test', displayName: 'Sam Okafor' };

/** Today in London as [day, month, year], as the audit trail's date boxes take it. */
function londonToday(): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [part('day'), part('month'), part('year')];
}

test('a co-chair hides a reported comment with a reason and later shows it again; a programme admin finds both in the audit trail', async ({ page, stack, world, voting }) => {
  const title = 'Free cycle hire for a year';
  const proposalId = await proposalInConsultation(stack, { house: 'HOUSE_TRANSPORT', title, summary: 'Care leavers ride hire bikes free for a year.', category: 'TRANSPORT' }, { closeIt: false });
  // A member under 18 writes a comment; another young person reports it, through the API.
  const realName = 'Robin Young';
  const author = await voting.member(realName, { birthMonth: `${new Date().getUTCFullYear() - 16}-01` });
  const commentId = await commentOn(author, proposalId, 'Bikes are a waste of money, whoever wants this is stupid.');
  const reporter = await voting.member('Ola Reporter');
  const reportId = await report(reporter, commentId, 'ABUSIVE', 'It calls people stupid.');
  // How the API names the author to the co-chair: the page must show exactly that.
  const { commentReports } = await gql(stack, `query($p: ID!) { commentReports(proposalId: $p) { edges { node { id comment { author { displayName } } } } } }`, { p: proposalId }, await tokenOf(stack, PEOPLE.sectorLead));
  const shownAuthor = commentReports.edges.find((e: { node: { id: string } }) => e.node.id === reportId).node.comment.author.displayName as string;
  expect(shownAuthor).toBe('CiCC member (Lambeth)');

  await signInAs(page, stack, PEOPLE.sectorLead);
  const houses = await new ModerationHousesPage(page).open();
  await expectAccessible(page);
  await screenshots(page, 'moderation-houses');
  await houses.choose('Transport House');
  const house = await new ModerationHousePage(page, 'Transport House').expectOnPage();
  expect(await house.line(title)).toBe(`${title} 1 report waiting`);
  await expectAccessible(page);
  await screenshots(page, 'moderation-house');
  await house.choose(title);

  const reports = await new ReportedCommentsPage(page, title).expectOnPage();
  const response = await open(page, `/moderation/proposals/${proposalId}`);
  expect(apiCalls(response.headers())).toBe(1);
  await reports.expectOnPage();
  expect(await reports.rows(reportId)).toMatchObject({
    Comment: 'Bikes are a waste of money, whoever wants this is stupid.',
    'Written by': shownAuthor,
    Now: 'Shown to everyone',
    'Reported by': 'Ola Reporter',
    Why: 'Rude, unkind or bullying',
    'What they said': 'It calls people stupid.',
  });
  await expect(page.locator('main')).not.toContainText(realName);
  await expect(reports.action(reportId, 'Show comment again')).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'moderation-reports');

  // Hide it: a reason is needed. Hiding closes its reports.
  await reports.action(reportId, 'Hide comment').click();
  const hide = await new ReasonPage(page, 'Hide a comment').expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'moderation-hide');
  await hide.send('', 'Hide comment');
  expect(await hide.errors()).toEqual([{ text: 'Enter why you are hiding the comment', href: '#reason' }]);
  expect(await hide.title()).toMatch(/^Error: Hide a comment/);
  await hide.send('It calls people names.', 'Hide comment');
  await reports.expectOnPage();
  expect(await reports.banner()).toContain('The comment is hidden and its reports are closed.');
  const hidden = await reports.rows(reportId);
  expect(hidden.Now).toBe('Hidden: It calls people names.');
  expect(hidden.Closed).toMatch(/by Priya Shah: Comment hidden: It calls people names\.$/);
  await expect(reports.action(reportId, 'Hide comment')).toHaveCount(0);
  await expect(reports.action(reportId, 'Close report')).toHaveCount(0);

  // Later, after talking to the author, show it again.
  await reports.action(reportId, 'Show comment again').click();
  const restore = await new ReasonPage(page, 'Show a comment again').expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'moderation-restore');
  await restore.send('The author apologised and it is a fair point about cost.', 'Show comment again');
  await reports.expectOnPage();
  expect(await reports.banner()).toContain('The comment is shown again.');
  expect((await reports.rows(reportId)).Now).toBe('Shown to everyone');

  // A report that needs nothing more is closed, saying so; the comment stays.
  const fine = await commentOn(author, proposalId, 'Could it include electric bikes?');
  const offTopic = await report(reporter, fine, 'OFF_TOPIC', 'Not about the proposal.');
  await reports.open(proposalId);
  await reports.action(offTopic, 'Close report').click();
  const resolve = await new ReasonPage(page, 'Close a report').expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'moderation-resolve');
  await resolve.send('Read it: it is about the proposal, nothing needed.', 'Close report');
  await reports.expectOnPage();
  expect(await reports.banner()).toContain('The report is closed.');
  const closed = await reports.rows(offTopic);
  expect(closed.Closed).toMatch(/by Priya Shah: Read it: it is about the proposal, nothing needed\.$/);
  expect(closed.Now).toBe('Shown to everyone');
  await expect(reports.action(offTopic, 'Close report')).toHaveCount(0);

  // A programme admin finds the comment's changes in the audit trail, filtered to today and the comment.
  await signInAs(page, stack, world.adminEmail);
  const audit = await new AuditTrailPage(page).open();
  await audit.filter({ kind: 'comment', record: commentId, from: londonToday(), to: londonToday() });
  await audit.expectOnPage();
  expect(new URL(page.url()).searchParams.get('entityId')).toBe(commentId);
  expect(await audit.actions()).toEqual(['unhideComment', 'hideComment', 'addComment']);
  await expect(audit.event('hideComment')).toContainText('Priya Shah');
  await expect(audit.event('hideComment')).toContainText('hiddenReason');
  await expectAccessible(page);
  await screenshots(page, 'audit-trail');
  // The filtered view is a link to share: opened afresh it shows the same.
  const shared = page.url();
  await page.goto(shared);
  expect(await audit.actions()).toEqual(['unhideComment', 'hideComment', 'addComment']);
  // The other report's own record: who closed it.
  await audit.open(`?entityType=comment_report&entityId=${offTopic}`);
  expect(await audit.actions()).toEqual(['resolveCommentReport', 'reportComment']);
  // By the co-chair who acted, from their name in the list.
  await audit.event('resolveCommentReport').getByRole('link', { name: 'Priya Shah' }).click();
  await audit.expectOnPage();
  expect(new URL(page.url()).searchParams.get('actorId')).toBeTruthy();
  expect(await audit.actions()).toEqual(['resolveCommentReport']);
});

test('the audit trail pages through every change with the API’s cursors and says what is wrong with a filter', async ({ page, stack, world }) => {
  await signInAs(page, stack, world.adminEmail);
  const audit = await new AuditTrailPage(page).open();
  const response = await open(page, '/admin/audit');
  expect(apiCalls(response.headers())).toBe(1);
  const first = await audit.ids();
  expect(first).toHaveLength(20);
  await page.getByRole('link', { name: /Next/ }).click();
  await audit.expectOnPage();
  expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();
  const second = await audit.ids();
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  await page.getByRole('link', { name: /Previous/ }).click();
  await audit.expectOnPage();
  expect(await audit.ids()).toEqual(first);

  await audit.filter({ record: 'not-an-id', from: [31, 2, 2026] });
  expect(await audit.errors()).toEqual([
    { text: 'Enter the record’s id as it is shown in the audit trail, for example 3f2b6c1e-…', href: '#entityId' },
    { text: 'The start date must be a real date, for example 27 3 2026', href: '#from-day' },
  ]);
  expect(await audit.title()).toMatch(/^Error: Audit trail/);
  await expectAccessible(page);
});

test('a young person raises a safety concern and a safeguarding lead records how it was handled, without JavaScript', async ({ page, noJsPage, stack, world, voting }) => {
  const title = 'Free gym membership';
  const proposalId = await proposalInConsultation(stack, { house: 'HOUSE_HEALTH', title, summary: 'Care leavers get a free gym membership.', category: 'HEALTH', deliveryModel: 'EACH_ICS_AREA' }, { closeIt: false });
  const author = await voting.member('Kai Writer');
  const commentId = await commentOn(author, proposalId, 'I have nowhere to sleep tonight and I do not feel safe.');
  const reporter = await voting.member('Nia Friend');
  const concernId = await report(reporter, commentId, 'SAFETY_CONCERN', 'My friend wrote this and I am worried about them.');
  await addPerson(stack, world, LEAD, [{ role: 'SAFEGUARDING_LEAD' }]);

  await signInAs(page, stack, LEAD.email);
  const queue = await new SafeguardingQueuePage(page).open();
  await expect(queue.waiting()).toContainText('by Nia Friend');
  await expectAccessible(page);
  await screenshots(page, 'safeguarding-queue');
  await queue.waiting().getByRole('link', { name: /by Nia Friend/ }).click();
  const concern = await new SafeguardingConcernPage(page).expectOnPage();
  expect(await concern.detail('What they said')).toBe('My friend wrote this and I am worried about them.');
  expect(await concern.detail('The comment')).toBe('I have nowhere to sleep tonight and I do not feel safe.');
  expect(await concern.detail('The comment now')).toBe('Hidden from others while the concern is open');
  await expectAccessible(page);
  await screenshots(page, 'safeguarding-concern');

  // The form, without JavaScript: errors first, then what was done.
  await signInAs(noJsPage, stack, LEAD.email);
  const noJs = await new SafeguardingConcernPage(noJsPage).open(concernId);
  await noJs.record({});
  expect(await noJs.errors()).toEqual([
    { text: 'Choose what you did', href: '#action' },
    { text: 'Choose what happens to the comment', href: '#commentOutcome' },
    { text: 'Enter your notes', href: '#notes' },
  ]);
  await noJs.record({ did: 'Spoke to the young person, or to the person the concern is about', comment: 'Show it to everyone again', notes: 'Called Kai. Their council found them somewhere to stay tonight.' });
  const handled = await new ConcernHandledPage(noJsPage).expectOnPage();
  expect(await handled.outcome()).toBe('The comment is shown to everyone again.');

  await page.goto(`/safeguarding/concerns/${concernId}/handled`);
  await new ConcernHandledPage(page).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'safeguarding-handled');
  const after = await new SafeguardingConcernPage(page).open(concernId);
  expect(await after.detail('Handled by', '#handling')).toBe(LEAD.displayName);
  expect(await after.detail('Notes', '#handling')).toBe('Called Kai. Their council found them somewhere to stay tonight.');
  await expect(page.getByRole('button', { name: 'Save and close the concern' })).toHaveCount(0);
  await expect((await new SafeguardingQueuePage(page).open()).handled()).toContainText('by Nia Friend');
});

test('a programme admin sees a job that failed for good, retries it and opens the queue dashboard', async ({ page, stack, world }) => {
  const { jobId } = await failedDelivery(stack, await tokenOf(stack, world.adminEmail));
  await signInAs(page, stack, world.adminEmail);
  const jobs = await new FailedJobsPage(page).open('NOTIFICATIONS');
  const response = await open(page, '/admin/jobs?queue=NOTIFICATIONS');
  expect(apiCalls(response.headers())).toBe(1);
  await jobs.expectQueue(/^Emails: \d+ failed jobs?$/);
  await expect(jobs.job(jobId)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'failed-jobs');

  await jobs.retry();
  expect(await jobs.errors()).toEqual([{ text: 'Select the jobs to retry', href: '#jobIds' }]);
  await jobs.job(jobId).check();
  await jobs.retry();
  await jobs.expectOnPage();
  expect(await jobs.banner()).toContain('1 job is back in its queue.');

  // The retry is in the audit trail.
  const audit = await new AuditTrailPage(page).open('?entityType=queue');
  expect(await audit.actions()).toContain('retryFailedJobs');

  // The dashboard: a one-time link from the API, opened straight away.
  await new FailedJobsPage(page).open('NOTIFICATIONS');
  await page.getByRole('button', { name: 'Open the queue dashboard' }).click();
  await page.waitForURL((url) => url.origin === stack.apiUrl && url.pathname.startsWith('/admin/queues/queue/'));
});

test('a CiCC member has no moderation, safeguarding or admin pages', async ({ page, voting }) => {
  await acceptInvitation(page, await voting.inviteMember('Tia'));
  await new ModerationHousesPage(page).open();
  await expect(page.locator('#houses')).toHaveText(/You do not moderate any House’s comments/);
  await expectAccessible(page);
  const reports = await open(page, `/moderation/proposals/${voting.proposal.id}`);
  expect(reports.status()).toBe(403);
  await expect(page.getByRole('link', { name: /Hide comment/ })).toHaveCount(0);
  for (const path of ['/safeguarding', '/admin/audit', '/admin/jobs']) {
    const refused = await open(page, path);
    expect(refused.status(), path).toBe(403);
    await expect(page.locator('h1')).toHaveText('You cannot see this page');
  }
});

test('the moderation pages ask you to sign in first', async ({ page }) => {
  for (const path of ['/moderation', '/safeguarding', '/admin/audit', '/admin/jobs']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});
