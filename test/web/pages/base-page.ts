import { expect, Locator, Page, Response } from '@playwright/test';

/** What every page of the web app has: a heading, a title, GOV.UK error summaries. */
export abstract class BasePage {
  constructor(readonly page: Page) {}

  /** The page's h1, which each page object checks on arrival. */
  abstract readonly heading: string | RegExp;

  async expectOnPage(): Promise<this> {
    await expect(this.page.locator('h1')).toHaveText(this.heading);
    // The page's scripts (type-ahead, enhancements) have run once the document has loaded,
    // so what a test finds next is what a person would see.
    await this.page.waitForLoadState('load');
    return this;
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  /** The error summary's entries (once the page showing it has arrived): their text and the field each links to. */
  async errors(): Promise<{ text: string; href: string | null }[]> {
    await this.errorSummary().waitFor();
    const links = this.page.locator('.govuk-error-summary__list a');
    return links.evaluateAll((as) => as.map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') })));
  }

  title(): Promise<string> {
    return this.page.title();
  }

  /** The main content's text, for readability checks. */
  async mainText(): Promise<string> {
    return (await this.page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}

/** Opens a path and returns the response (for status codes and headers). */
export async function open(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  if (!response) throw new Error(`No response for ${path}`);
  return response;
}
