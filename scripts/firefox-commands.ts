import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseKeyDef, resolveScreenshotPath } from '@vitest/browser';
import type { ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';
import { fillInPage } from './fill-in-page.ts';

/**
 * The `vitest/browser` interactions (`userEvent.click`, `locator.fill`, `userEvent.keyboard` …)
 * for the Firefox provider, done with Puppeteer's real input events. The page resolves each
 * locator to one element and sends a CSS selector of it inside the test iframe (what it does for
 * every provider but Playwright), so each command finds that element in the iframe's frame.
 * Uploads, drag and drop, the wheel and traces are not implemented and say so.
 */

/** The Puppeteer page this provider puts in the command context (the typings name Playwright's). */
const pageOf = (context: BrowserCommandContext) => (context as unknown as { page: Page }).page;

async function testFrame(context: BrowserCommandContext): Promise<Frame> {
  const page = pageOf(context);
  const frame = await (await page.$('iframe[data-vitest]'))?.contentFrame();
  if (!frame) throw new Error('The test iframe is not on the page.');
  return frame;
}

async function element(context: BrowserCommandContext, selector: string): Promise<ElementHandle> {
  const handle = await (await testFrame(context)).$(selector);
  if (!handle) throw new Error(`No element matches ${selector} in the test iframe.`);
  return handle;
}

/** Presses `text` in user-event's key syntax (`abc{Enter}{Shift>}A{/Shift}`), tracking held keys. */
async function press(page: Page, held: Set<string>, text: string, releaseAll: boolean): Promise<void> {
  for (const { keyDef, releasePrevious, releaseSelf, repeat } of parseKeyDef(text)) {
    const key = keyDef.key ?? '';
    if (held.has(key)) {
      await page.keyboard.up(key as KeyInput);
      held.delete(key);
    }
    if (releasePrevious) continue;
    if (key === 'selectall') {
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.select?.());
      continue;
    }
    for (let i = 0; i < repeat; i++) {
      try {
        await page.keyboard.down(key as KeyInput);
      } catch {
        // Not a key of Puppeteer's US layout (é, 漢): typed as text, as Playwright's provider does.
        await page.keyboard.sendCharacter(key);
      }
    }
    if (releaseSelf) await page.keyboard.up(key as KeyInput).catch(() => undefined);
    else held.add(key);
  }
  if (releaseAll) {
    for (const key of held) await page.keyboard.up(key as KeyInput).catch(() => undefined);
    held.clear();
  }
}

/**
 * Where a person would point at the element: the centre of its first box inside the test iframe's
 * viewport, in the top page's coordinates, after scrolling it into view and once it stands still. Puppeteer's own
 * `ElementHandle.click()` adds the iframe's offset but not its scale, and Vitest scales the iframe
 * down (`transform: scale()`) whenever the viewport it sets is larger than the window (its default
 * 414 × 896 in a 1280 × 720 window is 0.8): Puppeteer's clicks then land beside the target, on
 * whatever is there, or on nothing.
 */
async function pointAt(context: BrowserCommandContext, selector: string): Promise<{ x: number; y: number }> {
  const target = await element(context, selector);
  if (!(await target.isIntersectingViewport({ threshold: 1 }))) await target.scrollIntoView();
  const inFrame = await target.evaluate(async (node) => {
    const centre = () => {
      const width = document.documentElement.clientWidth;
      const height = document.documentElement.clientHeight;
      for (const rect of node.getClientRects()) {
        const left = Math.max(rect.left, 0);
        const right = Math.min(rect.right, width);
        const top = Math.max(rect.top, 0);
        const bottom = Math.min(rect.bottom, height);
        if (right - left >= 1 && bottom - top >= 1) return { x: (left + right) / 2, y: (top + bottom) / 2 };
      }
      return null;
    };
    // As Playwright does: something still moving (a dialog scaling in) is pointed at once it has
    // kept its place for a frame.
    let last = centre();
    for (let frame = 0; frame < 30; frame++) {
      await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const now = centre();
      if (now?.x === last?.x && now?.y === last?.y) return now;
      last = now;
    }
    return last;
  });
  if (!inFrame) throw new Error(`${selector} has no box to click in the test iframe (hidden, empty or out of view).`);
  const frame = await pageOf(context).$eval('iframe[data-vitest]', (iframe) => {
    const box = iframe.getBoundingClientRect();
    const style = getComputedStyle(iframe);
    const scaleX = box.width / iframe.offsetWidth;
    const scaleY = box.height / iframe.offsetHeight;
    return {
      left: box.left + (iframe.clientLeft + parseFloat(style.paddingLeft)) * scaleX,
      top: box.top + (iframe.clientTop + parseFloat(style.paddingTop)) * scaleY,
      scaleX,
      scaleY,
    };
  });
  return { x: frame.left + inFrame.x * frame.scaleX, y: frame.top + inFrame.y * frame.scaleY };
}

