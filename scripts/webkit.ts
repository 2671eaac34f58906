import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineBrowserProvider } from '@vitest/browser';
import { WebdriverBrowserProvider, type WebdriverProviderOptions } from '@vitest/browser-webdriverio';
import type { BrowserCommand, BrowserProviderOption, TestProject } from 'vitest/node';
import { fillInPage } from './fill-in-page.ts';
import { startWebKitDriver, type WebKitDriver } from './webkit-driver.ts';

/** Options of {@link webkit}. */
export interface WebKitProviderOptions {
  /**
   * MiniBrowser, WebKitGTK's test browser (Debian's `libwebkit2gtk-4.1-0`).
   * @default process.env.WEBKIT_MINIBROWSER_PATH, else `/usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser`
   */
  miniBrowserPath?: string;
}

/** Where Debian puts MiniBrowser: under the multiarch triple, which depends on the machine. */
function findMiniBrowser(): string {
  const fromEnv = process.env.WEBKIT_MINIBROWSER_PATH;
  if (fromEnv) return fromEnv;
  for (const triple of readdirSync('/usr/lib')) {
    const candidate = join('/usr/lib', triple, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'MiniBrowser not found: install libwebkit2gtk-4.1-0 (and webkit2gtk-driver, xvfb), or set WEBKIT_MINIBROWSER_PATH.',
  );
}

/**
 * A Vitest browser provider for WebKit: Debian's MiniBrowser driven through WebKitWebDriver
 * (WebDriver classic) by `@vitest/browser-webdriverio`, on a private Xvfb display.
 *
 * The stock webdriverio provider knows WebKit only as Apple's Safari, so this one replaces the
 * capabilities it would send and starts Xvfb and the driver itself when the first page opens,
 * stopping both by PID when Vitest closes the provider (`scripts/webkit-driver.ts`). Playwright's
 * WebKit would be a downloaded build, which this machine cannot fetch.
 *
 * MiniBrowser has no headless mode: the private Xvfb display stands in for it, so `headless` has
 * no effect here.
 *
 * @example
 * ```ts
 * browser: { instances: [{ browser: 'webkit', provider: webkit() }] }
 * ```
 */
export const webkit = (options: WebKitProviderOptions = {}): BrowserProviderOption =>
  defineBrowserProvider({
    name: 'webdriverio',
    supportedBrowser: ['webkit'],
    options,
    providerFactory: (project) => new WebKitProvider(project, options),
  });

const fill: BrowserCommand<[selector: string, text: string]> = async (context, selector, text) => {
  // The command runs in the test iframe: the page switched WebDriver into it before commanding.
  await (context as unknown as { browser: WebdriverIO.Browser }).browser.execute(fillInPage, selector, text);
};

class WebKitProvider extends WebdriverBrowserProvider {
  // Read by the parent's openBrowser() when it calls remote(), so the port can be filled in late.
  readonly #remote: WebdriverProviderOptions;
  #driver: Promise<WebKitDriver> | undefined;

  constructor(project: TestProject, options: WebKitProviderOptions) {
    const remote: WebdriverProviderOptions = { hostname: '127.0.0.1', path: '/', logLevel: 'silent' };
    super(project, remote);
    this.#remote = remote;
    const capabilities = {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for a BiDi session by default; WebKitWebDriver speaks WebDriver classic.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: options.miniBrowserPath ?? findMiniBrowser(),
        args: ['--automation'],
      },
    };
    // The parent builds Safari/Chrome/Firefox/Edge capabilities from the instance's browser name;
    // WebKitWebDriver needs its own. The method is private in the typings, hence Reflect.
    Reflect.set(this, 'buildCapabilities', () => capabilities);
    // webdriverio's fill() types character by character; one insertion, as in the other engines.
    const browser = project.browser as unknown as { registerCommand(name: string, command: unknown): void } | undefined;
    browser?.registerCommand('__vitest_fill', fill);
  }

  /**
   * `page.viewport(width, height)`: the test iframe gets exactly that size, as in the other
   * engines. The stock provider resizes the window instead, which WebDriver classic measures
   * outside MiniBrowser's toolbar and which it will not make narrower than 447 px: a 320 × 568
   * viewport came out 447 × 530. Here the window only grows when the iframe would not fit, and
   * the iframe's container is sized in the page, as Vitest does for Playwright.
   */
  override async setViewport({ width, height }: { width: number; height: number }): Promise<void> {
    const browser = this.browser;
    if (!browser) throw new Error('The browser has no open pages.');
    const inFrame = this.isIframeSwitched();
    if (inFrame) await this.switchToMainFrame();
    try {
      const inner = await browser.execute(() => ({ width: window.innerWidth, height: window.innerHeight }));
      if (inner.width < width || inner.height < height) {
        const outer = await browser.getWindowSize();
        await browser.setWindowSize(outer.width + Math.max(0, width - inner.width), outer.height + Math.max(0, height - inner.height));
      }
      await browser.execute(
        (w: number, h: number) => {
          const container = document.querySelector('iframe[data-vitest]')?.parentElement;
          if (!container) throw new Error('The test iframe is not on the page.');
          container.style.width = `${w}px`;
          container.style.height = `${h}px`;
          // Laid out now, so the test frame has its new size before the command returns.
          container.getBoundingClientRect();
        },
        width,
        height,
      );
    } finally {
      if (inFrame) await this.switchToTestFrame();
    }
  }

  override async openBrowser(): Promise<WebdriverIO.Browser> {
    this.#driver ??= startWebKitDriver();
    this.#remote.port = (await this.#driver).port;
    return super.openBrowser();
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      const driver = this.#driver;
      this.#driver = undefined;
      await (await driver?.catch(() => undefined))?.stop();
    }
  }
}
