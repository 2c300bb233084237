import { open } from './pages/base-page';
import {
  ActionItemPage,
  AgendaItemPage,
  BoardActionsPage,
  BoardMeetingsPage,
  BoardOverviewPage,
  CheckDecisionPage,
  DecisionPage,
  MeetingPage,
  ScheduleMeetingPage,
} from './pages/trust-board-pages';
import { apiCalls, expect, expectAccessible, screenshots, test } from './support/fixtures';
import { PEOPLE, signInAs } from './support/programme';
import { boardAction, boardMeeting, londonDayFromNow, onAgenda, proposalStatus, recommendedProposal } from './support/trust-board';

function boxes(day: string): { day: string; month: string; year: string } {
  const [year, month, date] = day.split('-');
  return { day: String(Number(date)), month: String(Number(month)), year };
}

test('the Trust Board chair schedules a meeting, puts a recommended proposal on its agenda, endorses it with a reason and sets an action', async ({ page, stack, world: _world }) => {
  const title = 'Free gym membership';
  const proposalId = await recommendedProposal(stack, { house: 'HOUSE_HEALTH', title, summary: 'Care leavers get a free council gym membership until they are 25.', category: 'HEALTH' });

  await signInAs(page, stack, PEOPLE.chair);
  const response = await open(page, '/trust-board');
  expect(apiCalls(response.headers())).toBe(1);
  const overview = await new BoardOverviewPage(page).expectOnPage();
  expect((await overview.waitingForDecision()).join(' ')).toContain(`${title} from Health House`);
  expect(Number(await overview.houseFigure('Health House', 'Recommended to the board'))).toBeGreaterThanOrEqual(1);
  await expectAccessible(page);
  await screenshots(page, 'trust-board-overview');

  // Schedule a meeting: first with a date that is no date, then properly.
  await overview.scheduleMeeting();
  const schedule = await new ScheduleMeetingPage(page).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'trust-board-schedule-meeting');
  await schedule.schedule({ title: 'Trust Board: health offers', day: '31', month: '2', year: '2027', time: 'teatime' });
  expect(await schedule.errors()).toEqual([
    { text: 'Enter the date of the meeting as a real date, for example 27 3 2027', href: '#date-day' },
    { text: 'Enter the start time as a time of day, for example 14:30 or 2:30pm', href: '#time' },
  ]);
  expect(await schedule.title()).toMatch(/^Error: Schedule a Trust Board meeting/);
  await expectAccessible(page);
  await screenshots(page, 'trust-board-schedule-meeting-errors');
  const meetingDay = londonDayFromNow(7);
  await schedule.schedule({ title: 'Trust Board: health offers', ...boxes(meetingDay), time: '14:30', location: 'City Hall, committee room 4' });
  const meeting = await new MeetingPage(page, 'Trust Board: health offers').expectOnPage();
  expect(await meeting.banner()).toContain('Meeting scheduled');
  expect(await meeting.details()).toContain('at 2:30pm');
  expect(await meeting.details()).toContain('City Hall, committee room 4');
  const meetingUrl = page.url();

  // Put the recommended proposal on the agenda.
  await meeting.addAgendaItem();
  const agenda = await new AgendaItemPage(page).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'trust-board-agenda-item');
  await agenda.add('', title);
  expect(await agenda.errors()).toEqual([{ text: 'Enter the agenda item', href: '#title' }]);
  expect(await agenda.title()).toMatch(/^Error: Add an agenda item/);
  await expectAccessible(page);
  await agenda.add('Decide on free gym membership', title, 'not a link');
  expect(await agenda.errors()).toEqual([{ text: 'Enter the link to the papers as a web address starting https://', href: '#papersUrl' }]);
  await agenda.add('Decide on free gym membership', title, 'https://example.org/board/gym-membership.pdf');
  await meeting.expectOnPage();
  expect(await meeting.banner()).toContain('Added to the agenda as item 1.');
  await expect(meeting.agendaItem(title)).toContainText('Recommended');
  await expect(meeting.agendaItem(title).getByRole('link', { name: /^Read the papers/ })).toHaveAttribute('href', 'https://example.org/board/gym-membership.pdf');
  await expect(meeting.agendaItem(title).getByRole('link', { name: /^Read the proposal/ })).toHaveAttribute('href', `/proposals/${proposalId}`);
  const meetingResponse = await open(page, meetingUrl);
  expect(apiCalls(meetingResponse.headers())).toBe(1);
  await meeting.expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'trust-board-meeting');

  // Endorse it: the reasons are asked for, then checked before they are recorded.
  await meeting.recordDecisionOn(title);
  const decision = await new DecisionPage(page, title).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'trust-board-decision');
  await decision.decide('Endorse it', '');
  expect(await decision.errors()).toEqual([{ text: 'Enter the reasons for the decision', href: '#summary' }]);
  expect(await decision.title()).toMatch(/^Error: Record a decision on Free gym membership/);
  await expectAccessible(page);
  await screenshots(page, 'trust-board-decision-errors');
  await decision.decide('Endorse it', 'Cheap to give and the CiCC backed it strongly.');
  const check = await new CheckDecisionPage(page).expectOnPage();
  expect(await check.answers()).toContain('Decision Endorse it');
  expect(await check.answers()).toContain('Reasons Cheap to give and the CiCC backed it strongly.');
  await expectAccessible(page);
  await screenshots(page, 'trust-board-check-decision');
  await check.record();
  await meeting.expectOnPage();
  expect(await meeting.banner()).toContain('Decision recorded: the proposal was endorsed.');
  expect((await meeting.decisions()).join(' ')).toContain('Endorsed: Free gym membership Cheap to give and the CiCC backed it strongly. Recorded by Trust Board chair');
  await expect(meeting.agendaItem(title)).toContainText('Endorsed');
  await expect(meeting.recordDecisionLinks()).toHaveCount(0);
  expect(await proposalStatus(stack, proposalId)).toBe('ENDORSED');
  await meeting.agendaItem(title).getByRole('link', { name: /^Read the proposal/ }).click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('main .govuk-tag').first()).toHaveText('Backed by the Trust Board');
  await page.goBack();
  await meeting.expectOnPage();

  // An action: a due date in the wrong form first.
  await meeting.addAction();
  const action = await new ActionItemPage(page, 'Add an action').expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'trust-board-add-action');
  await action.fill({ description: 'Write to the councils about the gym offer', owner: 'Trust Board chair', day: '12', month: 'June', year: '2027' });
  await action.save();
  expect(await action.errors()).toEqual([{ text: 'Enter the due date as a real date, for example 27 3 2027', href: '#dueOn-day' }]);
  expect(await action.title()).toMatch(/^Error: /);
  await expectAccessible(page);
  const dueDay = londonDayFromNow(21);
  await action.fill({ ...boxes(dueDay) });
  await action.save();
  await meeting.expectOnPage();
  expect(await meeting.banner()).toContain('Action added.');
  expect((await meeting.actions()).join(' ')).toMatch(/Write to the councils about the gym offer Trust Board chair, due \d{1,2} \w+ \d{4}/);

  // The proposal has left the board's waiting list; the action is open.
  await overview.open();
  expect((await overview.waitingForDecision()).join(' ')).not.toContain(title);
  expect((await overview.nextMeetings()).join(' ')).toContain('Trust Board: health offers');
  expect((await overview.openActions()).join(' ')).toContain('Write to the councils about the gym offer');

  await open(page, '/trust-board/meetings');
  const meetings = await new BoardMeetingsPage(page).expectOnPage();
  expect((await meetings.upcoming()).join(' ')).toContain('Trust Board: health offers');
  await expectAccessible(page);
  await screenshots(page, 'trust-board-meetings');

  const actions = await new BoardActionsPage(page).open();
  expect((await actions.openActions()).join(' ')).toContain('Write to the councils about the gym offer');
  await expectAccessible(page);
  await screenshots(page, 'trust-board-actions');
  await page.locator('#open-actions li', { hasText: 'Write to the councils about the gym offer' }).getByRole('link', { name: /^Change/ }).click();
  await new ActionItemPage(page, 'Change the action').expectOnPage();
  await expect(page.getByLabel('Who will do it')).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(page.getByRole('radio', { name: 'Still to do' })).toBeChecked();
  await expectAccessible(page);
  await screenshots(page, 'trust-board-change-action');
});

