import { readFileSync } from 'node:fs';
import { apiCalls, expect, pageWeight, test } from './support/fixtures';
import { open } from './pages/base-page';
import { SignInPage } from './pages/sign-in-pages';
import {
  acceptInvitation,
  LeaveCiccConfirmPage,
  LeaveCiccPage,
  LeftCiccPage,
  MessagesPage,
  ProposalPage,
  ReportedPage,
  SettingsPage,
  tabTo,
  VotePage,
  YourDataPage,
} from './pages/young-people-pages';

const PHONE = { width: 390, height: 844 };
const COMMENTS = `query($id: ID!) { proposalComments(proposalId: $id, first: 100) { edges { node { id body author { displayName } } } } }`;
const TALLY = `query($id: ID!) { consultation(id: $id) { tally { support oppose abstain total } tallyHidden { message } } }`;

for (const javaScript of [true, false]) {
  test(`from an invitation email to a counted vote and a comment on a phone, with JavaScript ${javaScript ? 'on' : 'off'}`, async ({ page, noJsPage, voting }) => {
    const tab = javaScript ? page : noJsPage;
    await tab.setViewportSize(PHONE);
    const name = javaScript ? 'Tomi' : 'Ola';
    // The invitation is read from the email the test SMTP server received.
    const invited = await voting.inviteMember(name);
    const home = await acceptInvitation(tab, invited);
    await expect(tab.locator('.govuk-caption-l')).toHaveText(`Signed in as ${name}`);

    // The open vote, with when it closes, links to its proposal.
    const vote = home.openVote(voting.proposal.title);
    await expect(vote).toContainText('Voting closes in 3 days.');
    await expect(vote).toContainText('Not voted yet');
    const proposal = await home.openProposal(voting.proposal.title);
    await expect(tab.locator('main')).toContainText('Your council pays the deposit when you rent your first home.');
    await expect(tab.locator('main')).toContainText('If you came to the UK as a child on your own');
    await expect(tab.locator('.moj-timeline__item').first()).toContainText('Asking for views');
    await expect(proposal.voteSection()).toContainText('You have not voted yet.');

    // Vote: a choice is needed; then it is counted, and can be changed.
    const votePage = await proposal.vote();
    await votePage.send();
    await expect(votePage.errors()).resolves.toEqual([{ text: 'Choose how you vote', href: '#choice' }]);
    await expect(tab).toHaveTitle(/^Error: Vote: Help with a rent deposit/);
    await votePage.choose('I support it');
    await votePage.send();
    await proposal.expectOnPage();
    await expect(proposal.banner()).toContainText('Your vote has been counted: “I support it”.');
    await expect(proposal.voteSection()).toContainText('You voted: I support it. Your vote has been counted.');
    const change = await proposal.vote();
    await expect(tab.getByLabel('I support it')).toBeChecked();
    await change.choose('I do not support it');
    await change.send();
    await expect(proposal.banner()).toContainText('Your vote has been changed to “I do not support it”.');
    await expect(proposal.voteSection()).toContainText('You voted: I do not support it.');
    // Too few have voted for results: the page says why, in the API's words.
    const { consultation } = await voting.admin.gql(TALLY, { id: voting.proposal.consultationId });
    expect(consultation.tally).toBeNull();
    await expect(proposal.whyNoResults()).not.toBeEmpty();

    // Comment: an empty one is refused on the form; then it is posted under the member's name.
    await proposal.addComment('');
    await expect(proposal.errors()).resolves.toEqual([{ text: 'Enter your comment', href: '#body' }]);
    await expect(tab).toHaveTitle(/^Error: Help with a rent deposit/);
    const text = `I would use this when I move out (${name}).`;
    await proposal.addComment(text);
    await expect(proposal.banner()).toContainText('Your comment has been posted.');
    const mine = proposal.comment(text);
    await expect(mine.locator('.app-comment__author')).toHaveText(name);

    // Change it, then reply to someone else's.
    const edit = await proposal.edit(mine);
    await edit.write(`${text} Even a small deposit helps.`);
    await expect(proposal.banner()).toContainText('Your comment has been changed.');
    await expect(proposal.comment(`${text} Even a small deposit helps.`)).toContainText('(edited)');
    await expect(proposal.commentById(voting.under18.commentId).getByRole('link', { name: /^Edit/ })).toHaveCount(0);
    const reply = await proposal.reply(proposal.commentById(voting.under18.commentId));
    await reply.write('');
    await expect(reply.errors()).resolves.toEqual([{ text: 'Enter your reply', href: '#body' }]);
    await reply.write(`Me too (${name}).`);
    await expect(proposal.banner()).toContainText('Your reply has been posted.');
    await expect(proposal.commentById(voting.under18.commentId).locator('.app-comment--reply', { hasText: `Me too (${name}).` })).toContainText(name);
  });
}

