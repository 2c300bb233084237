import { join } from 'node:path';
import { apiCalls, expect, expectAccessible, expectNoSidewaysScroll, screenshots, SCREENSHOTS, test } from './support/fixtures';
import { open } from './pages/base-page';
import { CheckListPage, ConfirmPublishPage, InviteListPage, InvitePage, menuLinks, PeoplePage, PersonPage, PublishedPage, PublishPage } from './pages/people-pages';
import { invitationLink } from './support/api';
import { CICC_ONLY, ciccOnlyMember, hackneyPutsOfferInPlace, mailCount, signInAsAdmin } from './support/people';
import { PEOPLE, signInAs } from './support/programme';

const HEADINGS = 'name,email,birth_month,home_council,care_experienced';

test('a programme admin invites one person, who is emailed their link', async ({ page, stack, world }) => {
  await signInAsAdmin(page, stack, world);
  const response = await open(page, '/people');
  expect(apiCalls(response.headers())).toBe(1);
  const people = await new PeoplePage(page).expectOnPage();
  await expect(people.inviteLinks()).toHaveText(['Invite someone', 'Invite people from a CSV file']);
  await expectAccessible(page);
  await screenshots(page, 'people');

  await people.inviteLinks().getByText('Invite someone').click();
  const invite = await new InvitePage(page).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'people-invite');
  const before = stack.smtp.messages.length;
  await invite.invite({ name: 'Kemi Adebayo', email: 'kemi.adebayo@compact.test', month: '4', year: '2006', council: 'Hackney', careExperienced: true, place: 'Housing House (member)' });

  const person = await new PersonPage(page, 'Kemi Adebayo').expectOnPage();
  expect(await person.banner()).toContain('We have emailed Kemi Adebayo an invitation');
  expect(await person.places()).toContain('Housing House: member');
  expect(await invitationLink(stack, 'kemi.adebayo@compact.test', before)).toContain('/sign-in/invitation?token=');
  await expectAccessible(page);
  await screenshots(page, 'people-person');
});

test('an invitation with a missing name is shown against the name', async ({ page, stack, world }) => {
  await signInAsAdmin(page, stack, world);
  const invite = await new InvitePage(page).open();
  await page.getByLabel('Email address').fill('no.name@compact.test');
  await page.getByLabel('Their place').selectOption({ label: 'Housing House (member)' });
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  expect(await invite.errors()).toEqual([{ text: 'Enter their name', href: '#displayName' }]);
  expect(await invite.title()).toMatch(/^Error: Invite someone/);
  await expectAccessible(page);
});

