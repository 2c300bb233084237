import { BasePage } from './base-page';

export class CompactPage extends BasePage {
  readonly heading = 'The London Care Leavers Compact';

  async open(): Promise<this> {
    await this.page.goto('/the-compact');
    return this.expectOnPage();
  }

  async offerTitles(): Promise<string[]> {
    return this.page.locator('.app-offer h3').allTextContents().then((t) => t.map((s) => s.trim()));
  }

  async openOffer(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
  }

  async whatChanged(): Promise<void> {
    await this.page.getByRole('link', { name: /See what changed since edition/ }).click();
  }
}

export class OfferPage extends BasePage {
  constructor(
    page: BasePage['page'],
    readonly heading: string,
  ) {
    super(page);
  }

  /** Each tile's accessible name, as a screen reader announces it. */
  async tileNames(): Promise<string[]> {
    return this.page.locator('svg.app-map__svg g[role="img"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
  }

  async tableRow(council: string): Promise<string[]> {
    const row = this.page.locator('table tr', { has: this.page.locator('th', { hasText: council }) });
    return (await row.locator('th, td').allTextContents()).map((t) => t.trim());
  }

  async showTable(): Promise<void> {
    await this.page.getByText('Show the map as a table').click();
  }
}

export class ChangesPage extends BasePage {
  readonly heading = /What changed in edition \d+/;
}