test('an under-18 member is named exactly as the API names them', async ({ page, voting }) => {
  const invited = await voting.inviteMember('Reader');
  await acceptInvitation(page, invited);
  const proposal = await new ProposalPage(page, voting.proposal.title).open(voting.proposal.id);
  // What the API tells another member about the comment's author.
  const viewer = await voting.member('Another reader');
  const { proposalComments } = await viewer.gql(COMMENTS, { id: voting.proposal.id });
  const apiName = proposalComments.edges.find((e: { node: { id: string } }) => e.node.id === voting.under18.commentId).node.author.displayName as string;
  expect(apiName).not.toBe(voting.under18.realName);
  await expect(proposal.commentById(voting.under18.commentId).locator('.app-comment__author').first()).toHaveText(apiName);
  await expect(page.locator('main')).not.toContainText(voting.under18.realName);
});

test('only what the API’s viewerCan allows is offered', async ({ page, voting }) => {
  // Someone with no place in the programme reads the proposal, but may not vote or comment.
  const home = await acceptInvitation(page, await voting.inviteOutsider('Visitor'));
  await expect(home.openVote(voting.proposal.title)).toHaveCount(0);
  const proposal = await new ProposalPage(page, voting.proposal.title).open(voting.proposal.id);
  await expect(proposal.voteSection()).toContainText('This vote is for other people.');
  await expect(page.getByRole('button', { name: 'Vote now' })).toHaveCount(0);
  await expect(page.getByLabel('Add a comment')).toHaveCount(0);
  const under18 = proposal.commentById(voting.under18.commentId);
  await expect(under18.getByRole('link', { name: /^Reply/ })).toHaveCount(0);
  await expect(under18.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
  await expect(under18.getByRole('link', { name: /^Report/ }).first()).toBeVisible();
  await page.goto(`/proposals/${voting.proposal.id}/vote`);
  await expect(page.locator('h1')).toHaveText('You cannot vote on this idea');
  const reply = await open(page, `/proposals/${voting.proposal.id}/comments/${voting.under18.commentId}/reply`);
  expect(reply.status()).toBe(403);
  await expect(page.locator('h1')).toHaveText('You cannot see this page');
  // Leaving the CiCC when not on it: the API's refusal, on the form.
  await page.goto('/settings/leave-the-cicc/confirm');
  const confirm = await new LeaveCiccConfirmPage(page).expectOnPage();
  await confirm.leave(true);
  await expect(confirm.errors()).resolves.toEqual([{ text: expect.stringMatching(/CICC_MEMBER|Children in Care Council/), href: '#confirm' }]);
});

test('links in notifications land on the proposal’s page', async ({ page, voting }) => {
  await acceptInvitation(page, await voting.inviteMember('Linked'));
  await page.goto(`/consultations/${voting.proposal.consultationId}`);
  await new ProposalPage(page, voting.proposal.title).expectOnPage();
  expect(new URL(page.url()).pathname).toBe(`/proposals/${voting.proposal.id}`);
  await page.goto(`/proposals/${voting.proposal.id}/comments/${voting.under18.commentId}`);
  await new ProposalPage(page, voting.proposal.title).expectOnPage();
  expect(new URL(page.url()).hash).toBe(`#comment-${voting.under18.commentId}`);
  const missing = await open(page, '/proposals/not-a-proposal');
  expect(missing.status()).toBe(404);
});

test('deleting your own comment asks first, and leaves a tombstone', async ({ noJsPage, voting }) => {
  await acceptInvitation(noJsPage, await voting.inviteMember('Deleter'));
  const proposal = await new ProposalPage(noJsPage, voting.proposal.title).open(voting.proposal.id);
  await proposal.addComment('I changed my mind about this (Deleter).');
  const mine = proposal.comment('I changed my mind about this (Deleter).');
  const id = (await mine.getAttribute('id'))!.replace('comment-', '');
  const confirm = await proposal.delete(mine);
  await confirm.keep();
  await expect(proposal.comment('I changed my mind about this (Deleter).')).toBeVisible();
  await (await proposal.delete(proposal.commentById(id))).confirm();
  await expect(proposal.banner()).toContainText('Your comment has been deleted.');
  await expect(proposal.commentById(id)).toContainText('This comment was deleted.');
  await expect(proposal.commentById(id)).not.toContainText('I changed my mind about this');
});

test('results show once enough members have voted', async ({ noJsPage, voting }) => {
  const invited = await voting.inviteMember('Counter');
  const home = await acceptInvitation(noJsPage, invited);
  const proposal = await home.openProposal(voting.counted.title);
  const votePage = await proposal.vote();
  await votePage.choose('I support it');
  await votePage.send();
  await expect(proposal.banner()).toContainText('Your vote has been counted');
  const { consultations } = await voting.admin.gql(`query($id: ID!) { consultations(filter: { proposalId: $id }) { edges { node { tally { support oppose abstain total } } } } }`, { id: voting.counted.id });
  const tally = consultations.edges[0].node.tally;
  expect(tally.total).toBeGreaterThanOrEqual(6);
  const percent = (n: number) => Math.round((n / tally.total) * 100);
  await expect(proposal.results()).resolves.toEqual([
    `I support it ${tally.support} (${percent(tally.support)}%)`,
    `I do not support it ${tally.oppose} (${percent(tally.oppose)}%)`,
    `I do not want to choose ${tally.abstain} (${percent(tally.abstain)}%)`,
  ]);
  await expect(proposal.voteSection()).toContainText(`${tally.total} members voted.`);
});

test('reporting a worry about someone’s safety says what happens next, by when, and who to call now', async ({ page, voting }) => {
  await page.setViewportSize(PHONE);
  const writer = await voting.member('Writer');
  const { addComment } = await writer.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, {
    input: { proposalId: voting.proposal.id, body: 'I do not feel safe where I live right now.' },
  });
  const invited = await voting.inviteMember('Worried');
  await acceptInvitation(page, invited);
  const proposal = await new ProposalPage(page, voting.proposal.title).open(voting.proposal.id);
  const report = await proposal.report(proposal.commentById(addComment.comment.id));
  await expect(page.locator('.govuk-warning-text')).toContainText('call 999');
  await report.send(null);
  await expect(report.errors()).resolves.toEqual([{ text: 'Choose a reason', href: '#reason' }]);
  await report.send('I’m worried about someone’s safety', 'They said they do not feel safe at home.');
  const reported = await new ReportedPage(page).expectOnPage();
  await expect(page.locator('h1')).toHaveText('We have told the safeguarding team');
  const main = page.locator('main');
  await expect(main).toContainText('What happens next');
  await expect(main).toContainText('Someone will look at it within one working day.');
  await expect(main).toContainText('If someone is in danger now, call 999.');
  await expect(main).toContainText('Childline: 0800 1111');
  await expect(page.getByRole('link', { name: '0800 1111' })).toHaveAttribute('href', 'tel:08001111');
  expect(await reported.title()).toBe('We have told the safeguarding team – London Care Leavers Compact');
  // The comment is held from view while the safeguarding team looks at it.
  await proposal.open(voting.proposal.id);
  await expect(proposal.commentById(addComment.comment.id)).not.toContainText('I do not feel safe where I live right now.');
});

