import { Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

function squash(texts: string[]): string[] {
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Fills a GOV.UK date input whose boxes are `${prefix}-day`, `-month` and `-year`. */
async function fillDate(page: Page, prefix: string, day: string, month: string, year: string): Promise<void> {
  await page.locator(`#${prefix}-day`).fill(day);
  await page.locator(`#${prefix}-month`).fill(month);
  await page.locator(`#${prefix}-year`).fill(year);
}

export class BoardOverviewPage extends BasePage {
  readonly heading = 'Trust Board';

  async open(): Promise<this> {
    await this.page.goto('/trust-board');
    return this.expectOnPage();
  }

  async waitingForDecision(): Promise<string[]> {
    return squash(await this.page.locator('#waiting-for-decision li').allTextContents());
  }

  async nextMeetings(): Promise<string[]> {
    return squash(await this.page.locator('#next-meetings li').allTextContents());
  }

  async openActions(): Promise<string[]> {
    return squash(await this.page.locator('#open-actions li').allTextContents());
  }

  /** One figure of a House's summary card. */
  async houseFigure(house: string, key: string): Promise<string> {
    const row = this.page.locator(`[data-house="${house}"] .govuk-summary-list__row`, { has: this.page.locator('dt', { hasText: key }) });
    return (await row.locator('dd').innerText()).trim();
  }

  async scheduleMeeting(): Promise<void> {
    await this.page.getByRole('button', { name: 'Schedule a meeting' }).click();
  }
}

export class BoardMeetingsPage extends BasePage {
  readonly heading = 'Meetings';

  async upcoming(): Promise<string[]> {
    return squash(await this.page.locator('#upcoming li').allTextContents());
  }
}

export class ScheduleMeetingPage extends BasePage {
  readonly heading = 'Schedule a meeting';

  async schedule(input: { title: string; day: string; month: string; year: string; time: string; location?: string }): Promise<void> {
    await this.page.getByLabel('Meeting title').fill(input.title);
    await fillDate(this.page, 'date', input.day, input.month, input.year);
    await this.page.getByLabel('Start time').fill(input.time);
    await this.page.getByLabel('Where (optional)').fill(input.location ?? '');
    await this.page.getByRole('button', { name: 'Schedule the meeting' }).click();
  }
}

export class MeetingPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  async details(): Promise<string> {
    return (await this.page.locator('#meeting-details').innerText()).replace(/\s+/g, ' ').trim();
  }

  agendaItem(title: string): Locator {
    return this.page.locator('#agenda [data-agenda-item]', { hasText: title });
  }

  recordDecisionLinks(): Locator {
    return this.page.getByRole('link', { name: /^Record a decision/ });
  }

  async decisions(): Promise<string[]> {
    return squash(await this.page.locator('#decisions li').allTextContents());
  }

  async actions(): Promise<string[]> {
    return squash(await this.page.locator('#actions li').allTextContents());
  }

  async addAgendaItem(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an agenda item' }).click();
  }

  async recordDecisionOn(proposalTitle: string): Promise<void> {
    await this.agendaItem(proposalTitle).getByRole('link', { name: /^Record a decision/ }).click();
  }

  async addAction(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an action' }).click();
  }

  async changeAction(description: string): Promise<void> {
    await this.page.locator('#actions li', { hasText: description }).getByRole('link', { name: /^Change/ }).click();
  }
}

export class AgendaItemPage extends BasePage {
  readonly heading = 'Add an agenda item';

  async add(title: string, proposalTitle: string | null, papersUrl = ''): Promise<void> {
    await this.page.getByLabel('Agenda item').fill(title);
    await this.page.getByRole('radio', { name: proposalTitle ?? 'It is not about a proposal' }).check();
    await this.page.getByLabel('Link to the papers (optional)').fill(papersUrl);
    await this.page.getByRole('button', { name: 'Add to the agenda' }).click();
  }
}

export class DecisionPage extends BasePage {
  constructor(
    page: Page,
    readonly proposalTitle: string,
  ) {
    super(page);
  }

  get heading(): string {
    return `Record a decision on ${this.proposalTitle}`;
  }

  async decide(choice: 'Endorse it' | 'Decline it' | 'Defer it', reasons: string): Promise<void> {
    await this.page.getByRole('radio', { name: choice }).check();
    await this.page.getByLabel('Reasons for the decision').fill(reasons);
    await this.continue();
  }
}

export class CheckDecisionPage extends BasePage {
  readonly heading = 'Check the decision before you record it';

  async answers(): Promise<string> {
    return (await this.page.locator('#decision-answers').innerText()).replace(/\s+/g, ' ').trim();
  }

  async record(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record the decision' }).click();
  }
}

export class ActionItemPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: 'Add an action' | 'Change the action',
  ) {
    super(page);
  }

  async fill(input: { description?: string; owner?: string; day: string; month: string; year: string; status?: string }): Promise<void> {
    if (input.description !== undefined) await this.page.getByLabel('What is to be done').fill(input.description);
    if (input.owner !== undefined) await this.page.getByLabel('Who will do it').selectOption({ label: input.owner });
    await fillDate(this.page, 'dueOn', input.day, input.month, input.year);
    if (input.status) await this.page.getByRole('radio', { name: input.status }).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Add|Save) the action$/ }).click();
  }
}

export class BoardActionsPage extends BasePage {
  readonly heading = 'Actions from board meetings';

  async open(): Promise<this> {
    await this.page.goto('/trust-board/actions');
    return this.expectOnPage();
  }

  async openActions(): Promise<string[]> {
    return squash(await this.page.locator('#open-actions li').allTextContents());
  }

  async closedActions(): Promise<string[]> {
    return squash(await this.page.locator('#closed-actions li').allTextContents());
  }
}
