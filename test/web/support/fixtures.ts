import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, Page } from '@playwright/test';
import { buildPublishedCompact, World } from './compact-builder';
import { startStack, Stack } from './stack';
import { buildVotingWorld, VotingWorld } from './vote-builder';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

interface WorkerFixtures {
  stack: Stack;
  world: World;
  /** Open CiCC votes to vote and comment on, and new members to invite (built when first asked for). */
  voting: VotingWorld;
}

interface TestFixtures {
  /** A page in a context with JavaScript turned off: every journey must work there too. */
  noJsPage: Page;
}

/**
 * One real stack per test worker (a database, the API, the worker, the web app and an SMTP
 * server), with a published Compact built through the API; pages open on the web app.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  stack: [
    async ({}, use) => {
      const stack = await startStack();
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 600_000 },
  ],
  world: [async ({ stack }, use) => use(await buildPublishedCompact(stack)), { scope: 'worker', timeout: 300_000 }],
  voting: [async ({ stack, world }, use) => use(await buildVotingWorld(stack, world.adminEmail)), { scope: 'worker', timeout: 300_000 }],
  baseURL: async ({ stack }, use) => use(stack.webUrl),
  noJsPage: async ({ browser, stack }, use) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: stack.webUrl });
    await use(await context.newPage());
    await context.close();
  },
});

export { expect };

/** Axe with the WCAG 2.2 AA rules: no violations. Only in JavaScript-on pages (axe runs inside the page). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(found, `Accessibility problems on ${page.url()}`).toEqual([]);
}

/** No sideways scrolling at the page's current width. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // Runs in the browser (the repository's TypeScript settings have no DOM types).
  const widths = await page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return { content: document.documentElement.scrollWidth, viewport: innerWidth };
  });
  expect(widths.content, `${page.url()} scrolls sideways at ${widths.viewport}px`).toBeLessThanOrEqual(widths.viewport);
}

/** Screenshots at phone (390×844) and desktop (1280×800) widths, into test-results/screenshots. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** The API round trips the web app made for the page it just answered (its Server-Timing header). */
export function apiCalls(headers: Record<string, string>): number {
  const match = /api;desc="(\d+)"/.exec(headers['server-timing'] ?? '');
  if (!match) throw new Error(`No API round-trip count in ${JSON.stringify(headers['server-timing'])}`);
  return Number(match[1]);
}

/** What opening `path` costs on the wire: every response's headers and (compressed) body, and how many files. */
export async function pageWeight(page: Page, path: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  const counted: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    counted.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(counted);
  return { bytes, files: counted.length };
}
