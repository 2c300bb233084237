import { apiCalls, expect, expectAccessible, screenshots, test } from './support/fixtures';
import { open } from './pages/base-page';
import { AnswerPage, AnswersSentPage, ChooseWhomPage, NoFormPage } from './pages/answering-pages';
import { OurHousePage } from './pages/our-house-pages';
import { ProposalPage } from './pages/young-people-pages';
import { CO_CHAIR, ciccConsultation, councilSurvey, SURVEY_QUESTIONS as Q } from './support/answering';
import { PEOPLE, reference, signInAs } from './support/programme';
import type { Stack } from './support/stack';
import type { Page } from '@playwright/test';

/** The co-chair's count of councils that answered, on their House's page. */
async function councilsAnswered(page: Page, stack: Stack, title: string): Promise<string> {
  await signInAs(page, stack, CO_CHAIR);
  await page.goto(`/our-house/${(await reference(stack)).body('HOUSE_TRANSPORT')}`);
  const house = await new OurHousePage(page, 'Transport House').expectOnPage();
  return (await house.consultation(title).innerText()).replace(/\s+/g, ' ');
}

test('an officer answers for one of their councils: a required question left empty is shown against it, then the answers are sent and counted', async ({ page, stack, world: _world }) => {
  const survey = await councilSurvey(stack, 'Free bus travel survey');
  expect(await councilsAnswered(page, stack, survey.title)).toContain('0 of 33 local authorities answered');

  await signInAs(page, stack, PEOPLE.officer);
  await page.goto('/what-needs-you');
  const waiting = page.locator(`#consultations-to-answer [data-consultation="${survey.id}"]`);
  await expect(waiting).toContainText('Not answered yet for Camden, Croydon, Lambeth, Southwark');
  await waiting.getByRole('link', { name: survey.title }).click();

  const choose = await new ChooseWhomPage(page).expectOnPage();
  expect(await choose.hint('Lambeth')).toBe('Not answered yet');
  await expectAccessible(page);
  await screenshots(page, 'answering-choose');
  await choose.continue();
  await expect(page).toHaveTitle(/^Error: /);
  expect(await choose.errors()).toEqual([{ text: 'Choose whom you are answering for', href: '#for' }]);
  await choose.answerFor('Lambeth');

  const form = await new AnswerPage(page, survey.title).expectOnPage();
  expect(await form.answeringFor()).toContain('You are answering for Lambeth');
  const loaded = await open(page, page.url());
  expect(apiCalls(loaded.headers())).toBe(1);
  await form.expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'answering-form');

  // The required choice is left empty: the API's refusal is shown against it.
  await form.choose(Q.yesNo, 'No');
  await form.choose(Q.choices, 'Buses');
  await form.choose(Q.scale, '4');
  await form.textbox(Q.text).fill('Our cabinet meets in March.');
  await form.send();
  await expect(page).toHaveTitle(/^Error: /);
  const errors = await form.errors();
  expect(errors).toEqual([{ text: expect.stringContaining(`"${Q.choice}"`), href: `#q-${survey.questionIds[1]}` }]);
  await expect(form.question(Q.choice)).toContainText(Q.choice);
  await expect(page.locator('.govuk-error-message')).toHaveCount(1);
  // What was entered is kept.
  expect(await form.chosen(Q.yesNo, 'No')).toBe(true);
  expect(await form.chosen(Q.choices, 'Buses')).toBe(true);
  await expect(form.textbox(Q.text)).toHaveValue('Our cabinet meets in March.');
  await expectAccessible(page);
  await screenshots(page, 'answering-form-error');

  await form.choose(Q.choice, 'Shared');
  await form.send();
  const sent = await new AnswersSentPage(page).expectOnPage();
  expect(await sent.message()).toBe("Thank you: Lambeth's response is recorded.");
  await expectAccessible(page);
  await screenshots(page, 'answering-sent');
  await sent.backToProposal();
  await new ProposalPage(page, `${survey.title}: the offer`).expectOnPage();
  await expect(page.locator(`#consultations [data-consultation="${survey.id}"]`)).toContainText('Not answered yet');

  expect(await councilsAnswered(page, stack, survey.title)).toContain('1 of 33 local authorities answered');
});