test('changing how you hear about replies, and seeing what the service holds about you', async ({ noJsPage, voting }) => {
  const tab = noJsPage;
  await tab.setViewportSize(PHONE);
  const member = await voting.inviteMember('Settings');
  await acceptInvitation(tab, member);
  const settings = await new SettingsPage(tab).open();
  await settings.go('How you hear about things');
  const messages = await new MessagesPage(tab).expectOnPage();
  await expect(messages.choiceFor('Someone replied to your comment')).toHaveText('Email me straight away');
  // What the API says cannot be changed is shown without a Change link, and the page says why.
  await expect(tab.locator('main')).toContainText('Some messages always come straight away by email, because someone may need help.');
  await expect(tab.getByRole('link', { name: 'Change a worry about someone’s safety for a safeguarding lead' })).toHaveCount(0);
  await expect(tab.getByRole('link', { name: 'Change someone replied to your comment' })).toHaveCount(1);
  const kind = await messages.change('Someone replied to your comment');
  await expect(tab.getByLabel('Email me straight away')).toBeChecked();
  await kind.choose('Put it in a weekly email');
  await messages.expectOnPage();
  await expect(tab.locator('.govuk-notification-banner')).toContainText('Saved. Someone replied to your comment: put it in a weekly email.');
  await expect(messages.choiceFor('Someone replied to your comment')).toHaveText('Put it in a weekly email');

  await new SettingsPage(tab).open();
  await settings.go('What we hold about you');
  await new YourDataPage(tab).expectOnPage();
  const main = tab.locator('main');
  await expect(main).toContainText('Settings');
  await expect(main).toContainText('Someone replied to your comment: put it in a weekly email');
  // A copy to keep: every field the API holds, as a file.
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name: 'Download a copy of your data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^your-data-\d{4}-\d{2}-\d{2}\.json$/);
  const copy = JSON.parse(readFileSync((await download.path()), 'utf8')) as { profile: { email: string }; notificationPreferences: { kind: string; delivery: string }[]; sessions: unknown[] };
  expect(copy.profile.email).toBe(member.email);
  expect(copy.notificationPreferences).toContainEqual({ kind: 'COMMENT_REPLY', delivery: 'WEEKLY_DIGEST' });
  expect(copy.sessions.length).toBeGreaterThan(0);
});