test('without JavaScript, the chair defers a proposal and closes an overdue action', async ({ noJsPage, stack, world: _world }) => {
  const title = 'Free driving lessons';
  const proposalId = await recommendedProposal(stack, { house: 'HOUSE_TRANSPORT', title, summary: 'Ten free driving lessons for each care leaver.', category: 'TRANSPORT' });
  const meetingId = await boardMeeting(stack, 'Trust Board: transport', -10);
  await onAgenda(stack, meetingId, proposalId, 'Driving lessons');
  await boardAction(stack, meetingId, PEOPLE.chair, 'Ask TfL about costs', londonDayFromNow(-3));

  await signInAs(noJsPage, stack, PEOPLE.chair);
  await open(noJsPage, `/trust-board/meetings/${meetingId}`);
  const meeting = await new MeetingPage(noJsPage, 'Trust Board: transport').expectOnPage();
  expect((await meeting.actions()).join(' ')).toContain('Ask TfL about costs Trust Board chair, due');
  await expect(noJsPage.locator('#actions li', { hasText: 'Ask TfL about costs' })).toContainText('Overdue');

  await meeting.recordDecisionOn(title);
  const decision = await new DecisionPage(noJsPage, title).expectOnPage();
  await decision.decide('Defer it', 'We need the costs from TfL first.');
  const check = await new CheckDecisionPage(noJsPage).expectOnPage();
  await check.record();
  await meeting.expectOnPage();
  expect(await meeting.banner()).toContain('the proposal was deferred');
  expect((await meeting.decisions()).join(' ')).toContain('Noted or deferred: Free driving lessons We need the costs from TfL first.');
  await expect(meeting.agendaItem(title)).toContainText('Recommended');
  expect(await proposalStatus(stack, proposalId)).toBe('RECOMMENDED');

  // The API's own refusal (a due date before the meeting) is shown against the date.
  await meeting.changeAction('Ask TfL about costs');
  const change = await new ActionItemPage(noJsPage, 'Change the action').expectOnPage();
  await change.fill({ ...boxes(londonDayFromNow(-12)), status: 'Done' });
  await change.save();
  const [problem] = await change.errors();
  expect(problem.href).toBe('#dueOn-day');
  expect(problem.text).toMatch(/is before the meeting/);
  await change.fill({ ...boxes(londonDayFromNow(-3)), status: 'Done' });
  await change.save();
  await meeting.expectOnPage();
  expect(await meeting.banner()).toContain('Action changed.');
  const row = noJsPage.locator('#actions li', { hasText: 'Ask TfL about costs' });
  await expect(row).toContainText('Done');
  await expect(row).not.toContainText('Overdue');
});

