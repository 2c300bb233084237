import { Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

export class OurHousesPage extends BasePage {
  readonly heading = 'Our House';

  async open(): Promise<this> {
    await this.page.goto('/our-house');
    return this.expectOnPage();
  }

  async choose(house: string): Promise<void> {
    await this.page.getByRole('link', { name: house, exact: true }).click();
  }
}

export class OurHousePage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  private async items(id: string): Promise<string[]> {
    return (await this.page.locator(`#${id} li`).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  waitingForMe(): Promise<string[]> {
    return this.items('waiting-for-me');
  }

  waitingForCoChair(): Promise<string[]> {
    return this.items('waiting-for-co-chair');
  }

  consultation(title: string): Locator {
    return this.page.locator('[data-consultation]', { has: this.page.locator('h3', { hasText: title }) });
  }

  async stageCount(heading: string): Promise<number> {
    return Number(await this.page.locator('#stage-counts .govuk-summary-list__row', { hasText: heading }).locator('dd').innerText());
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  async openSignOff(title: string): Promise<void> {
    await this.page.locator('#waiting-for-me').getByRole('link', { name: title }).click();
  }
}

export class SignOffPage extends BasePage {
  constructor(
    page: Page,
    readonly proposalTitle: string,
  ) {
    super(page);
  }

  get heading(): string {
    return `Sign off ${this.proposalTitle}`;
  }

  async signed(): Promise<string> {
    return (await this.page.locator('#signed').innerText()).replace(/\s+/g, ' ').trim();
  }

  async awaiting(): Promise<string> {
    return (await this.page.locator('#awaiting').innerText()).replace(/\s+/g, ' ').trim();
  }
}
