import { Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

/** What a co-chair writes into a proposal; any field left out is left as it is. */
export interface ProposalAnswers {
  title?: string;
  summary?: string;
  category?: string;
  deliveryModel?: string;
  minAge?: string;
  maxAge?: string;
  uascConsiderations?: string;
  rationale?: string;
  evidenceLinks?: string;
}

/** "Draft a proposal" and "Edit <title>": the same form. */
export class ProposalFormPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async fill(answers: ProposalAnswers): Promise<void> {
    const p = this.page;
    if (answers.title !== undefined) await p.getByLabel('Title', { exact: true }).fill(answers.title);
    if (answers.summary !== undefined) await p.getByLabel('What care leavers get').fill(answers.summary);
    if (answers.category) await p.getByRole('group', { name: 'Which part of care leavers’ lives it is about' }).getByLabel(answers.category, { exact: true }).check();
    if (answers.deliveryModel) await p.getByRole('group', { name: 'Who must agree it' }).getByLabel(answers.deliveryModel, { exact: true }).check();
    if (answers.minAge !== undefined) await p.getByLabel('Youngest age').fill(answers.minAge);
    if (answers.maxAge !== undefined) await p.getByLabel('Oldest age').fill(answers.maxAge);
    if (answers.uascConsiderations !== undefined) await p.getByLabel('How it works for young people who came to the UK alone as children').fill(answers.uascConsiderations);
    if (answers.rationale !== undefined) await p.getByLabel('Why the House proposes it (optional)').fill(answers.rationale);
    if (answers.evidenceLinks !== undefined) await p.getByLabel('Links to evidence (optional)').fill(answers.evidenceLinks);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Save (draft|changes)$/ }).click();
  }

  warning(): Locator {
    return this.page.locator('.govuk-warning-text');
  }
}

/** A proposal as its House's co-chairs see it: its details, the moves they can make, its consultations. */
export class HouseProposalPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async status(): Promise<string> {
    return (await this.page.locator('#status').innerText()).trim();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  editLink(): Locator {
    return this.page.locator('#edit');
  }

  async moves(): Promise<string[]> {
    return (await this.page.locator('#moves a').allInnerTexts()).map((t) => t.replace(this.heading, '').trim());
  }

  async move(action: string): Promise<void> {
    await this.page.locator('#moves').getByRole('link', { name: action }).click();
  }

  consultation(audience: string): Locator {
    return this.page.locator('[data-consultation]', { has: this.page.locator('h3', { hasText: audience }) });
  }

  async openConsultation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open a consultation' }).click();
  }
}

/** Moving a proposal on, with the reason; a confirmation for a move that cannot be undone. */
export class MovePage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async moveWithReason(reason: string, button: string): Promise<void> {
    await this.page.getByLabel('Why').fill(reason);
    await this.page.getByRole('button', { name: button }).click();
  }
}

export interface QuestionAnswers {
  prompt: string;
  kind: string;
  options?: string[];
  /** Ask it only after this answer to an earlier question (1 for the first). */
  askIf?: { question: number; answer: string };
}

export class OpenConsultationPage extends BasePage {
  constructor(
    page: Page,
    readonly proposalTitle: string,
  ) {
    super(page);
  }

  get heading(): string {
    return `Open a consultation on ${this.proposalTitle}`;
  }

  async fill(input: { audience: string; tally?: string; description?: string; closes: { day: string; month: string; year: string }; questions: QuestionAnswers[] }): Promise<void> {
    const p = this.page;
    await p.getByRole('group', { name: 'Who you are asking' }).getByLabel(input.audience, { exact: true }).check();
    if (input.tally) await p.getByRole('group', { name: 'When young people see how others voted' }).getByLabel(input.tally).check();
    if (input.description) await p.getByLabel('What you are asking and why (optional)').fill(input.description);
    const closes = p.getByRole('group', { name: 'When it closes' });
    await closes.getByLabel('Day').fill(input.closes.day);
    await closes.getByLabel('Month').fill(input.closes.month);
    await closes.getByLabel('Year').fill(input.closes.year);
    for (const [n, q] of input.questions.entries()) {
      const group = p.getByRole('group', { name: `Question ${n + 1}` });
      await group.getByLabel('The question').fill(q.prompt);
      await group.getByLabel('How people answer').selectOption({ label: q.kind });
      if (q.options) await group.getByLabel('Options to choose from').fill(q.options.join('\n'));
      if (q.askIf) {
        await group.getByLabel('When to ask it').selectOption({ label: `Only after an answer to question ${q.askIf.question}` });
        await group.getByLabel('The answer that means you ask it').fill(q.askIf.answer);
      }
    }
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the consultation' }).click();
  }
}

export class CloseConsultationPage extends BasePage {
  constructor(
    page: Page,
    readonly proposalTitle: string,
  ) {
    super(page);
  }

  get heading(): string {
    return `Close the consultation on ${this.proposalTitle}`;
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Yes, close it now' }).click();
  }
}

export class ConsultationOutcomePage extends BasePage {
  constructor(
    page: Page,
    readonly proposalTitle: string,
  ) {
    super(page);
  }

  get heading(): string {
    return `Record the outcome of the consultation on ${this.proposalTitle}`;
  }

  async hint(): Promise<string> {
    return (await this.page.locator('#summary-hint').innerText()).trim();
  }

  async record(summary: string): Promise<void> {
    await this.page.getByLabel('You said, we did').fill(summary);
    await this.page.getByRole('button', { name: 'Save the outcome' }).click();
  }
}