test('someone who is not on the Trust Board sees its meeting but cannot record a decision or change its agenda', async ({ page, stack, world: _world }) => {
  const title = 'Free laptop';
  const proposalId = await recommendedProposal(stack, { house: 'HOUSE_FINANCE', title, summary: 'A laptop for each care leaver starting college.', category: 'FINANCE' });
  const meetingId = await boardMeeting(stack, 'Trust Board: finance', 5);
  await onAgenda(stack, meetingId, proposalId, 'Laptops');

  await signInAs(page, stack, PEOPLE.sectorLead);
  await open(page, `/trust-board/meetings/${meetingId}`);
  const meeting = await new MeetingPage(page, 'Trust Board: finance').expectOnPage();
  await expect(meeting.agendaItem(title)).toContainText('Recommended');
  await expect(meeting.recordDecisionLinks()).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add an agenda item' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add an action' })).toHaveCount(0);

  const overview = await new BoardOverviewPage(page).open();
  await expect(page.getByRole('button', { name: 'Schedule a meeting' })).toHaveCount(0);
  expect((await overview.waitingForDecision()).join(' ')).toContain(title);

  await open(page, `/trust-board/meetings/${meetingId}/decisions/${proposalId}`);
  await new DecisionPage(page, title).expectOnPage();
  await expect(page.locator('#cannot-decide')).toContainText('You cannot record a decision at this meeting');
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expectAccessible(page);
  expect(await proposalStatus(stack, proposalId)).toBe('RECOMMENDED');
});