const clickTimes = (count: number): BrowserCommand<[selector: string]> => async (context, selector) => {
  const { x, y } = await pointAt(context, selector);
  await pageOf(context).mouse.click(x, y, { count });
};
const click = clickTimes(1);
const dblClick = clickTimes(2);
const tripleClick = clickTimes(3);
const hover: BrowserCommand<[selector: string]> = async (context, selector) => {
  const { x, y } = await pointAt(context, selector);
  await pageOf(context).mouse.move(x, y);
};
const clear: BrowserCommand<[selector: string]> = async (context, selector) => {
  await (await testFrame(context)).evaluate(fillInPage, selector, '');
};
const fill: BrowserCommand<[selector: string, text: string]> = async (context, selector, text) => {
  await (await testFrame(context)).evaluate(fillInPage, selector, text);
};
const type: BrowserCommand<[selector: string, text: string, options?: { skipClick?: boolean; skipAutoClose?: boolean; unreleased?: string[] }]> = async (
  context,
  selector,
  text,
  options = {},
) => {
  const held = new Set(options.unreleased ?? []);
  if (!options.skipClick) await (await element(context, selector)).focus();
  await press(pageOf(context), held, text, !options.skipAutoClose);
  return { unreleased: [...held] };
};
const keyboard: BrowserCommand<[text: string, state: { unreleased?: string[] }]> = async (context, text, state) => {
  // Keys go to the focused frame: with nothing focused in the test iframe, focus its window first.
  await (await testFrame(context)).evaluate(() => {
    if (!document.activeElement || document.activeElement === document.body) window.focus();
  });
  const held = new Set(state.unreleased ?? []);
  await press(pageOf(context), held, text, false);
  return { unreleased: [...held] };
};
const keyboardCleanup: BrowserCommand<[state: { unreleased?: string[] }]> = async (context, state) => {
  for (const key of state.unreleased ?? []) await pageOf(context).keyboard.up(key as KeyInput).catch(() => undefined);
};
const tab: BrowserCommand<[options?: { shift?: boolean }]> = async (context, options = {}) => {
  const keys = pageOf(context).keyboard;
  if (options.shift) await keys.down('Shift');
  await keys.press('Tab');
  if (options.shift) await keys.up('Shift');
};
const selectOptions: BrowserCommand<[selector: string, values: Array<{ index: number }>]> = async (context, selector, values) => {
  const select = await element(context, selector);
  // The page's locators (webdriverio's, see scripts/firefox.ts) send the options by index.
  const chosen = await select.evaluate(
    (field, indexes) => indexes.map((index) => (field as HTMLSelectElement).options[index]?.value ?? ''),
    values.map((value) => value.index),
  );
  await select.select(...chosen);
};
const takeScreenshot: BrowserCommand<[name: string, options: { element?: string; path?: string; save?: boolean }]> = async (
  context,
  name,
  options,
) => {
  if (!context.testPath) throw new Error('Cannot take a screenshot outside a test.');
  const path = resolveScreenshotPath(context.testPath, name, context.project.config, options.path);
  if (options.save) await mkdir(dirname(path), { recursive: true });
  const target = await element(context, options.element ?? 'body');
  const buffer = await target.screenshot(options.save ? { path: path as `${string}.png` } : {});
  return { buffer: Buffer.from(buffer), path };
};

const unsupported = (what: string) => () => {
  throw new Error(`The Firefox provider (scripts/firefox.ts) does not implement ${what}.`);
};

/** Vitest's command names, as the page calls them. */
export const firefoxCommands: Record<string, BrowserCommand<never[]>> = {
  __vitest_click: click,
  __vitest_dblClick: dblClick,
  __vitest_tripleClick: tripleClick,
  __vitest_hover: hover,
  __vitest_clear: clear,
  __vitest_fill: fill,
  __vitest_type: type,
  __vitest_keyboard: keyboard,
  __vitest_cleanup: keyboardCleanup,
  __vitest_tab: tab,
  __vitest_selectOptions: selectOptions,
  __vitest_takeScreenshot: takeScreenshot,
  __vitest_upload: unsupported('upload()'),
  __vitest_dragAndDrop: unsupported('dropTo()'),
  __vitest_wheel: unsupported('wheel()'),
} as Record<string, BrowserCommand<never[]>>;