test('a CSV upload shows every row’s problems before anything is sent; the corrected file invites everyone, one email each', async ({ page, stack, world }) => {
  await signInAsAdmin(page, stack, world);
  const list = await new InviteListPage(page).open();
  await expectAccessible(page);
  await screenshots(page, 'people-invite-list');
  const template = await page.request.get('/people/invite-list/template.csv');
  expect(template.headers()['content-disposition']).toBe('attachment; filename="people-to-invite.csv"');
  expect((await template.text()).split('\r\n')[0]).toBe(HEADINGS);

  const bad = [HEADINGS, 'Lola Good,lola.good@compact.test,2005-02,Lambeth,yes', ',nobody@compact.test,,Narnia,maybe', 'Max Twice,LOLA.GOOD@compact.test,,,no'].join('\r\n');
  const before = stack.smtp.messages.length;
  await list.upload('Housing House (member)', 'housing-cohort.csv', bad);
  const check = await new CheckListPage(page).expectOnPage();
  expect(await check.summary()).toContain('3 people, each to join Housing House as a member. 2 rows have problems to put right.');
  expect(await check.problemsOfRow(1)).toEqual([]);
  expect(await check.problemsOfRow(2)).toEqual([
    'Enter the person’s name.',
    '“Narnia” is not one of London’s 33 councils: give its name, like Hackney, or leave it empty.',
    'Say whether they are care-experienced with yes or no.',
  ]);
  expect(await check.problemsOfRow(3)).toEqual(['This email is also on row 1: invite each person once.']);
  expect((await check.errors()).map((e) => e.href)).toEqual(['#row-2', '#row-2', '#row-2', '#row-3']);
  expect(await check.title()).toMatch(/^Error: Check the people/);
  await expect(check.sendButton()).toHaveCount(0);
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'people-check-list');
  // Nothing was sent or recorded: nobody of the good row exists yet.
  expect(stack.smtp.messages.length).toBe(before);
  const search = await open(page, '/people?name=Lola');
  expect(apiCalls(search.headers())).toBe(1);
  expect(await new PeoplePage(page).names()).toEqual([]);

  await page.getByRole('link', { name: 'Invite people from a CSV file' }).click();
  await list.expectOnPage();
  const fixed = [HEADINGS, 'Lola Good,lola.good@compact.test,2005-02,Lambeth,yes', 'Noor Fixed,noor.fixed@compact.test,,Camden,no', 'Max Twice,max.twice@compact.test,,,no'].join('\r\n');
  await list.upload('Housing House (member)', 'housing-cohort.csv', fixed);
  await check.expectOnPage();
  expect(await check.summary()).toContain('Nothing is wrong with the list.');
  await screenshots(page, 'people-check-list-ready');
  await check.sendButton().click();
  const people = await new PeoplePage(page).expectOnPage();
  expect(await people.banner()).toContain('We have emailed 3 people their invitations.');
  for (const email of ['lola.good@compact.test', 'noor.fixed@compact.test', 'max.twice@compact.test']) {
    expect(await invitationLink(stack, email, before)).toContain('/sign-in/invitation?token=');
    expect(mailCount(stack, email)).toBe(1);
  }
});

test('a House co-chair invites someone into their own House, without JavaScript', async ({ noJsPage, stack, world: _world }) => {
  await signInAs(noJsPage, stack, PEOPLE.sectorLead);
  const invite = await new InvitePage(noJsPage).open();
  // The API lets a co-chair give places in their own Houses only.
  expect((await invite.places()).sort()).toEqual(['Choose a place', 'Finance House (member)', 'Health House (member)', 'Transport House (member)']);
  const before = stack.smtp.messages.length;
  await invite.invite({ name: 'Tayo Health', email: 'tayo.health@compact.test', place: 'Health House (member)', careExperienced: false });
  const person = await new PersonPage(noJsPage, 'Tayo Health').expectOnPage();
  expect(await person.places()).toContain('Health House: member');
  const link = await invitationLink(stack, 'tayo.health@compact.test', before);
  expect(stack.smtp.messages.slice(before).find((m) => m.to.includes('tayo.health@compact.test'))?.text).toContain('(Health House)');
  expect(link).toContain('/sign-in/invitation?token=');
});

