import { BasePage } from './base-page';

export class StartPage extends BasePage {
  readonly heading = 'Help for care leavers in London';

  async open(): Promise<this> {
    await this.page.goto('/');
    return this.expectOnPage();
  }

  async findOutWhatYouCanGet(): Promise<void> {
    await this.page.getByRole('button', { name: 'Find out what you can get' }).click();
  }
}
