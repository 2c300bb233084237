import type { Page } from '@playwright/test';
import { apiCalls, expect, expectAccessible, expectNoSidewaysScroll, screenshots, test } from './support/fixtures';
import { open } from './pages/base-page';
import { OurHousePage, SignOffPage } from './pages/our-house-pages';
import {
  CloseConsultationPage,
  ConsultationOutcomePage,
  HouseProposalPage,
  MovePage,
  OpenConsultationPage,
  ProposalFormPage,
} from './pages/our-house-drafting-pages';
import { ciccMembersVote, consultationsOf, londonDayFromNow } from './support/drafting';
import { PEOPLE, reference, signInAs } from './support/programme';

const YOUNG_PERSON = 'amani@compact.test';
const TITLE = 'Free driving lessons';

/** Every new page: no accessibility problems, no sideways scrolling at 320 pixels, and screenshots. */
async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  if (original) await page.setViewportSize(original);
  await screenshots(page, name);
}

test('a co-chair pair takes a proposal from draft to recommended through a consultation of the CiCC', async ({ page, noJsPage, stack, world }) => {
  const ref = await reference(stack);
  const houseId = ref.body('HOUSE_TRANSPORT');

  // The young person co-chair drafts it; a first try without a title is refused by the API.
  await signInAs(page, stack, YOUNG_PERSON);
  const houseResponse = await open(page, `/our-house/${houseId}`);
  expect(apiCalls(houseResponse.headers())).toBe(1);
  const house = await new OurHousePage(page, 'Transport House').expectOnPage();
  await page.getByRole('button', { name: 'Draft a proposal' }).click();
  const draft = await new ProposalFormPage(page, 'Draft a proposal').expectOnPage();
  expect(await draft.title()).toMatch(/^Draft a proposal – /);
  await expect(page.locator('#uascConsiderations-hint')).toContainText('before the proposal can go into consultation');
  await checkPage(page, 'our-house-draft-proposal');
  await draft.fill({
    title: '',
    summary: 'Care leavers get 10 driving lessons free.',
    category: 'Transport',
    deliveryModel: 'Each council agrees for its own care leavers',
    rationale: 'Young people told us a licence opens up jobs.',
    evidenceLinks: 'https://example.org/driving-survey',
  });
  await draft.save();
  await draft.expectOnPage();
  expect(await draft.errors()).toEqual([{ text: 'Enter a title of 3 to 200 characters', href: '#title' }]);
  expect(await draft.title()).toMatch(/^Error: Draft a proposal – /);
  await expect(page.locator('#title-error')).toBeVisible();
  await expect(page.getByLabel('What care leavers get')).toHaveValue('Care leavers get 10 driving lessons free.');
  await checkPage(page, 'our-house-draft-proposal-error');
  await draft.fill({ title: TITLE });
  await draft.save();
  let proposal = await new HouseProposalPage(page, TITLE).expectOnPage();
  expect(await proposal.banner()).toContain('You drafted the proposal.');
  expect(await proposal.status()).toBe('Draft');
  await expect(page.locator('#details')).toContainText('Not written yet');
  const proposalUrl = new URL(page.url()).pathname;
  const proposalResponse = await open(page, proposalUrl);
  expect(apiCalls(proposalResponse.headers())).toBe(1);
  await proposal.expectOnPage();
  expect(await proposal.moves()).toEqual(['Withdraw']);
  await checkPage(page, 'our-house-proposal-draft');

  // The sector lead writes how it works for young people who came alone, without JavaScript.
  await signInAs(noJsPage, stack, PEOPLE.sectorLead);
  await open(noJsPage, proposalUrl);
  const leadView = await new HouseProposalPage(noJsPage, TITLE).expectOnPage();
  await leadView.editLink().click();
  const edit = await new ProposalFormPage(noJsPage, `Edit ${TITLE}`).expectOnPage();
  await expect(edit.warning()).toHaveCount(0);
  await edit.fill({ uascConsiderations: 'Open to every care leaver whatever their immigration status. A Home Office letter is not needed.', minAge: '17' });
  await edit.save();
  await leadView.expectOnPage();
  expect(await leadView.banner()).toContain('You saved your changes.');
  await expect(noJsPage.locator('#details')).toContainText('Care leavers aged 17 to 25');
  await expect(noJsPage.locator('#details')).toContainText('A Home Office letter is not needed.');

  // The sector lead puts it into consultation; withdrawing asks for confirmation first.
  await signInAs(page, stack, PEOPLE.sectorLead);
  await open(page, proposalUrl);
  proposal = await new HouseProposalPage(page, TITLE).expectOnPage();
  expect(await proposal.moves()).toEqual(['Put into consultation', 'Withdraw']);
  await proposal.move('Withdraw');
  await new MovePage(page, `Withdraw: ${TITLE}`).expectOnPage();
  await expect(page.locator('.govuk-warning-text')).toContainText('You cannot undo this.');
  await expect(page.getByRole('button', { name: 'Yes, withdraw it' })).toBeVisible();
  await checkPage(page, 'our-house-withdraw-proposal');
  await open(page, proposalUrl);
  await proposal.move('Put into consultation');
  const move = await new MovePage(page, `Put into consultation: ${TITLE}`).expectOnPage();
  await checkPage(page, 'our-house-move-proposal');
  await move.moveWithReason('', 'Put it into consultation');
  await move.expectOnPage();
  const noReason = await move.errors();
  expect(noReason).toHaveLength(1);
  expect(noReason[0].href).toBe('#reason');
  await move.moveWithReason('Ready to ask the Children in Care Council.', 'Put it into consultation');
  await proposal.expectOnPage();
  expect(await proposal.banner()).toContain('It is now in consultation.');
  expect(await proposal.status()).toBe('In consultation');

  // Editing in consultation warns that it cancels sign-offs.
  await proposal.editLink().click();
  const editInConsultation = await new ProposalFormPage(page, `Edit ${TITLE}`).expectOnPage();
  await expect(editInConsultation.warning()).toContainText('Saving a change cancels any sign-offs');
  await checkPage(page, 'our-house-edit-proposal');

  // The Our House page links the proposal in consultation.
  await open(page, `/our-house/${houseId}`);
  await house.expectOnPage();
  await page.locator('h3:has-text("In consultation") + ul').getByRole('link', { name: TITLE }).click();
  await proposal.expectOnPage();

  // The young person co-chair opens a consultation of the CiCC.
  await signInAs(page, stack, YOUNG_PERSON);
  await open(page, proposalUrl);
  await proposal.openConsultation();
  const consult = await new OpenConsultationPage(page, TITLE).expectOnPage();
  await checkPage(page, 'our-house-open-consultation');
  await consult.open();
  await consult.expectOnPage();
  expect(await consult.errors()).toEqual([
    { text: 'Choose who you are asking', href: '#audience' },
    { text: 'Enter the date it closes', href: '#closes-day' },
  ]);
  await consult.fill({
    audience: 'Children in Care Council',
    tally: 'Only when voting closes',
    description: 'Would free driving lessons help you?',
    closes: londonDayFromNow(14),
    questions: [
      { prompt: 'Would free driving lessons help you?', kind: 'Yes or no' },
      { prompt: 'How many lessons would you need?', kind: 'Choose one option', options: ['Up to 10', '10 to 20', 'More than 20'], askIf: { question: 1, answer: 'Yes' } },
    ],
  });
  await consult.open();
  await proposal.expectOnPage();
  expect(await proposal.banner()).toContain('You opened the consultation.');
  const cicc = proposal.consultation('Children in Care Council');
  await expect(cicc).toContainText('Open.');
  const proposalId = proposalUrl.split('/').pop()!;
  expect(await consultationsOf(stack, proposalId, YOUNG_PERSON)).toEqual([
    {
      audience: 'CICC',
      tallyVisibility: 'AFTER_CLOSE',
      questions: [
        { prompt: 'Would free driving lessons help you?', kind: 'YES_NO', options: [], askIf: null },
        { prompt: 'How many lessons would you need?', kind: 'SINGLE_CHOICE', options: ['Up to 10', '10 to 20', 'More than 20'], askIf: { question: 0, answer: 'Yes' } },
      ],
    },
  ]);

  // CiCC members vote, then the co-chair closes it early after a confirmation.
  await ciccMembersVote(stack, world, proposalId, ['SUPPORT', 'SUPPORT', 'OPPOSE']);
  await open(page, proposalUrl);
  await cicc.getByRole('link', { name: /Close it early/ }).click();
  const close = await new CloseConsultationPage(page, TITLE).expectOnPage();
  await expect(page.locator('.govuk-warning-text')).toContainText('You cannot undo this.');
  await checkPage(page, 'our-house-close-consultation');
  await close.confirm();
  await proposal.expectOnPage();
  expect(await proposal.banner()).toContain('You closed the consultation.');
  await expect(cicc).toContainText('Closed.');

  // The outcome, in words young people read.
  await cicc.getByRole('link', { name: /Record the outcome/ }).click();
  const outcome = await new ConsultationOutcomePage(page, TITLE).expectOnPage();
  expect(await outcome.hint()).toContain('Everyone who took part will read this, including young people.');
  await checkPage(page, 'our-house-consultation-outcome');
  await outcome.record('You said free driving lessons would help you get work. We are asking the Trust Board to agree 10 free lessons.');
  await proposal.expectOnPage();
  expect(await proposal.banner()).toContain('You recorded the outcome.');
  await expect(cicc).toContainText('You said free driving lessons would help you get work.');

  // The young person co-chair signs off; the sector lead's edit then cancels that sign-off, after a warning.
  await page.getByRole('link', { name: 'Sign it off' }).click();
  await new SignOffPage(page, TITLE).expectOnPage();
  await page.getByRole('button', { name: 'Sign off' }).click();
  await house.expectOnPage();
  expect(await house.banner()).toContain('It now waits for your co-chair’s sign-off.');
  await signInAs(page, stack, PEOPLE.sectorLead);
  await open(page, proposalUrl);
  await expect(page.locator('#sign-off')).toContainText('Signed off by Amani.');
  await proposal.editLink().click();
  const lateEdit = await new ProposalFormPage(page, `Edit ${TITLE}`).expectOnPage();
  await expect(lateEdit.warning()).toContainText('(signed by Amani)');
  await lateEdit.fill({ rationale: 'Young people told us a licence opens up jobs. 3 in 4 CiCC members who voted backed it.' });
  await lateEdit.save();
  await proposal.expectOnPage();
  await expect(page.locator('#sign-off')).toContainText('No one has signed it off yet.');

  // Both co-chairs sign off again; it shows as recommended.
  await page.getByRole('link', { name: 'Sign it off' }).click();
  await new SignOffPage(page, TITLE).expectOnPage();
  await page.getByRole('button', { name: 'Sign off' }).click();
  await house.expectOnPage();
  expect(await house.banner()).toContain('It now waits for your co-chair’s sign-off.');
  await signInAs(page, stack, YOUNG_PERSON);
  await open(page, proposalUrl);
  await page.getByRole('link', { name: 'Sign it off' }).click();
  await new SignOffPage(page, TITLE).expectOnPage();
  await page.getByRole('button', { name: 'Sign off' }).click();
  await house.expectOnPage();
  expect(await house.banner()).toContain('the proposal is recommended to the Trust Board');
  await expect(page.locator('h3:has-text("Recommended to the Trust Board") + ul')).toContainText(TITLE);
  await open(page, proposalUrl);
  expect(await proposal.status()).toBe('Recommended to the Trust Board');
  await expect(page.locator('#sign-off')).toContainText('Signed off by');
});

