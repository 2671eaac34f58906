import { defineBrowserProvider } from '@vitest/browser';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import type { BrowserProvider, BrowserProviderOption, TestProject } from 'vitest/node';

/** Options of {@link firefox}. */
export interface FirefoxProviderOptions {
  /**
   * The Firefox binary. Debian's ESR speaks WebDriver BiDi natively, so no geckodriver is needed.
   * @default process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
   */
  executablePath?: string;
}

/**
 * Preferences on top of the automation profile Puppeteer writes. They keep Firefox off the
 * network this machine does not have (the counterpart of Chromium's background-networking flags
 * in `scripts/chromium.ts`): without them it retries captive-portal, update, telemetry and
 * remote-settings requests for the whole run.
 */
const quietPrefs: Record<string, unknown> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.search.update': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'services.settings.server': 'data:,',
  'toolkit.telemetry.enabled': false,
};

/**
 * A Vitest browser provider for Debian's Firefox ESR, driven by Puppeteer over WebDriver BiDi.
 *
 * Neither built-in provider can drive it here: Playwright's Firefox is a patched build it downloads
 * (its BiDi channel fails against ESR 153), and webdriverio needs geckodriver, which Debian does
 * not package. The tests drive the page with `@testing-library/user-event` inside the page, so this
 * provider only opens and closes pages; it registers none of the `vitest/browser` interaction
 * commands (`userEvent` from `vitest/browser`, `page.screenshot()`), which throw here.
 *
 * Each test session gets its own browser context (its own storage, like Playwright's contexts),
 * so files may run in parallel pages.
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

class FirefoxProvider implements BrowserProvider {
  readonly name = 'puppeteer';
  readonly supportsParallelism = true;
  #browser: Promise<Browser> | undefined;
  readonly #contexts = new Map<string, BrowserContext>();
  readonly #pages = new Map<string, Page>();
  #closing = false;

  constructor(
    private readonly project: TestProject,
    private readonly options: FirefoxProviderOptions,
  ) {}

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
