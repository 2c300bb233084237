import { Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

/** The header's menu: each link's text, in order. */
export async function menuLinks(page: Page): Promise<string[]> {
  return (await page.locator('.govuk-service-navigation__list a').allTextContents()).map((t) => t.trim());
}

export class PeoplePage extends BasePage {
  readonly heading = 'People';

  async open(): Promise<this> {
    await this.page.goto('/people');
    return this.expectOnPage();
  }

  inviteLinks(): Locator {
    return this.page.locator('#invite-links a');
  }

  async names(): Promise<string[]> {
    return (await this.page.locator('#people tbody tr td:first-child').allTextContents()).map((t) => t.trim());
  }

  async search(name: string): Promise<void> {
    await this.page.getByLabel('Find someone by name').fill(name);
    await this.page.getByRole('button', { name: 'Search' }).click();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }
}

export class InvitePage extends BasePage {
  readonly heading = 'Invite someone';

  async open(): Promise<this> {
    await this.page.goto('/people/invite');
    return this.expectOnPage();
  }

  places(): Promise<string[]> {
    return this.page.locator('#bodyId option').allTextContents();
  }

  async invite(person: { name: string; email: string; month?: string; year?: string; council?: string; careExperienced?: boolean; place: string }): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(person.name);
    await this.page.getByLabel('Email address').fill(person.email);
    if (person.month) await this.page.getByLabel('Month').fill(person.month);
    if (person.year) await this.page.getByLabel('Year').fill(person.year);
    if (person.council) await this.page.getByLabel('The council they come from (optional)').selectOption({ label: person.council });
    if (person.careExperienced !== undefined) await this.page.getByLabel(person.careExperienced ? 'Yes' : 'No', { exact: true }).check();
    await this.page.getByLabel('Their place').selectOption({ label: person.place });
    await this.page.getByRole('button', { name: 'Send the invitation' }).click();
  }

  cannotInvite(): Locator {
    return this.page.locator('#cannot-invite');
  }
}

export class InviteListPage extends BasePage {
  readonly heading = 'Invite people from a CSV file';

  async open(): Promise<this> {
    await this.page.goto('/people/invite-list');
    return this.expectOnPage();
  }

  async upload(place: string, fileName: string, csv: string): Promise<void> {
    await this.page.getByLabel('Their place').selectOption({ label: place });
    await this.page.getByLabel('The CSV file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await this.page.getByRole('button', { name: 'Check the list' }).click();
  }
}

export class CheckListPage extends BasePage {
  readonly heading = 'Check the people before you invite them';

  /** The problems shown on a row of the file (counted from 1). */
  async problemsOfRow(row: number): Promise<string[]> {
    return (await this.page.locator(`#row-${row} .govuk-error-message`).allInnerTexts()).map((t) => t.replace(/^Error:\s*/, '').trim());
  }

  summary(): Promise<string> {
    return this.page.locator('#list-summary').innerText();
  }

  sendButton(): Locator {
    return this.page.getByRole('button', { name: /^Send \d+ invitations?$/ });
  }
}

export class PersonPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async places(): Promise<string> {
    return this.page.locator('#places').innerText();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  async grant(role: string, where?: string): Promise<void> {
    await this.page.getByLabel('Role', { exact: true }).selectOption({ label: role });
    if (where) await this.page.getByLabel('Where it applies').selectOption({ label: where });
    await this.page.getByLabel('Why (optional)').fill('Joins the directors’ group.');
    await this.page.getByRole('button', { name: 'Give the role' }).click();
  }

  async grants(): Promise<string[]> {
    return (await this.page.locator('#grants li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
}

export class PublishPage extends BasePage {
  readonly heading = 'Publish the next edition of the Compact';

  async open(): Promise<this> {
    await this.page.goto('/admin/publish');
    return this.expectOnPage();
  }

  changed(): Promise<string> {
    return this.page.locator('#changed').innerText();
  }
}

export class ConfirmPublishPage extends BasePage {
  constructor(
    page: Page,
    readonly edition: number,
  ) {
    super(page);
  }

  get heading(): string {
    return `Publish edition ${this.edition}`;
  }

  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: `Publish edition ${this.edition}` }).click();
  }
}

export class PublishedPage extends BasePage {
  constructor(
    page: Page,
    readonly edition: number,
  ) {
    super(page);
  }

  get heading(): string {
    return `Edition ${this.edition} is published`;
  }
}