test('leaving the CiCC, said plainly, with a confirm step; it signs you out', async ({ page, voting }) => {
  await page.setViewportSize(PHONE);
  await acceptInvitation(page, await voting.inviteMember('Leaver'));
  const settings = await new SettingsPage(page).open();
  await settings.go('Leave the CiCC');
  const leave = await new LeaveCiccPage(page).expectOnPage();
  await expect(page.locator('main')).toContainText('You are signed out on every phone and computer.');
  await expect(page.locator('main')).toContainText('Your votes still count.');
  await leave.continue();
  const confirm = await new LeaveCiccConfirmPage(page).expectOnPage();
  await confirm.leave(false);
  await expect(confirm.errors()).resolves.toEqual([{ text: 'Tick the box to say you want to leave the CiCC', href: '#confirm' }]);
  await confirm.leave(true);
  await new LeftCiccPage(page).expectOnPage();
  await open(page, '/what-needs-you');
  await new SignInPage(page).expectOnPage();
});

test('a keyboard-only run: invitation, vote and comment', async ({ page, voting }) => {
  await page.setViewportSize(PHONE);
  const invited = await voting.inviteMember('Keys');
  await page.goto(invited.link);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toContainText('What needs you');
  await tabTo(page, page.getByRole('link', { name: voting.proposal.title }));
  await page.keyboard.press('Enter');
  const proposal = await new ProposalPage(page, voting.proposal.title).expectOnPage();
  await tabTo(page, page.getByRole('button', { name: 'Vote now' }));
  await page.keyboard.press('Enter');
  await new VotePage(page).expectOnPage();
  await tabTo(page, page.getByLabel('I support it'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Send my vote' }));
  await page.keyboard.press('Enter');
  await expect(proposal.voteSection()).toContainText('You voted: I support it.');
  await tabTo(page, page.getByLabel('Add a comment'));
  await page.keyboard.type('Typed with the keyboard only.');
  await tabTo(page, page.getByRole('button', { name: 'Post comment' }));
  await page.keyboard.press('Enter');
  await expect(proposal.banner()).toContainText('Your comment has been posted.');
  await expect(proposal.comment('Typed with the keyboard only.')).toBeVisible();
});

test('each young person’s page needs one API round trip (settings none)', async ({ page, voting }) => {
  await acceptInvitation(page, await voting.inviteMember('Counted'));
  const pages: [string, number][] = [
    ['/what-needs-you', 1],
    [`/proposals/${voting.proposal.id}`, 1],
    [`/proposals/${voting.proposal.id}/vote`, 1],
    [`/proposals/${voting.proposal.id}/comments/${voting.under18.commentId}/reply`, 1],
    [`/proposals/${voting.proposal.id}/comments/${voting.under18.commentId}/report`, 1],
    ['/settings', 0],
    ['/settings/messages', 1],
    ['/settings/messages/comment-reply', 1],
    ['/settings/your-data', 1],
    ['/settings/leave-the-cicc', 0],
  ];
  const counted: string[] = [];
  for (const [path] of pages) {
    const response = await open(page, path);
    expect(response.status(), path).toBe(200);
    counted.push(`${path}: ${apiCalls(response.headers())}`);
  }
  expect(counted).toEqual(pages.map(([path, calls]) => `${path}: ${calls}`));
});

test('the vote page weighs at most 100 KB on the wire (HTML, CSS and JavaScript, compressed)', async ({ page, voting }) => {
  await acceptInvitation(page, await voting.inviteMember('Light'));
  const { bytes, files } = await pageWeight(page, `/proposals/${voting.proposal.id}/vote`);
  expect(files).toBeGreaterThanOrEqual(4);
  expect(bytes).toBeLessThanOrEqual(100 * 1024);
});
