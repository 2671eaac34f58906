import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { freePort } from './free-port.ts';

/** A running Xvfb display with a WebKitWebDriver on it; see {@link startWebKitDriver}. */
export interface WebKitDriver {
  /** The port WebKitWebDriver listens on, on 127.0.0.1. */
  port: number;
  /** The X display MiniBrowser opens its window on, e.g. `:3`. */
  display: string;
  /** Stops WebKitWebDriver, then Xvfb, by their process ids. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options of {@link startWebKitDriver}. */
export interface WebKitDriverOptions {
  /** @default process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver' (Debian's webkit2gtk-driver) */
  driverPath?: string;
  /** @default process.env.XVFB_PATH ?? 'Xvfb' */
  xvfbPath?: string;
  /**
   * How long each process may take to come up before the start fails with what it printed.
   * @default 30_000
   */
  startTimeoutMs?: number;
}

/**
 * Starts a private Xvfb (MiniBrowser has no headless mode) and a WebKitWebDriver bound to it, each
 * as a child process that is stopped by its own PID: never by name, since other runs on this
 * machine use the same binaries. Xvfb picks a free display itself (`-displayfd`), so parallel runs
 * do not collide. Both are also killed if Node exits without calling `stop()`.
 *
 * @example
 * ```ts
 * const driver = await startWebKitDriver();
 * try { await remote({ hostname: '127.0.0.1', port: driver.port, … }); } finally { await driver.stop(); }
 * ```
 */
export async function startWebKitDriver(options: WebKitDriverOptions = {}): Promise<WebKitDriver> {
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const started: ChildProcess[] = [];
  const killAll = () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killAll);

  const stop = async () => {
    process.off('exit', killAll);
    // The driver first: it closes MiniBrowser, which needs the display to exit cleanly.
    for (const child of started.reverse()) await terminate(child);
    started.length = 0;
  };

  try {
    const xvfb = spawn(
      options.xvfbPath ?? process.env.XVFB_PATH ?? 'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    started.push(xvfb);
    const xvfbOutput = collect(xvfb);
    const display = `:${(await firstLine(xvfb, xvfb.stdio[3] as Readable, timeoutMs, xvfbOutput, 'Xvfb')).trim()}`;

    // WebKitWebDriver cannot pick a port itself and report it, so it gets one just freed.
    const port = await freePort();
    const driver = spawn(options.driverPath ?? process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver', [`--port=${port}`], {
      // MiniBrowser inherits this environment (and these pipes) from the driver.
      env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(driver);
    const driverOutput = collect(driver);
    await untilReady(driver, port, timeoutMs, driverOutput);
    return { port, display, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Keeps the last few kB a child printed, to explain a failed start. */
function collect(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

function failure(what: string, reason: string, output: string): Error {
  return new Error(`${what} did not start: ${reason}${output ? `\n${output}` : ''}`);
}

function firstLine(
  child: ChildProcess,
  stream: Readable,
  timeoutMs: number,
  output: () => string,
  what: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(failure(what, `no display number after ${timeoutMs} ms`, output())), timeoutMs);
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.slice(0, text.indexOf('\n')));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(failure(what, error.message, output()));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(failure(what, `exited (${signal ?? code})`, output()));
    });
  });
}

/** Polls the driver's `/status` until it accepts sessions; fails at once if it exits. */
async function untilReady(child: ChildProcess, port: number, timeoutMs: number, output: () => string): Promise<void> {
  let exited: string | undefined;
  child.once('error', (error) => (exited = error.message));
  child.once('exit', (code, signal) => (exited = `exited (${signal ?? code})`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw failure('WebKitWebDriver', exited, output());
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      const body = (await response.json()) as { value?: { ready?: boolean } };
      if (body.value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw failure('WebKitWebDriver', `not ready on port ${port} after ${timeoutMs} ms`, output());
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
