import { invitationLink, gql, signInCode } from './support/api';
import { apiCalls, expect, test } from './support/fixtures';
import { open } from './pages/base-page';
import { CheckYourEmailPage, ErrorPage, InvitationPage, SignedOutPage, SignInPage, WhatNeedsYouPage } from './pages/sign-in-pages';
import { tokenOf } from './support/programme';

for (const javaScript of [true, false]) {
  test(`sign in with an emailed code, see what needs you, mark as read and sign out, with JavaScript ${javaScript ? 'on' : 'off'}`, async ({ page, noJsPage, stack, world }) => {
    const tab = javaScript ? page : noJsPage;
    const email = world.youngPerson.email;
    // Signed-in pages send you to sign in first, and back afterwards.
    await open(tab, '/what-needs-you');
    const signIn = await new SignInPage(tab).expectOnPage();
    await signIn.continue();
    await expect(signIn.errors()).resolves.toEqual([{ text: 'Enter your email address', href: '#email' }]);
    await expect(tab).toHaveTitle(/^Error: Sign in/);
    const before = stack.smtp.messages.length;
    await signIn.signInWith(email);

    const check = await new CheckYourEmailPage(tab).expectOnPage();
    await check.enterCode('12');
    await expect(check.errors()).resolves.toEqual([{ text: 'The code must be 6 numbers', href: '#code' }]);
    const code = await signInCode(stack, email, before);
    const wrong = code === '000000' ? '111111' : '000000';
    await check.enterCode(wrong);
    // The API's refusal, shown against the field it names.
    await expect(check.errors()).resolves.toEqual([{ text: expect.stringContaining('That code was not accepted'), href: '#code' }]);
    await check.enterCode(code);

    const home = await new WhatNeedsYouPage(tab).expectOnPage();
    await expect(tab.locator('.govuk-caption-l')).toHaveText(`Signed in as ${world.youngPerson.displayName}`);
    const subjects = await home.notificationSubjects();
    expect(subjects.length).toBeGreaterThan(0);
    const unread = await home.unreadCount();
    expect(unread).toBeGreaterThan(0);
    await home.markFirstAsRead();
    await home.expectOnPage();
    await expect(home.unreadCount()).resolves.toBe(unread - 1);
    // The other run leaves unread ones for this one: only the run without JavaScript marks them all.
    if (!javaScript && unread > 1) {
      await home.markAllAsRead();
      await expect(home.unreadCount()).resolves.toBe(0);
    }
    await home.signOut();
    await new SignedOutPage(tab).expectOnPage();
    // Signed out here means signed out of the API too: the session cookie no longer gets you in.
    await open(tab, '/what-needs-you');
    await new SignInPage(tab).expectOnPage();
  });
}

test('the signed-in home needs one API round trip', async ({ page, stack, world }) => {
  const before = stack.smtp.messages.length;
  await new SignInPage(page).open();
  await new SignInPage(page).signInWith(world.adminEmail);
  await new CheckYourEmailPage(page).enterCode(await signInCode(stack, world.adminEmail, before));
  await new WhatNeedsYouPage(page).expectOnPage();
  const response = await open(page, '/what-needs-you');
  expect(apiCalls(response.headers())).toBe(1);
});

test('resending a code, and a clear message when asked for too many', async ({ noJsPage, stack, world: _world }) => {
  const email = 'priya@compact.test';
  const signIn = await new SignInPage(noJsPage).open();
  await signIn.signInWith(email);
  const check = await new CheckYourEmailPage(noJsPage).expectOnPage();
  const before = stack.smtp.messages.length;
  await check.sendNewCode();
  await expect(check.banner()).resolves.toContain(`We have sent a new code to ${email}`);
  const code = await signInCode(stack, email, before);
  expect(code).toMatch(/^\d{6}$/);
  // The API allows 5 codes per email in 15 minutes: the next requests are refused with how long to wait.
  for (let i = 0; i < 4; i += 1) await check.sendNewCode();
  await expect(check.errors()).resolves.toEqual([{ text: expect.stringMatching(/^Too many sign-in attempts\. Wait \d+ minutes? and try again\.$/), href: '#code' }]);
  await expect(noJsPage).toHaveTitle(/^Error: Check your email/);
});

test('an invitation link lands on a page that signs the person in only when they continue', async ({ page, stack, world }) => {
  const admin = await tokenOf(stack, world.adminEmail);
  const email = 'new.member@compact.test';
  const before = stack.smtp.messages.length;
  await gql(stack, `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { invitation { id } } }`, { input: { email, displayName: 'Sam' } }, admin);
  const link = new URL(await invitationLink(stack, email, before));
  expect(link.origin).toBe(stack.webUrl);
  await page.goto(`${link.pathname}${link.search}`);
  const invited = await new InvitationPage(page).expectOnPage();
  await invited.continue();
  await expect(page.locator('.govuk-caption-l')).toHaveText('Signed in as Sam');
  // The link works once.
  await page.context().clearCookies();
  await page.goto(`${link.pathname}${link.search}`);
  await new InvitationPage(page).continue();
  await new ErrorPage(page, 'This invitation link cannot be used').expectOnPage();
  await expect(page.locator('.govuk-error-summary')).toContainText('This invitation has already been used');
});

test('a form whose session has ended shows the "sign in again" page', async ({ page }) => {
  await new SignInPage(page).open();
  await page.context().clearCookies();
  await new SignInPage(page).signInWith('someone@compact.test');
  await new ErrorPage(page, 'Sorry, you need to sign in again').expectOnPage();
});