test('a CiCC member sees no invitation form', async ({ page, stack, world }) => {
  await ciccOnlyMember(stack, world);
  await signInAs(page, stack, CICC_ONLY.email);
  const people = await new PeoplePage(page).open();
  await expect(people.inviteLinks()).toHaveCount(0);
  const invite = await new InvitePage(page).open();
  await expect(invite.cannotInvite()).toContainText('You cannot invite people.');
  await expect(page.getByRole('button', { name: 'Send the invitation' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'people-invite-not-allowed');
});

test('a programme admin gives someone a role and takes it back', async ({ page, stack, world }) => {
  await signInAsAdmin(page, stack, world);
  const people = await new PeoplePage(page).open();
  await people.search('Leaving care lead');
  await page.getByRole('link', { name: 'Leaving care lead', exact: true }).click();
  const person = await new PersonPage(page, 'Leaving care lead').expectOnPage();
  expect((await person.grants()).join('\n')).toContain('Council officer: Lambeth');
  await person.grant('Director of children’s services');
  await person.expectOnPage();
  expect(await person.banner()).toContain('You gave them the role: Director of children’s services.');
  const director = (await person.grants()).find((g) => g.startsWith('Director of children’s services'));
  expect(director).toContain('Everywhere');
  await expectAccessible(page);
  await screenshots(page, 'people-person-roles');
  await page.getByRole('button', { name: 'Take back Director of children’s services, Everywhere' }).click();
  await person.expectOnPage();
  expect(await person.banner()).toContain('You took back the role: Director of children’s services.');
  expect((await person.grants()).find((g) => g.startsWith('Director of children’s services'))).toContain('Taken back');
});

test('a House co-chair sees no role form on a person’s page', async ({ page, stack, world: _world }) => {
  await signInAs(page, stack, PEOPLE.sectorLead);
  await open(page, '/people?name=Leaving');
  await page.getByRole('link', { name: 'Leaving care lead', exact: true }).click();
  await new PersonPage(page, 'Leaving care lead').expectOnPage();
  await expect(page.getByRole('button', { name: 'Give the role' })).toHaveCount(0);
  await expect(page.locator('#grants')).toHaveCount(0);
});

test('a programme admin sees what the next edition would change, confirms, publishes it and reaches the published Compact', async ({ page, stack, world }) => {
  await hackneyPutsOfferInPlace(stack, world, world.offers.councilTax);
  await signInAsAdmin(page, stack, world);
  const response = await open(page, '/admin/publish');
  expect(apiCalls(response.headers())).toBe(1);
  const publish = await new PublishPage(page).expectOnPage();
  const changed = await publish.changed();
  expect(changed).toContain('Council tax exemption to 25');
  // Other journeys may have changed offers too; Hackney's change is among those listed.
  expect(changed).toMatch(/Now given by: (.+, )?Hackney \(in place\)/);
  await expectAccessible(page);
  await screenshots(page, 'publish');
  await publish.continue();
  const next = world.editions + 1;
  const confirm = await new ConfirmPublishPage(page, next).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'publish-confirm');
  await confirm.publish();
  await new PublishedPage(page, next).expectOnPage();
  await expectAccessible(page);
  await screenshots(page, 'published');
  await page.getByRole('link', { name: 'See the published Compact' }).click();
  await expect(page).toHaveURL(/\/the-compact$/);
  await open(page, `/the-compact/editions/${next}/changes`);
  await expect(page.locator('main')).toContainText(/Now given by: (.+, )?Hackney \(in place\)/);
});

test('someone who is not a programme admin is told they cannot publish', async ({ page, stack, world: _world }) => {
  await signInAs(page, stack, PEOPLE.sectorLead);
  const response = await open(page, '/admin/publish');
  expect(response.status()).toBe(403);
  await expect(page.locator('h1')).toHaveText('You cannot publish the Compact');
  await expect(page.locator('#reason')).toContainText('Ask a programme admin if you should have one.');
});

test('the menu links to the parts of the service each person may open, and fits a phone', async ({ page, stack, world }) => {
  await ciccOnlyMember(stack, world);
  await signInAs(page, stack, CICC_ONLY.email);
  await open(page, '/what-needs-you');
  expect(await menuLinks(page)).toEqual(['What can I get?', 'The Compact', 'What needs you', 'Your settings']);

  await signInAs(page, stack, PEOPLE.sectorLead);
  await open(page, '/what-needs-you');
  expect(await menuLinks(page)).toEqual(['What can I get?', 'The Compact', 'What needs you', 'Our House', 'London’s progress', 'Moderation', 'People', 'Your settings']);

  await signInAsAdmin(page, stack, world);
  await open(page, '/people');
  expect(await menuLinks(page)).toEqual([
    'What can I get?',
    'The Compact',
    'What needs you',
    'London’s progress',
    'Trust Board',
    'People',
    'Publish',
    'Audit',
    'Jobs',
    'Your settings',
  ]);
  await expect(page.locator('.govuk-service-navigation__item--active')).toHaveText('People');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('link', { name: 'Jobs' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'menu-admin-open-390.png'), fullPage: true });
});
