import { expect, Locator, Page } from '@playwright/test';
import type { Invited } from '../support/vote-builder';
import { BasePage } from './base-page';
import { InvitationPage, WhatNeedsYouPage } from './sign-in-pages';

/** Opens an invitation link from an email and continues: signed in, on "What needs you". */
export async function acceptInvitation(page: Page, invited: Invited): Promise<YoungPersonHome> {
  await page.goto(invited.link);
  await new InvitationPage(page).expectOnPage();
  await new InvitationPage(page).continue();
  return new YoungPersonHome(page).expectOnPage();
}

/** "What needs you", with its open votes. */
export class YoungPersonHome extends WhatNeedsYouPage {
  openVote(title: string): Locator {
    return this.page.locator('.app-vote').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async openProposal(title: string): Promise<ProposalPage> {
    await this.page.getByRole('link', { name: title }).click();
    return new ProposalPage(this.page, title).expectOnPage();
  }
}

export class ProposalPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string,
  ) {
    super(page);
  }

  async open(id: string): Promise<this> {
    await this.page.goto(`/proposals/${id}`);
    return this.expectOnPage();
  }

  banner(): Locator {
    return this.page.locator('.govuk-notification-banner');
  }

  voteSection(): Locator {
    return this.page.locator('#vote');
  }

  async vote(): Promise<VotePage> {
    await this.page.getByRole('button', { name: /^(Vote now|Change your vote)$/ }).click();
    return new VotePage(this.page).expectOnPage();
  }

  /** The results table's rows as "choice: count (percent)". */
  async results(): Promise<string[]> {
    return this.page.locator('#vote tbody tr').evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }

  whyNoResults(): Locator {
    return this.page.locator('#vote .app-why-not');
  }

  comment(text: string | RegExp): Locator {
    return this.page.locator('.app-comment').filter({ has: this.page.locator(':scope > .app-comment__body', { hasText: text }) });
  }

  commentById(id: string): Locator {
    return this.page.locator(`#comment-${id}`);
  }

  async addComment(text: string): Promise<void> {
    await this.page.getByLabel('Add a comment').fill(text);
    await this.page.getByRole('button', { name: 'Post comment' }).click();
  }

  async reply(comment: Locator): Promise<CommentFormPage> {
    await comment.getByRole('link', { name: /^Reply/ }).first().click();
    return new CommentFormPage(this.page, 'Reply to a comment').expectOnPage();
  }

  async edit(comment: Locator): Promise<CommentFormPage> {
    await comment.getByRole('link', { name: /^Edit/ }).first().click();
    return new CommentFormPage(this.page, /Change your comment/).expectOnPage();
  }

  async delete(comment: Locator): Promise<DeleteCommentPage> {
    await comment.getByRole('link', { name: /^Delete/ }).first().click();
    return new DeleteCommentPage(this.page).expectOnPage();
  }

  async report(comment: Locator): Promise<ReportPage> {
    await comment.getByRole('link', { name: /^Report/ }).first().click();
    return new ReportPage(this.page).expectOnPage();
  }
}

/** One question: how you vote. */
export class VotePage extends BasePage {
  readonly heading = /(What do you think of this idea\?|Change your vote)\s*$/;

  async choose(choice: 'I support it' | 'I do not support it' | 'I do not want to choose'): Promise<void> {
    await this.page.getByLabel(choice).check();
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Send my vote|Change my vote)$/ }).click();
  }
}

/** Replying to a comment, or changing your own. */
export class CommentFormPage extends BasePage {
  constructor(
    page: Page,
    readonly heading: string | RegExp,
  ) {
    super(page);
  }

  async write(text: string): Promise<void> {
    await this.page.locator('#body').fill(text);
    await this.page.getByRole('button', { name: /^(Post reply|Save changes)$/ }).click();
  }
}

export class DeleteCommentPage extends BasePage {
  readonly heading = 'Delete your comment';

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete comment' }).click();
  }

  async keep(): Promise<void> {
    await this.page.getByRole('link', { name: 'Keep it' }).click();
  }
}

export class ReportPage extends BasePage {
  readonly heading = 'Report a comment';

  async send(reason: string | null, details = ''): Promise<void> {
    if (reason) await this.page.getByLabel(reason).check();
    if (details) await this.page.getByLabel('Tell us more (optional)').fill(details);
    await this.page.getByRole('button', { name: 'Send report' }).click();
  }
}

export class ReportedPage extends BasePage {
  readonly heading = /We have told the safeguarding team|Thank you for reporting this comment/;
}

export class SettingsPage extends BasePage {
  readonly heading = 'Your settings';

  async open(): Promise<this> {
    await this.page.goto('/settings');
    return this.expectOnPage();
  }

  async go(link: 'How you hear about things' | 'What we hold about you' | 'Leave the CiCC'): Promise<void> {
    await this.page.getByRole('link', { name: link, exact: true }).click();
  }
}

export class MessagesPage extends BasePage {
  readonly heading = 'How you hear about things';

  /** The value shown for a kind of message. */
  choiceFor(kind: string): Locator {
    return this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: kind }) }).locator('.govuk-summary-list__value');
  }

  async change(kind: string): Promise<MessageKindPage> {
    await this.page.getByRole('link', { name: `Change ${kind.toLowerCase()}` }).click();
    return new MessageKindPage(this.page).expectOnPage();
  }
}

export class MessageKindPage extends BasePage {
  readonly heading = /How do you want to hear about this\?\s*$/;

  async choose(text: string): Promise<void> {
    await this.page.getByLabel(text).check();
    await this.page.getByRole('button', { name: 'Save' }).click();
  }
}

export class YourDataPage extends BasePage {
  readonly heading = 'What we hold about you';
}

export class LeaveCiccPage extends BasePage {
  readonly heading = 'Leaving the CiCC';
}

export class LeaveCiccConfirmPage extends BasePage {
  readonly heading = 'Are you sure you want to leave the CiCC?';

  async leave(tick: boolean): Promise<void> {
    if (tick) await this.page.getByLabel('I want to leave the CiCC').check();
    await this.page.getByRole('button', { name: 'Leave the CiCC' }).click();
  }
}

export class LeftCiccPage extends BasePage {
  readonly heading = 'You have left the CiCC';
}

/** Presses Tab until `target` has the focus (a keyboard-only user's way of reaching it). */
export async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)) return;
  }
  throw new Error(`Tabbing ${most} times never reached ${target.toString()}`);
}

export { expect };
