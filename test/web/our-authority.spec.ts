import { apiCalls, expect, expectAccessible, screenshots, test } from './support/fixtures';
import { open } from './pages/base-page';
import { ConflictPage, HistoryPage, OurAuthoritiesPage, OurAuthorityPage, tabTo } from './pages/our-authority-pages';
import { gql } from './support/api';
import { addPerson, agreementOf, endorsedOffer, PEOPLE, reference, rewordOffer, setAgreement, signInAs, tokenOf } from './support/programme';
import { DIRECTOR } from './support/programme-pages';
import type { Stack } from './support/stack';

/** Two more council offers from the Finance House, endorsed for councils to agree (once per stack). */
const offers = new Map<string, { rent: string; deposit: string }>();
async function financeOffers(stack: Stack): Promise<{ rent: string; deposit: string }> {
  let found = offers.get(stack.apiUrl);
  if (!found) {
    found = {
      rent: await endorsedOffer(stack, { house: 'HOUSE_FINANCE', title: 'Rent guarantor', summary: 'The council stands as guarantor for a care leaver’s first tenancy.', category: 'FINANCE' }),
      deposit: await endorsedOffer(stack, { house: 'HOUSE_FINANCE', title: 'Tenancy deposit', summary: 'The council pays a care leaver’s first tenancy deposit.', category: 'FINANCE' }),
    };
    offers.set(stack.apiUrl, found);
  }
  return found;
}

for (const javaScript of [true, false]) {
  test(`an officer updates several offers in one form, with JavaScript ${javaScript ? 'on' : 'off'}`, async ({ page, noJsPage, stack, world: _world }) => {
    await financeOffers(stack);
    const tab = javaScript ? page : noJsPage;
    const council = javaScript ? 'Camden' : 'Croydon';
    await signInAs(tab, stack, PEOPLE.officer);
    await new OurAuthoritiesPage(tab).open();
    await new OurAuthoritiesPage(tab).choose(council);
    const authority = await new OurAuthorityPage(tab, council).expectOnPage();
    expect(await authority.status('Rent guarantor')).toBe('Not started');

    await authority.setRow('Rent guarantor', { status: 'In discussion' });
    await authority.setRow('Tenancy deposit', { status: 'In place', covers: 'Any care leaver who lives in our area', from: ['1', '4', '2025'], evidence: 'https://example.org/cabinet/2025-03' });
    await authority.save();

    await authority.expectOnPage();
    expect(await authority.banner()).toContain('You updated 2 offers.');
    expect(await authority.status('Rent guarantor')).toBe('In discussion');
    expect(await authority.status('Tenancy deposit')).toBe('In place');
    await expect(authority.row('Tenancy deposit').getByLabel('Year')).toHaveValue('2025');
    await expect(authority.row('Council tax exemption to 25')).toContainText(council === 'Camden' ? 'Now: In place' : 'Now: In place');

    await authority.openHistory('Tenancy deposit');
    const history = await new HistoryPage(tab, 'Tenancy deposit: history').expectOnPage();
    expect((await history.entries())[0]).toMatch(/: Not started to in place$/);
  });
}

