import { BasePage } from './base-page';

export class SignInPage extends BasePage {
  readonly heading = 'Sign in';

  async open(): Promise<this> {
    await this.page.goto('/sign-in');
    return this.expectOnPage();
  }

  async signInWith(email: string): Promise<void> {
    await this.page.getByLabel('Email address').fill(email);
    await this.continue();
  }
}

export class CheckYourEmailPage extends BasePage {
  readonly heading = 'Check your email';

  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel('Code').fill(code);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async sendNewCode(): Promise<void> {
    await this.page.getByText('I have not got an email').click();
    await this.page.getByRole('button', { name: 'Send a new code' }).click();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }
}

export class InvitationPage extends BasePage {
  readonly heading = 'You have been invited';
}

export class WhatNeedsYouPage extends BasePage {
  readonly heading = /What needs you/;

  async open(): Promise<this> {
    await this.page.goto('/what-needs-you');
    return this.expectOnPage();
  }

  async notificationSubjects(): Promise<string[]> {
    return this.page.locator('.app-notification h3').allTextContents().then((t) => t.map((s) => s.replace(/\s+/g, ' ').trim()));
  }

  unreadCount(): Promise<number> {
    return this.page.locator('.app-notification--unread').count();
  }

  async markFirstAsRead(): Promise<void> {
    await this.page.getByRole('button', { name: /^Mark as read/ }).first().click();
  }

  async markAllAsRead(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark all as read' }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).first().click();
  }
}

export class SignedOutPage extends BasePage {
  readonly heading = 'You have signed out';
}

export class ErrorPage extends BasePage {
  constructor(
    page: BasePage['page'],
    readonly heading: string,
  ) {
    super(page);
  }
}