test('someone who is not a co-chair of the House is not offered drafting or editing', async ({ page, stack, world: _world }) => {
  const ref = await reference(stack);
  const houseId = ref.body('HOUSE_FINANCE');
  await signInAs(page, stack, PEOPLE.sectorLead);
  const formResponse = await open(page, `/our-house/${houseId}/proposals/new`);
  expect(apiCalls(formResponse.headers())).toBe(1);
  const draft = await new ProposalFormPage(page, 'Draft a proposal').expectOnPage();
  await draft.fill({ title: 'Help with phone bills', summary: 'Care leavers get help with their first phone contract.', category: 'Money', deliveryModel: 'Each council agrees for its own care leavers' });
  await draft.save();
  const proposal = await new HouseProposalPage(page, 'Help with phone bills').expectOnPage();
  const proposalUrl = new URL(page.url()).pathname;
  await expect(proposal.editLink()).toBeVisible();
  // Without a word on young people who came to the UK alone, the API refuses to consult on it and the form says why.
  await proposal.openConsultation();
  const consult = await new OpenConsultationPage(page, 'Help with phone bills').expectOnPage();
  await consult.fill({ audience: 'Children in Care Council', closes: londonDayFromNow(7), questions: [] });
  await consult.open();
  await consult.expectOnPage();
  const refused = await consult.errors();
  expect(refused).toHaveLength(1);
  expect(refused[0].text).toContain('before it leaves draft');

  await signInAs(page, stack, PEOPLE.officer);
  await open(page, `/our-house/${houseId}`);
  await new OurHousePage(page, 'Finance House').expectOnPage();
  await expect(page.getByRole('button', { name: 'Draft a proposal' })).toHaveCount(0);
  await open(page, proposalUrl);
  await proposal.expectOnPage();
  await expect(proposal.editLink()).toHaveCount(0);
  await expect(page.locator('#moves')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open a consultation' })).toHaveCount(0);
  await open(page, `${proposalUrl}/edit`);
  await new ProposalFormPage(page, 'Edit Help with phone bills').expectOnPage();
  await expect(page.locator('#cannot-change')).toContainText('You cannot edit this proposal now.');
  await expect(page.locator('main form')).toHaveCount(0);
  await open(page, `/our-house/${houseId}/proposals/new`);
  await expect(page.locator('#cannot-change')).toContainText('You cannot draft a proposal in this House.');
});
