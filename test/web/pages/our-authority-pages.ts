import { expect, Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

/**
 * Presses Tab until `target` has the focus, as someone using only a keyboard would move through
 * the page; fails if it is never reached.
 */
export async function tabTo(page: Page, target: Locator, most = 400): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export class OurAuthoritiesPage extends BasePage {
  readonly heading = 'Our authority';

  async open(): Promise<this> {
    await this.page.goto('/our-authority');
    return this.expectOnPage();
  }

  async choose(council: string): Promise<void> {
    await this.page.getByRole('link', { name: council, exact: true }).click();
  }
}

export class OurAuthorityPage extends BasePage {
  constructor(
    page: Page,
    readonly council: string,
  ) {
    super(page);
  }

  get heading(): string {
    return `${this.council}: our offers`;
  }

  /** One offer's block of the bulk form, found by its title (the fieldset's legend). */
  row(title: string): Locator {
    return this.page.locator('#bulk-update .app-row-edit', { has: this.page.locator('legend', { hasText: title }) });
  }

  async status(title: string): Promise<string> {
    const select = this.row(title).getByLabel('Status');
    return select.evaluate((s) => {
      const el = s as unknown as { selectedIndex: number; options: { text: string }[] };
      return el.options[el.selectedIndex].text;
    });
  }

  async setRow(title: string, values: { status?: string; covers?: string; from?: [string, string, string]; evidence?: string }): Promise<void> {
    const row = this.row(title);
    if (values.status) await row.getByLabel('Status').selectOption({ label: values.status });
    if (values.covers) await row.getByLabel('Who it covers').selectOption({ label: values.covers });
    if (values.from) {
      await row.getByLabel('Day').fill(values.from[0]);
      await row.getByLabel('Month').fill(values.from[1]);
      await row.getByLabel('Year').fill(values.from[2]);
    }
    if (values.evidence !== undefined) await row.getByLabel('Link to the decision or policy').fill(values.evidence);
  }

  /** Sets a row's status with the keyboard only: Tab to the list, then the arrow keys. */
  async chooseStatusByKeyboard(title: string, status: string): Promise<void> {
    const select = this.row(title).getByLabel('Status');
    await tabTo(this.page, select);
    const options = await select.locator('option').allTextContents();
    const current = await this.status(title);
    const steps = options.indexOf(status) - options.indexOf(current);
    for (let i = 0; i < Math.abs(steps); i++) await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(() => this.status(title)).toBe(status);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  async openHistory(title: string): Promise<void> {
    await this.row(title).getByRole('link', { name: /History/ }).click();
  }

  reworded(): Locator {
    return this.page.locator('#reworded');
  }

  confirmButton(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Confirm we agree the new wording\\s*: ${title}$`) });
  }

  async confirmWording(title: string): Promise<void> {
    await this.confirmButton(title).click();
  }
}

export class ConflictPage extends BasePage {
  readonly heading = 'Someone else changed these offers first';

  conflict(title: string): Locator {
    return this.page.locator('[data-conflict]', { has: this.page.locator('h2', { hasText: title }) });
  }

  async versions(title: string): Promise<{ theirs: string; mine: string }> {
    const block = this.conflict(title);
    return {
      theirs: (await block.locator('.app-conflict > div').nth(0).innerText()).replace(/\s+/g, ' '),
      mine: (await block.locator('.app-conflict > div').nth(1).innerText()).replace(/\s+/g, ' '),
    };
  }
}

export class HistoryPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async entries(): Promise<string[]> {
    return (await this.page.locator('#history > li h2').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
}
