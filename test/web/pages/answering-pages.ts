import { Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

/** A consultation's questions, as one form. */
export class AnswerPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async open(consultationId: string): Promise<this> {
    await this.page.goto(`/consultations/${consultationId}/answer`);
    return this.expectOnPage();
  }

  /** A question's group of radios or checkboxes. */
  question(prompt: string): Locator {
    return this.page.getByRole('group', { name: prompt });
  }

  async choose(prompt: string, option: string): Promise<void> {
    await this.question(prompt).getByLabel(option, { exact: true }).check();
  }

  async untick(prompt: string, option: string): Promise<void> {
    await this.question(prompt).getByLabel(option, { exact: true }).uncheck();
  }

  chosen(prompt: string, option: string): Promise<boolean> {
    return this.question(prompt).getByLabel(option, { exact: true }).isChecked();
  }

  textbox(prompt: string): Locator {
    return this.page.getByLabel(prompt, { exact: true });
  }

  answeringFor(): Promise<string> {
    return this.page.locator('#answering-for').innerText();
  }

  answeredBefore(): Locator {
    return this.page.locator('#answered-before');
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send my answers' }).click();
  }
}

/** For someone who acts for more than one council (or partner): which one they answer for. */
export class ChooseWhomPage extends BasePage {
  readonly heading = /Who are you answering for\?\s*$/;

  hint(party: string): Promise<string> {
    return this.page.locator('.govuk-radios__item', { hasText: party }).locator('.govuk-radios__hint').innerText();
  }

  async answerFor(party: string): Promise<void> {
    await this.page.getByLabel(party, { exact: true }).check();
    await this.continue();
  }
}

/** The confirmation after sending answers. */
export class AnswersSentPage extends BasePage {
  readonly heading = 'Your answers have been sent';

  message(): Promise<string> {
    return this.page.locator('#api-message').innerText();
  }

  async changeAnswers(): Promise<void> {
    await this.page.getByRole('link', { name: 'Change your answers' }).click();
  }

  async backToProposal(): Promise<void> {
    await this.page.getByRole('link', { name: 'Go back to the proposal' }).click();
  }
}

/** A consultation shown without a form: not open, or not for this person. */
export class NoFormPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  reason(): Promise<string> {
    return this.page.locator('#no-form').innerText();
  }

  forms(): Locator {
    return this.page.locator('form[action$="/answer"]');
  }
}