test('the bulk form shows a problem against its field and keeps what was entered', async ({ page, stack, world: _world }) => {
  await financeOffers(stack);
  await signInAs(page, stack, PEOPLE.officer);
  await new OurAuthoritiesPage(page).open();
  await new OurAuthoritiesPage(page).choose('Southwark');
  const authority = await new OurAuthorityPage(page, 'Southwark').expectOnPage();
  await authority.setRow('Rent guarantor', { status: 'In place', covers: 'Our care leavers, wherever they live' });
  await authority.setRow('Tenancy deposit', { from: ['31', '2', '2025'] });
  await authority.save();
  await expect(page).toHaveTitle(/^Error: /);
  const errors = await authority.errors();
  expect(errors).toEqual([{ text: 'Enter the date it took effect as a real date, for example 1 4 2025', href: expect.stringMatching(/^#date-.+-day$/) }]);
  expect(await authority.status('Rent guarantor')).toBe('In place');

  // The API's rule: something in place needs the date it took effect.
  await authority.setRow('Tenancy deposit', { from: ['', '', ''] });
  await authority.save();
  const apiErrors = await authority.errors();
  expect(apiErrors).toHaveLength(1);
  expect(apiErrors[0].text).toMatch(/date/i);
  expect(apiErrors[0].href).toMatch(/^#date-.+-day$/);
});

test('an officer resolves a conflict with someone else’s change, using only the keyboard', async ({ page, stack, world: _world }) => {
  const { rent, deposit } = await financeOffers(stack);
  const ref = await reference(stack);
  await signInAs(page, stack, PEOPLE.officer);
  const response = await open(page, `/our-authority/${ref.la('lam')}`);
  expect(apiCalls(response.headers())).toBe(1);
  const authority = await new OurAuthorityPage(page, 'Lambeth').expectOnPage();

  // Meanwhile a colleague records that Lambeth agreed the rent guarantor in principle.
  await setAgreement(stack, rent, ref.la('lam'), { status: 'AGREED_IN_PRINCIPLE', note: 'Cabinet agreed in principle' });

  await authority.chooseStatusByKeyboard('Rent guarantor', 'Declined');
  await authority.chooseStatusByKeyboard('Tenancy deposit', 'In discussion');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');

  const conflict = await new ConflictPage(page).expectOnPage();
  const versions = await conflict.versions('Rent guarantor');
  expect(versions.theirs).toContain('Their version, saved by Leaving care lead');
  expect(versions.theirs).toContain('Status Agreed in principle');
  expect(versions.mine).toContain('Status Declined');
  await expect(page.locator('#clear-changes')).toContainText('Tenancy deposit: in discussion');

  // Tab reaches the group's first choice; the arrow keys move between its choices.
  await tabTo(page, page.getByLabel('Keep their version'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Save my version over theirs')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');

  await authority.expectOnPage();
  expect(await authority.banner()).toContain('You updated 2 offers.');
  expect(await authority.status('Rent guarantor')).toBe('Declined');
  expect(await authority.status('Tenancy deposit')).toBe('In discussion');
  await authority.openHistory('Rent guarantor');
  const history = await new HistoryPage(page, 'Rent guarantor: history').expectOnPage();
  const entries = await history.entries();
  expect(entries[0]).toMatch(/: Agreed in principle to declined$/);
  expect(entries[1]).toMatch(/: Not started to agreed in principle$/);
  expect(deposit).toBeTruthy();
});

test('choosing their version keeps it and saves the rest', async ({ page, stack, world: _world }) => {
  const { rent } = await financeOffers(stack);
  const ref = await reference(stack);
  await signInAs(page, stack, PEOPLE.officer);
  await open(page, `/our-authority/${ref.la('cmd')}`);
  const authority = await new OurAuthorityPage(page, 'Camden').expectOnPage();
  const before = await authority.status('Rent guarantor');
  await setAgreement(stack, rent, ref.la('cmd'), { status: 'FORMALLY_AGREED', reciprocity: 'BOTH' });
  await authority.setRow('Rent guarantor', { status: before === 'Declined' ? 'Not started' : 'Declined' });
  await authority.save();
  const conflict = await new ConflictPage(page).expectOnPage();
  await page.getByRole('button', { name: 'Save' }).click();
  await conflict.expectOnPage();
  expect(await conflict.errors()).toEqual([{ text: 'Choose which version to keep', href: expect.stringMatching(/^#choice-[0-9a-f-]{36}$/) }]);
  await page.getByLabel('Keep their version').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await authority.expectOnPage();
  expect(await authority.banner()).toContain('You kept their versions');
  expect(await authority.status('Rent guarantor')).toBe('Formally agreed');
});

test('an offer reworded since the council agreed is re-confirmed', async ({ page, stack, world }) => {
  const ref = await reference(stack);
  const bond = await endorsedOffer(stack, { house: 'HOUSE_FINANCE', title: 'Setting-up-home grant', summary: 'A grant to set up a first home.', category: 'FINANCE' });
  await setAgreement(stack, bond, ref.la('swr'), { status: 'FORMALLY_AGREED', reciprocity: 'BOTH' });
  await rewordOffer(stack, world, bond, 'A grant of at least £3,000 to set up a first home.');
  await signInAs(page, stack, PEOPLE.officer);
  await open(page, `/our-authority/${ref.la('swr')}`);
  const authority = await new OurAuthorityPage(page, 'Southwark').expectOnPage();
  await expect(authority.reworded()).toBeVisible();
  await expect(page.locator('.app-row-edit', { hasText: 'A grant of at least £3,000' }).first()).toBeVisible();
  await authority.confirmWording('Setting-up-home grant');
  await authority.expectOnPage();
  expect(await authority.banner()).toContain('You confirmed the new wording of Setting-up-home grant.');
  await expect(authority.confirmButton('Setting-up-home grant')).toHaveCount(0);

  // Reworded again; a colleague confirms it while this page is open: pressing confirm says why nothing happened.
  await rewordOffer(stack, world, bond, 'A grant of at least £3,500 to set up a first home.');
  await page.reload();
  await authority.expectOnPage();
  const row = await agreementOf(stack, bond, ref.la('swr'));
  await gql(stack, `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { id } } }`, { input: { agreementId: row.id, expectedVersion: row.version } }, await tokenOf(stack, PEOPLE.officer));
  await authority.confirmWording('Setting-up-home grant');
  await authority.expectOnPage();
  await expect(page.locator('.govuk-notification-banner')).toBeVisible();
  expect(await authority.banner()).not.toContain('You confirmed');
});

test('someone who does not act for the council sees its offers but cannot change them', async ({ page, stack, world }) => {
  const ref = await reference(stack);
  await addPerson(stack, world, DIRECTOR, [{ role: 'ALDCS_VIEWER' }]);
  await signInAs(page, stack, DIRECTOR.email);
  await open(page, `/our-authority/${ref.la('lam')}`);
  const authority = await new OurAuthorityPage(page, 'Lambeth').expectOnPage();
  await expect(authority.row('Council tax exemption to 25')).toContainText('Only someone who acts for Lambeth can change this');
  await expect(authority.row('Council tax exemption to 25').getByLabel('Status')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
});

test('an ICS area’s officer updates its offers in one form without JavaScript, with no question about who a council covers', async ({ page, noJsPage, stack, world }) => {
  const ref = await reference(stack);
  const email = 'ncl-health@compact.test';
  await addPerson(stack, world, { email, displayName: 'Nadia Okafor' }, [{ role: 'PARTNER_OFFICER', scopeKind: 'AREA', scopeId: ref.area('NCL') }]);
  const eyes = await endorsedOffer(stack, { house: 'HOUSE_HEALTH', title: 'Free eye tests', summary: 'Care leavers get NHS eye tests and glasses free.', category: 'HEALTH', deliveryModel: 'EACH_ICS_AREA' });
  await endorsedOffer(stack, { house: 'HOUSE_HEALTH', title: 'Mental health check-ins', summary: 'A named mental health worker for every care leaver who wants one.', category: 'HEALTH', deliveryModel: 'EACH_ICS_AREA' });

  // Their only party: the list page sends them straight to it.
  await signInAs(noJsPage, stack, email);
  await open(noJsPage, '/our-authority');
  const area = await new OurAuthorityPage(noJsPage, 'North Central London').expectOnPage();
  await expect(noJsPage.locator('.govuk-caption-l').first()).toHaveText('Our organisation');
  await expect(noJsPage.getByLabel('Who it covers')).toHaveCount(0);
  await area.setRow('Free eye tests', { status: 'Formally agreed' });
  await area.setRow('Mental health check-ins', { status: 'In discussion' });
  await area.save();
  await area.expectOnPage();
  expect(await area.banner()).toContain('You updated 2 offers.');
  expect(await area.status('Free eye tests')).toBe('Formally agreed');
  expect(await area.status('Mental health check-ins')).toBe('In discussion');
  expect((await agreementOf(stack, eyes, ref.area('NCL'), email)).status).toBe('FORMALLY_AGREED');

  await signInAs(page, stack, email);
  const response = await open(page, `/our-authority/${ref.area('NCL')}`);
  expect(apiCalls(response.headers())).toBe(1);
  await expectAccessible(page);
  await screenshots(page, 'our-organisation');
});
