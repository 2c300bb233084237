import { expect } from '@playwright/test';
import { BasePage } from './base-page';

/** "What can I get?": the short page before the questions. */
export class WhatCanIGetStartPage extends BasePage {
  readonly heading = 'What can I get?';

  async open(): Promise<this> {
    await this.page.goto('/what-can-i-get');
    return this.expectOnPage();
  }

  async startNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start now' }).click();
  }
}

/** A question answered by choosing a council from a list (a type-ahead when JavaScript runs). */
abstract class CouncilQuestionPage extends BasePage {
  abstract readonly label: string;

  async choose(name: string): Promise<void> {
    const autocomplete = this.page.locator('.autocomplete__input');
    if (await autocomplete.count()) {
      await autocomplete.fill(name);
      await this.page.getByRole('option', { name, exact: true }).click();
    } else {
      await this.page.getByLabel(this.label).selectOption({ label: name });
    }
  }
}

export class CouncilPage extends CouncilQuestionPage {
  readonly heading = 'Which council looked after you?';
  readonly label = 'Which council looked after you?';
}

export class WhereYouLivePage extends CouncilQuestionPage {
  readonly heading = 'Where do you live now?';
  readonly label = 'Where do you live now?';
}

export class DateOfBirthPage extends BasePage {
  readonly heading = 'What is your date of birth?';

  async enter(day: string, month: string, year: string): Promise<void> {
    await this.page.getByLabel('Day').fill(day);
    await this.page.getByLabel('Month').fill(month);
    await this.page.getByLabel('Year').fill(year);
  }
}

export class AsylumPage extends BasePage {
  readonly heading = 'Did you come to the UK as an unaccompanied asylum-seeking child? (optional)';

  async answer(choice: 'Yes' | 'No' | 'I would rather not say'): Promise<void> {
    await this.page.getByLabel(choice, { exact: true }).check();
  }
}

export class CheckAnswersPage extends BasePage {
  readonly heading = 'Check your answers';

  async answer(key: string): Promise<string> {
    const row = this.page.locator('.govuk-summary-list__row', { has: this.page.locator('dt', { hasText: key }) });
    return ((await row.locator('dd.govuk-summary-list__value').textContent()) ?? '').trim();
  }

  async change(hiddenText: string): Promise<void> {
    await this.page.getByRole('link', { name: `Change ${hiddenText}` }).click();
  }

  async seeResults(): Promise<void> {
    await this.page.getByRole('button', { name: 'See what you can get' }).click();
  }
}

export class ResultsPage extends BasePage {
  readonly heading = 'What you can get';

  /** Offer titles under one of the three headings. */
  async offersUnder(section: 'What you can get now' | 'Coming soon' | 'What you cannot get'): Promise<string[]> {
    // The h3s between this h2 and the next one.
    const titles = this.page.locator(`xpath=//h2[normalize-space()="${section}"]/following-sibling::*[preceding-sibling::h2[1][normalize-space()="${section}"]]//h3`);
    return (await titles.allTextContents()).map((t) => t.trim());
  }

  async offerText(title: string): Promise<string> {
    return (await this.page.locator('.app-offer', { has: this.page.locator('h3', { hasText: title }) }).innerText()).replace(/\s+/g, ' ');
  }

  async shareLink(): Promise<string> {
    return ((await this.page.locator('#share-link').textContent()) ?? '').trim();
  }

  async expectFor(text: string): Promise<void> {
    await expect(this.page.locator('.govuk-body-l').first()).toContainText(text);
  }
}
