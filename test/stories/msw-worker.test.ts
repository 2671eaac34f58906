// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The Playground's Mock Service Worker script is committed (MSW's advice, so `storybook build` works
// on a clean clone with no pre-script) and kept in step by msw's postinstall (`msw.workerDirectory`).
// A worker from another msw version makes the Playground warn in the console and can break its
// requests, which a person trying the kit would see.
describe('the committed Mock Service Worker', () => {
  it('is the one the installed msw ships', () => {
    const root = new URL('../../', import.meta.url);
    const committed = readFileSync(new URL('public/mockServiceWorker.js', root), 'utf8');
    const shipped = readFileSync(new URL('node_modules/msw/lib/mockServiceWorker.js', root), 'utf8');
    const version = (text: string) => /PACKAGE_VERSION = '([^']+)'/.exec(text)?.[1];
    expect(version(committed)).toBe(JSON.parse(readFileSync(new URL('node_modules/msw/package.json', root), 'utf8')).version);
    expect(committed).toBe(shipped);
  });
});
