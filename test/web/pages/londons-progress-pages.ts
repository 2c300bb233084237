import { BasePage } from './base-page';

/** Cells of a table row found by its first cell's text, trimmed. */
async function rowOf(page: BasePage['page'], tableId: string, first: string): Promise<string[]> {
  const row = page.locator(`#${tableId} tr`, { has: page.locator('th', { hasText: first }) });
  return (await row.locator('th, td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Each tile's accessible name, as a screen reader announces it. */
function tileNames(page: BasePage['page']): Promise<string[]> {
  return page.locator('svg.app-map__svg g[role="img"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
}

export class LondonsProgressPage extends BasePage {
  readonly heading = 'London’s progress';

  async open(): Promise<this> {
    await this.page.goto('/londons-progress');
    return this.expectOnPage();
  }

  tileNames(): Promise<string[]> {
    return tileNames(this.page);
  }

  /** "Lambeth: 2 of 3 offers in place". */
  async tileOf(council: string): Promise<string> {
    return (await this.tileNames()).find((n) => n.startsWith(`${council}:`)) ?? '';
  }

  offerRow(title: string): Promise<string[]> {
    return rowOf(this.page, 'offers-table', title);
  }

  houseRow(name: string): Promise<string[]> {
    return rowOf(this.page, 'houses-table', name);
  }

  icsAreaRow(name: string): Promise<string[]> {
    return rowOf(this.page, 'ics-table', name);
  }

  subRegionRow(name: string): Promise<string[]> {
    return rowOf(this.page, 'sub-region-table', name);
  }

  async notEngaged(): Promise<string[]> {
    return (await this.page.locator('#not-engaged-list li').allTextContents()).map((t) => t.trim());
  }

  async openOffer(title: string): Promise<void> {
    await this.page.locator('#offers-table').getByRole('link', { name: title }).click();
  }
}

export class OfferProgressPage extends BasePage {
  constructor(
    page: BasePage['page'],
    readonly heading: string,
  ) {
    super(page);
  }

  tileNames(): Promise<string[]> {
    return tileNames(this.page);
  }

  caption(): Promise<string> {
    return this.page.locator('#stage-map-caption').innerText();
  }

  async figure(key: string): Promise<string> {
    return (await this.page.locator('#offer-figures .govuk-summary-list__row', { hasText: key }).locator('dd').innerText()).trim();
  }

  partyRow(name: string): Promise<string[]> {
    return rowOf(this.page, 'party-table', name);
  }

  /** The trend table's last row: today's figures. */
  async latestTrend(): Promise<string[]> {
    return (await this.page.locator('#trend-table tbody tr').last().locator('th, td').allTextContents()).map((t) => t.trim());
  }

  trendSummary(): Promise<string> {
    return this.page.locator('#trend-caption').innerText();
  }
}
