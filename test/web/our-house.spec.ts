import { apiCalls, expect, test } from './support/fixtures';
import { open } from './pages/base-page';
import { tabTo } from './pages/our-authority-pages';
import { OurHousePage, OurHousesPage, SignOffPage } from './pages/our-house-pages';
import { answerFor, authorityConsultation, PEOPLE, proposalInConsultation, reference, signInAs } from './support/programme';

const YOUNG_PERSON = 'amani@compact.test';

test('co-chairs see their House: proposals by stage, consultations with who has answered, and sign-offs waiting', async ({ page, stack, world: _world }) => {
  const ref = await reference(stack);
  const proposal = await proposalInConsultation(stack, { house: 'HOUSE_TRANSPORT', title: 'Free cycle hire', summary: 'Care leavers ride hire bikes free for their first year.', category: 'TRANSPORT' }, { closeIt: true });
  const consultation = await authorityConsultation(stack, proposal, 3);
  await answerFor(stack, consultation, ref.la('lam'));
  await answerFor(stack, consultation, ref.la('cmd'));

  await signInAs(page, stack, YOUNG_PERSON);
  const response = await open(page, `/our-house/${ref.body('HOUSE_TRANSPORT')}`);
  expect(apiCalls(response.headers())).toBe(1);
  const house = await new OurHousePage(page, 'Transport House').expectOnPage();
  expect(await house.waitingForMe()).toContain('Free cycle hire');
  expect(await house.waitingForCoChair()).toContain('Free cycle hire');
  const open_ = house.consultation('Could your council give this?');
  await expect(open_).toContainText('Closes in 3 days');
  await expect(open_).toContainText('2 of 33 local authorities answered');
  await open_.getByText('31 have not answered yet').click();
  await expect(open_.locator('.govuk-details__text')).toContainText('Hackney');
  await expect(open_.locator('.govuk-details__text')).not.toContainText('Lambeth');
  const csv = await page.request.get(`/our-house/${ref.body('HOUSE_TRANSPORT')}/consultations/${consultation.id}/responses.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
  expect(await csv.text()).toContain('Lambeth');
  expect(await house.stageCount('In consultation')).toBeGreaterThanOrEqual(1);
  expect(await house.stageCount('Adopted into the Compact')).toBeGreaterThanOrEqual(1);
});

test('both co-chairs sign off a proposal, the first with only the keyboard and the second without JavaScript; the second signature recommends it', async ({ page, noJsPage, stack, world: _world }) => {
  const ref = await reference(stack);
  await proposalInConsultation(stack, { house: 'HOUSE_HEALTH', title: 'Free dental check-ups', summary: 'Care leavers get NHS dental check-ups free.', category: 'HEALTH', deliveryModel: 'EACH_ICS_AREA' }, { closeIt: true });

  // The young person co-chair, keyboard only.
  await signInAs(page, stack, YOUNG_PERSON);
  await new OurHousesPage(page).open();
  await tabTo(page, page.getByRole('link', { name: 'Health House', exact: true }));
  await page.keyboard.press('Enter');
  let house = await new OurHousePage(page, 'Health House').expectOnPage();
  expect(await house.waitingForMe()).toContain('Free dental check-ups');
  await tabTo(page, page.locator('#waiting-for-me').getByRole('link', { name: 'Free dental check-ups' }));
  await page.keyboard.press('Enter');
  const signOff = await new SignOffPage(page, 'Free dental check-ups').expectOnPage();
  expect(await signOff.signed()).toBe('No one has signed yet.');
  expect(await signOff.awaiting()).toContain('The young person co-chair (you)');
  expect(await signOff.awaiting()).toContain('The sector lead co-chair (Priya Shah)');
  await tabTo(page, page.getByLabel(/Note for your co-chair/));
  await page.keyboard.type('The CiCC backed this strongly.');
  await tabTo(page, page.getByRole('button', { name: 'Sign off' }));
  await page.keyboard.press('Enter');
  house = await new OurHousePage(page, 'Health House').expectOnPage();
  expect(await house.banner()).toContain('It now waits for your co-chair’s sign-off.');
  expect(await house.waitingForMe()).not.toContain('Free dental check-ups');
  expect((await house.waitingForCoChair()).join(' ')).toContain('Free dental check-ups (signed by Amani)');

  // The sector lead co-chair, without JavaScript.
  await signInAs(noJsPage, stack, PEOPLE.sectorLead);
  await open(noJsPage, `/our-house/${ref.body('HOUSE_HEALTH')}`);
  const leadHouse = await new OurHousePage(noJsPage, 'Health House').expectOnPage();
  await leadHouse.openSignOff('Free dental check-ups');
  const second = await new SignOffPage(noJsPage, 'Free dental check-ups').expectOnPage();
  expect(await second.signed()).toMatch(/^Amani, young person co-chair, on .+: “The CiCC backed this strongly.”$/);
  await expect(noJsPage.locator('.govuk-warning-text')).toContainText('Yours is the second signature');
  await noJsPage.getByRole('button', { name: 'Sign off' }).click();
  await leadHouse.expectOnPage();
  expect(await leadHouse.banner()).toContain('the proposal is recommended to the Trust Board');
  await expect(noJsPage.locator('h3', { hasText: 'Recommended to the Trust Board' })).toBeVisible();
  await expect(noJsPage.locator('h3:has-text("Recommended to the Trust Board") + ul')).toContainText('Free dental check-ups');
});

test('a sign-off note that is too long is shown against the note', async ({ page, stack, world: _world }) => {
  const proposal = await proposalInConsultation(stack, { house: 'HOUSE_FINANCE', title: 'Budgeting course', summary: 'A free course in managing money.', category: 'FINANCE' }, { closeIt: true });
  const ref = await reference(stack);
  await signInAs(page, stack, YOUNG_PERSON);
  await open(page, `/our-house/${ref.body('HOUSE_FINANCE')}/proposals/${proposal}/sign-off`);
  const signOff = await new SignOffPage(page, 'Budgeting course').expectOnPage();
  await page.getByLabel(/Note for your co-chair/).fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Sign off' }).click();
  await signOff.expectOnPage();
  expect(await signOff.errors()).toEqual([{ text: 'Keep your note to 2000 characters or fewer', href: '#note' }]);
});

test('a proposal whose CiCC vote is still open cannot be signed off yet', async ({ page, stack, world }) => {
  const proposal = await proposalInConsultation(stack, { house: 'HOUSE_FINANCE', title: 'Help with bills', summary: 'Help with the first year’s energy bills.', category: 'FINANCE' }, { closeIt: false });
  const ref = await reference(stack);
  await signInAs(page, stack, YOUNG_PERSON);
  await open(page, `/our-house/${ref.body('HOUSE_FINANCE')}/proposals/${proposal}/sign-off`);
  await new SignOffPage(page, 'Help with bills').expectOnPage();
  await expect(page.locator('#cannot-sign')).toContainText('You cannot sign it off now');
  await expect(page.getByRole('button', { name: 'Sign off' })).toHaveCount(0);
  expect(world.adminEmail).toBeTruthy();
});
