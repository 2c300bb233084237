import { expect, Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

/** "Moderate comments": the Houses whose comments you moderate. */
export class ModerationHousesPage extends BasePage {
  readonly heading = 'Moderate comments';

  async open(): Promise<this> {
    await this.page.goto('/moderation');
    return this.expectOnPage();
  }

  houses(): Locator {
    return this.page.locator('#houses');
  }

  async choose(house: string): Promise<void> {
    await this.page.getByRole('link', { name: house, exact: true }).click();
  }
}

/** One House's proposals, to choose whose reports to read. */
export class ModerationHousePage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async choose(proposal: string): Promise<void> {
    await this.page.locator('#proposals').getByRole('link', { name: proposal, exact: true }).click();
  }

  /** A proposal's line: its title and how many reports wait on it. */
  async line(proposal: string): Promise<string> {
    const item = this.page.locator('#proposals li', { has: this.page.getByRole('link', { name: proposal, exact: true }) });
    return (await item.innerText()).replace(/\s+/g, ' ').trim();
  }
}

/** A proposal's reported comments, open ones first, with what the moderator may do to each. */
export class ReportedCommentsPage extends BasePage {
  readonly heading: string;

  constructor(
    page: Page,
    readonly proposalTitle: string,
  ) {
    super(page);
    this.heading = `Reported comments: ${proposalTitle}`;
  }

  async open(proposalId: string): Promise<this> {
    await this.page.goto(`/moderation/proposals/${proposalId}`);
    return this.expectOnPage();
  }

  report(reportId: string): Locator {
    return this.page.locator(`#report-${reportId}`);
  }

  /** A report's rows, "key: value", in order. */
  async rows(reportId: string): Promise<Record<string, string>> {
    const rows = this.report(reportId).locator('.govuk-summary-list__row');
    const found: Record<string, string> = {};
    for (const row of await rows.all()) {
      found[(await row.locator('dt').innerText()).trim()] = (await row.locator('dd').innerText()).replace(/\s+/g, ' ').trim();
    }
    return found;
  }

  action(reportId: string, name: string): Locator {
    return this.report(reportId).getByRole('link', { name: new RegExp(`^${name}`) });
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }
}

/** Hiding, showing again or closing: one question, why. */
export class ReasonPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: 'Hide a comment' | 'Show a comment again' | 'Close a report',
  ) {
    super(page);
  }

  async send(reason: string, button: string): Promise<void> {
    await this.page.getByRole('textbox').fill(reason);
    await this.page.getByRole('button', { name: button }).click();
  }
}

export class SafeguardingQueuePage extends BasePage {
  readonly heading = 'Safety concerns';

  async open(): Promise<this> {
    await this.page.goto('/safeguarding');
    return this.expectOnPage();
  }

  waiting(): Locator {
    return this.page.locator('#waiting');
  }

  handled(): Locator {
    return this.page.locator('#handled');
  }
}

export class SafeguardingConcernPage extends BasePage {
  heading: string | RegExp = /^A (handled )?safety concern$/;

  async open(concernId: string): Promise<this> {
    await this.page.goto(`/safeguarding/concerns/${concernId}`);
    return this.expectOnPage();
  }

  async detail(key: string, list = '#concern'): Promise<string> {
    return (await this.page.locator(`${list} .govuk-summary-list__row`, { has: this.page.locator('dt', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) }).locator('dd').innerText()).trim();
  }

  async record(input: { did?: string; comment?: string; notes?: string }): Promise<void> {
    if (input.did) await this.page.getByLabel(input.did, { exact: true }).check();
    if (input.comment) await this.page.getByLabel(input.comment, { exact: true }).check();
    if (input.notes !== undefined) await this.page.getByRole('textbox', { name: 'Notes' }).fill(input.notes);
    await this.page.getByRole('button', { name: 'Save and close the concern' }).click();
  }
}

export class ConcernHandledPage extends BasePage {
  readonly heading = 'Concern recorded as handled';

  async outcome(): Promise<string> {
    return (await this.page.locator('#comment-outcome').innerText()).trim();
  }
}

export class AuditTrailPage extends BasePage {
  readonly heading = 'Audit trail';

  async open(query = ''): Promise<this> {
    await this.page.goto(`/admin/audit${query}`);
    return this.expectOnPage();
  }

  async filter(input: { kind?: string; record?: string; actor?: string; from?: [number, number, number]; to?: [number, number, number] }): Promise<void> {
    if (input.kind !== undefined) await this.page.getByLabel('Kind of record').fill(input.kind);
    if (input.record !== undefined) await this.page.getByLabel('Record id').fill(input.record);
    if (input.actor !== undefined) await this.page.getByLabel('Id of the person who made the change').fill(input.actor);
    for (const [prefix, date] of [
      ['from', input.from],
      ['to', input.to],
    ] as const) {
      if (!date) continue;
      await this.page.locator(`#${prefix}-day`).fill(String(date[0]));
      await this.page.locator(`#${prefix}-month`).fill(String(date[1]));
      await this.page.locator(`#${prefix}-year`).fill(String(date[2]));
    }
    await this.page.getByRole('button', { name: 'Show changes' }).click();
  }

  /** The events' actions (the operations), newest first. */
  actions(): Promise<string[]> {
    return this.page.locator('.app-audit-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
  }

  /** The events' ids, in the order shown. */
  ids(): Promise<string[]> {
    return this.page.locator('.app-audit-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  }

  event(action: string): Locator {
    return this.page.locator(`.app-audit-event[data-action="${action}"]`);
  }

  async count(): Promise<string> {
    return (await this.page.locator('#results-heading').innerText()).trim();
  }
}

export class FailedJobsPage extends BasePage {
  readonly heading = 'Failed background jobs';

  async open(queue: string): Promise<this> {
    await this.page.goto(`/admin/jobs?queue=${queue}`);
    return this.expectOnPage();
  }

  job(jobId: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`\\(job ${jobId}\\)`) });
  }

  async retry(): Promise<void> {
    await this.page.getByRole('button', { name: 'Retry selected jobs' }).click();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  async expectQueue(text: RegExp): Promise<void> {
    await expect(this.page.locator('#queue-heading')).toHaveText(text);
  }
}
