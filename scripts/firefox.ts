import { fileURLToPath } from 'node:url';
import { defineBrowserProvider } from '@vitest/browser';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import type { BrowserProvider, BrowserProviderOption, TestProject } from 'vitest/node';
import { firefoxCommands } from './firefox-commands.ts';

/** Options of {@link firefox}. */
export interface FirefoxProviderOptions {
  /**
   * The Firefox binary. Debian's ESR speaks WebDriver BiDi natively, so no geckodriver is needed.
   * @default process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
   */
  executablePath?: string;
}

/**
 * Preferences on top of the automation profile Puppeteer writes, which already points updates,
 * safe browsing, telemetry and remote settings at a dummy host. It leaves the captive-portal and
 * connectivity checks on, which would reach for Mozilla's servers from this offline machine (the
 * counterpart of Chromium's background-networking flags in `scripts/chromium.ts`).
 */
const quietPrefs: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/**
 * A Vitest browser provider for Debian's Firefox ESR, driven by Puppeteer over WebDriver BiDi.
 *
 * Neither built-in provider can drive it here: Playwright's Firefox is a patched build it downloads
 * (its BiDi channel fails against ESR 153), and webdriverio needs geckodriver, which Debian does
 * not package. It implements the common `vitest/browser` interactions with Puppeteer's input
 * events (`scripts/firefox-commands.ts`); the tests here use `@testing-library/user-event`.
 *
 * Each test session gets its own browser context (its own storage, like Playwright's contexts).
 * Vitest still runs its files one at a time: it runs files in parallel only for providers that
 * also mock modules themselves, as Playwright's does.
 *
 * @example
 * ```ts
 * browser: { provider: firefox(), instances: [{ browser: 'firefox' }] }
 * ```
 */
export const firefox = (options: FirefoxProviderOptions = {}): BrowserProviderOption =>
  defineBrowserProvider({
    name: 'puppeteer',
    supportedBrowser: ['firefox'],
    options,
    providerFactory: (project) => new FirefoxProvider(project, options),
  });

/**
 * The page-side locators (`page.getByRole(…)` and the rest): webdriverio's resolve each locator in
 * the page and send the commands a CSS selector of the element, which is what Puppeteer needs too.
 */
const locators = fileURLToPath(new URL('locators.js', import.meta.resolve('@vitest/browser-webdriverio')));

class FirefoxProvider implements BrowserProvider {
  readonly name = 'puppeteer';
  readonly supportsParallelism = true;
  readonly initScripts = [locators];
  #browser: Promise<Browser> | undefined;
  readonly #contexts = new Map<string, BrowserContext>();
  readonly #pages = new Map<string, Page>();
  #closing = false;

  constructor(
    private readonly project: TestProject,
    private readonly options: FirefoxProviderOptions,
  ) {
    // Vitest's own command names (`__vitest_click` …) are not in its public command typings.
    const browser = project.browser as unknown as { registerCommand(name: string, command: unknown): void } | undefined;
    for (const [name, command] of Object.entries(firefoxCommands)) browser?.registerCommand(name, command);
  }

  #launch(): Promise<Browser> {
    this.#browser ??= import('puppeteer-core').then(({ launch }) =>
      launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: this.options.executablePath ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: this.project.config.browser.headless,
        // Playwright's default, so the test iframe gets the same size and scale as in Chromium.
        defaultViewport: { width: 1280, height: 720 },
        extraPrefsFirefox: quietPrefs,
      }),
    );
    return this.#browser;
  }

  getCommandsContext(sessionId: string) {
    return { page: this.#pages.get(sessionId) };
  }

  async openPage(sessionId: string, url: string): Promise<void> {
    if (this.#closing) throw new Error('[vitest] The provider was closed.');
    const browser = await this.#launch();
    await this.#pages.get(sessionId)?.close();
    let context = this.#contexts.get(sessionId);
    if (!context) {
      context = await browser.createBrowserContext();
      this.#contexts.set(sessionId, context);
    }
    const page = await context.newPage();
    this.#pages.set(sessionId, page);
    await page.goto(url, { timeout: 0 });
  }

  async close(): Promise<void> {
    this.#closing = true;
    const browser = this.#browser;
    this.#browser = undefined;
    this.#pages.clear();
    this.#contexts.clear();
    await (await browser)?.close();
  }
}