test('without JavaScript, an officer answers and later changes the answers, starting from those sent', async ({ noJsPage: page, stack, world: _world }) => {
  const survey = await councilSurvey(stack, 'Tram travel survey');
  await signInAs(page, stack, PEOPLE.officer);
  // The address reminders link to lands on the proposal, which offers the consultation.
  await page.goto(`/consultations/${survey.id}`);
  await new ProposalPage(page, `${survey.title}: the offer`).expectOnPage();
  await page.locator(`#consultations [data-consultation="${survey.id}"]`).getByRole('link').click();
  await new ChooseWhomPage(page).answerFor('Camden');

  const form = await new AnswerPage(page, survey.title).expectOnPage();
  await expect(form.answeredBefore()).toHaveCount(0);
  await form.choose(Q.yesNo, 'Yes');
  await form.choose(Q.choice, 'TfL');
  await form.choose(Q.choices, 'Trams');
  await form.choose(Q.choices, 'Tube');
  await form.send();
  expect(await new AnswersSentPage(page).expectOnPage().then((s) => s.message())).toBe("Thank you: Camden's response is recorded.");

  await new AnswersSentPage(page).changeAnswers();
  const chooser = await new ChooseWhomPage(page).expectOnPage();
  expect(await chooser.hint('Camden')).toBe('Answered: you can change the answer');
  await chooser.answerFor('Camden');
  const again = await new AnswerPage(page, survey.title).expectOnPage();
  await expect(again.answeredBefore()).toContainText('These are the answers sent for Camden');
  expect(await again.chosen(Q.yesNo, 'Yes')).toBe(true);
  expect(await again.chosen(Q.choice, 'TfL')).toBe(true);
  expect(await again.chosen(Q.choices, 'Trams')).toBe(true);
  expect(await again.chosen(Q.choices, 'Tube')).toBe(true);
  expect(await again.chosen(Q.choices, 'Buses')).toBe(false);
  await again.choose(Q.choice, 'Shared');
  await again.untick(Q.choices, 'Tube');
  await again.send();
  expect(await new AnswersSentPage(page).expectOnPage().then((s) => s.message())).toBe("This replaces Camden's earlier response.");

  await page.goto(`/consultations/${survey.id}/answer?for=${(await reference(stack)).la('cmd')}`);
  const third = await new AnswerPage(page, survey.title).expectOnPage();
  expect(await third.chosen(Q.choice, 'Shared')).toBe(true);
  expect(await third.chosen(Q.choices, 'Tube')).toBe(false);
  expect(await third.chosen(Q.choices, 'Trams')).toBe(true);
  expect(await councilsAnswered(page, stack, survey.title)).toContain('1 of 33 local authorities answered');
});

test('someone the consultation does not ask gets no form, and a consultation not open says so', async ({ page, stack, world: _world }) => {
  const survey = await councilSurvey(stack, 'Night bus survey');
  await signInAs(page, stack, PEOPLE.chair);
  await page.goto(`/consultations/${survey.id}/answer`);
  const notAsked = await new NoFormPage(page, survey.title).expectOnPage();
  expect(await notAsked.reason()).toContain('You are not one of the people it asks');
  await expect(notAsked.forms()).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'answering-not-asked');
  // Nor does the proposal's page offer it.
  await page.goto(`/proposals/${survey.proposalId}`);
  await new ProposalPage(page, `${survey.title}: the offer`).expectOnPage();
  await expect(page.locator('#consultations')).toHaveCount(0);

  const later = await councilSurvey(stack, 'Bus pass survey', 'scheduled');
  const closed = await councilSurvey(stack, 'River bus survey', 'closed');
  await signInAs(page, stack, PEOPLE.officer);
  await page.goto(`/consultations/${later.id}/answer`);
  const notYet = await new NoFormPage(page, later.title).expectOnPage();
  expect(await notYet.reason()).toMatch(/^This consultation is not open yet\. It opens on .+ and takes answers until .+\.$/);
  await expect(notYet.forms()).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'answering-not-open-yet');

  await page.goto(`/consultations/${closed.id}/answer`);
  const over = await new NoFormPage(page, closed.title).expectOnPage();
  expect(await over.reason()).toMatch(/^This consultation closed on .+\. It no longer takes answers\.$/);
  await expect(over.forms()).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'answering-closed');
  // Neither waits for the officer on their home page.
  await page.goto('/what-needs-you');
  await expect(page.locator(`#consultations-to-answer [data-consultation="${closed.id}"]`)).toHaveCount(0);
  await expect(page.locator(`#consultations-to-answer [data-consultation="${later.id}"]`)).toHaveCount(0);
});

test('a CiCC member answers their consultation for themself, from the proposal’s page, and sees their answer when they come back', async ({ page, stack, world: _world }) => {
  const consultation = await ciccConsultation(stack, 'Free railcard');
  await signInAs(page, stack, CO_CHAIR);
  const proposal = await new ProposalPage(page, 'Free railcard').open(consultation.proposalId);
  await page.locator(`#consultations [data-consultation="${consultation.id}"]`).getByRole('link', { name: 'Answer the consultation' }).click();
  const form = await new AnswerPage(page, 'Free railcard').expectOnPage();
  expect(await form.answeringFor()).toBe('You are answering for yourself.');
  await form.choose('Would this help you?', 'Yes');
  await form.send();
  const sent = await new AnswersSentPage(page).expectOnPage();
  expect(await sent.message()).toBe('Thank you: your response is recorded.');
  await sent.backToProposal();
  await proposal.expectOnPage();
  await expect(page.locator(`#consultations [data-consultation="${consultation.id}"]`)).toContainText('Answered');
  await page.locator(`#consultations [data-consultation="${consultation.id}"]`).getByRole('link', { name: 'Change your answers' }).click();
  const again = await form.expectOnPage();
  await expect(again.answeredBefore()).toContainText('These are the answers you sent');
  expect(await again.chosen('Would this help you?', 'Yes')).toBe(true);
});
