/**
 * `locator.fill(text)` as Playwright does it, for the providers that would type instead (Firefox
 * over BiDi, WebKit over WebDriver classic): focus the field, select what it holds, and insert the
 * text as one edit (one `input` event, not one per character; the email field reacts to each
 * separator typed). An empty `text` deletes the selection: Firefox's `clear()`. Runs in the test
 * iframe, so it must stay self-contained: the providers send its source to the page.
 */
export function fillInPage(selector: string, text: string): void {
  const field = document.querySelector<HTMLElement>(selector);
  if (!field) throw new Error(`No element matches ${selector}.`);
  field.focus();
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
  else document.getSelection()?.selectAllChildren(field);
  document.execCommand(text ? 'insertText' : 'delete', false, text);
}
