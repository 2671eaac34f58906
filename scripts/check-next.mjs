#!/usr/bin/env node
// The packed tarball in a real Next.js App Router host (test/package/next-app), as a developer
// embeds it: a Server Component page that uses `invite-kit/core` and renders a client component
// with the dialog, a route handler over `createMemoryInvitationApi`, Tailwind v4 for the host's
// own styles. `next build` must pass (its type check included); then, against `next start`, a real
// Chromium opens the page, invites three people, and the server must hold exactly them — with no
// console error, no page error and no hydration warning, and the host's Tailwind utilities on the
// dialog winning over the kit's own rules.
// Run `npm run build` first. INVITE_KIT_KEEP_CONSUMER=1 keeps the temporary app for a look.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { INSTALL, check, pack, root, run } from './host-apps.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

// The host's own pins: what a new App Router app gets today, and a Radix Dialog older than the one
// this repository develops against (the kit's caret range must share it, not bring a second copy).
const HOST = {
  next: '16.4.6',
  tailwindcss: '4.3.5',
  '@tailwindcss/postcss': '4.3.5',
  '@radix-ui/react-dialog': '1.3.0',
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dev = pkg.devDependencies;
const work = mkdtempSync(join(tmpdir(), 'invite-kit-next-'));
const app = join(work, 'app');
const env = { NEXT_TELEMETRY_DISABLED: '1' };

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts `next start`, resolving once it answers; the child is returned to be stopped by PID. */
async function start(port) {
  const child = spawn(process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode})\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return { child, output: () => output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`next start did not answer\n${output}`);
}

/** Whether `probe` turns true within a few seconds (focus moves after the opening effects run). */
async function eventually(probe) {
  for (let i = 0; i < 50; i++) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function drive(base) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      // Failed requests are judged by their URL below (the host app has no favicon, and needs none).
      if (message.text().startsWith('Failed to load resource')) return;
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
        problems.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(base, { waitUntil: 'networkidle' });
    check(
      (await page.getByTestId('server-parse').textContent())?.startsWith('1 valid, 1 invalid'),
      'the Server Component page could not use invite-kit/core',
    );

    await page.getByRole('button', { name: 'Invite people' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite people' });
    await dialog.waitFor();
    const field = dialog.getByRole('textbox', { name: 'Email addresses' });
    check(await eventually(() => field.evaluate((element) => element === document.activeElement)), 'focus did not land in the email field');
    await field.fill('ana@acme.com, ben@acme.com, cy@acme.com');
    await field.press('Enter');
    await dialog.getByRole('button', { name: /^Send 3 invitations$/ }).click();
    await dialog.getByText(/3 invited/).first().waitFor();

    // The host's utilities (`bg-amber-100 p-10`) win over the kit's rules: its stylesheet yields.
    const style = await dialog.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { padding: computed.paddingTop, background: computed.backgroundColor };
    });
    check(style.padding === '40px', `the host's p-10 did not apply to the dialog (padding-top ${style.padding})`);
    const kitBackground = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'ik-root';
      document.body.append(probe);
      const color = getComputedStyle(probe).getPropertyValue('--ik-bg').trim();
      probe.remove();
      return color;
    });
    check(style.background !== 'rgb(255, 255, 255)' && style.background !== kitBackground, `the host's bg-amber-100 did not apply (${style.background})`);

    // Tailwind's reset (preflight) sits below the kit's layer: the kit's main button keeps its colour.
    const submit = await dialog.getByRole('button', { name: /^Done$|invited|^Send/ }).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    check(submit !== 'rgba(0, 0, 0, 0)' && submit !== 'transparent', `Tailwind's reset stripped the kit's button (background ${submit})`);

    const seen = await (await fetch(`${base}/api/seen`)).json();
    check(
      JSON.stringify([...seen].sort()) === JSON.stringify(['ana@acme.com', 'ben@acme.com', 'cy@acme.com']),
      `the server holds ${JSON.stringify(seen)}, not the three people invited`,
    );

    // Nested in the host's own Radix dialog: focus lands in the kit's email field, and one Escape
    // closes only the top dialog, focus going back to the kit's trigger inside the host's dialog.
    await page.goto(`${base}/nested`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Team settings' }).click();
    const host = page.getByRole('dialog', { name: 'Team settings' });
    await host.waitFor();
    await host.getByRole('button', { name: 'Invite people' }).click();
    const nested = page.getByRole('dialog', { name: 'Invite people' });
    await nested.waitFor();
    const focused = nested.getByRole('textbox', { name: 'Email addresses' });
    check(await eventually(() => focused.evaluate((element) => element === document.activeElement)), 'nested: focus did not land in the email field');
    await page.keyboard.press('Escape');
    await nested.waitFor({ state: 'detached' });
    check(await host.isVisible(), 'nested: one Escape closed the host dialog too');
    const kitTrigger = host.getByRole('button', { name: 'Invite people' });
    check(
      await eventually(() => kitTrigger.evaluate((element) => element === document.activeElement)),
      'nested: focus did not go back to the kit trigger in the host dialog',
    );
    await page.keyboard.press('Escape');
    await host.waitFor({ state: 'detached' });
    check(problems.length === 0, `the browser reported:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
  }
}

let server;
try {
  if (!existsSync(join(root, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
  const packed = pack(work);
  cpSync(join(root, 'test/package/next-app'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify(
      {
        name: 'invite-kit-next-host',
        private: true,
        dependencies: {
          'invite-kit': `file:../${packed.filename}`,
          next: HOST.next,
          '@radix-ui/react-dialog': HOST['@radix-ui/react-dialog'],
          react: dev.react,
          'react-dom': dev['react-dom'],
        },
        devDependencies: {
          tailwindcss: HOST.tailwindcss,
          '@tailwindcss/postcss': HOST['@tailwindcss/postcss'],
          typescript: dev.typescript,
          '@types/node': dev['@types/node'],
          '@types/react': dev['@types/react'],
          '@types/react-dom': dev['@types/react-dom'],
        },
      },
      null,
      2,
    )}\n`,
  );
  run(`npm install (the tarball, next ${HOST.next}, react ${dev.react}, tailwindcss ${HOST.tailwindcss})`, 'npm', INSTALL, app);
  // One Radix Dialog in the host: the kit's range takes the host's pin instead of a second copy.
  const copies = run('npm ls @radix-ui/react-dialog', 'npm', ['ls', '@radix-ui/react-dialog', '--all', '--parseable'], app)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((path) => JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).version);
  check(new Set(copies).size === 1 && copies[0] === HOST['@radix-ui/react-dialog'], `the host holds Radix Dialog ${copies.join(', ')}: a second copy`);
  run('next build', process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'build'], app, env);
  const port = await freePort();
  console.log('\n  ▸ next start, then Chromium invites three people');
  server = await start(port);
  await drive(`http://127.0.0.1:${port}`);
  const logged = server.output();
  check(!/error/i.test(logged), `next start logged an error:\n${logged}`);
  console.log(`\ncheck-next: ${packed.filename} builds and invites in a Next.js ${HOST.next} App Router app`);
} catch (error) {
  console.error(`\ncheck-next: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  server?.child.kill();
  if (process.env.INVITE_KIT_KEEP_CONSUMER === '1') console.log(`(kept ${work})`);
  else rmSync(work, { recursive: true, force: true });
}
