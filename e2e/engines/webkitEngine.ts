/**
 * WebKitGTK: Debian's WebKitWebDriver drives MiniBrowser over classic WebDriver, through
 * selenium-webdriver. MiniBrowser needs a display: a private Xvfb, whose number Xvfb picks itself
 * (-displayfd), so several runs on one machine do not collide.
 */
import { createServer } from 'node:net';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { Engine, KeyName, Page, Surface } from './driver';
import type { Probe, WireQuery } from './query';
import { startGroup, stopGroup } from './processes';

const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS: Record<string, string> = {
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  Home: Key.HOME,
  End: Key.END,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Space: Key.SPACE,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startXvfb() {
  const xvfb = startGroup(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const fd = xvfb.stdio[3]!;
    fd.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    xvfb.once('error', reject);
  });
  return { xvfb, display };
}

async function waitForDriver(url: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (i > 1200) throw new Error(`WebKitWebDriver did not answer at ${url}/status`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

class WebDriverSurface implements Surface {
  constructor(
    protected readonly driver: WebDriver,
    protected readonly script: string,
    /** The iframes to enter, from the top document, to reach this document. */
    private readonly path: WireQuery[],
  ) {}

  /** Classic WebDriver has one current frame per session: go to ours before each look. */
  protected async enter(): Promise<boolean> {
    await this.driver.switchTo().defaultContent();
    for (const q of this.path) {
      const frame = await this.element(q);
      if (!frame) return false;
      await this.driver.switchTo().frame(frame);
    }
    return true;
  }

  private element(q: WireQuery): Promise<WebElement | null> {
    return this.driver.executeScript<WebElement | null>(
      `${this.script}\nreturn globalThis.__engineWalk.find(arguments[0]);`,
      q,
    );
  }

  async probe(q: WireQuery): Promise<Probe | null> {
    if (!(await this.enter())) return null;
    return this.driver.executeScript<Probe | null>(
      `${this.script}\nconst w = globalThis.__engineWalk; const el = w.find(arguments[0]);\nreturn el && w.probe(el);`,
      q,
    );
  }

  async click(q: WireQuery): Promise<boolean> {
    if (!(await this.enter())) return false;
    const el = await this.element(q);
    if (!el) return false;
    await el.click();
    return true;
  }

  async choose(q: WireQuery, label: string): Promise<boolean> {
    if (!(await this.enter())) return false;
    // WebDriver chooses an option by clicking the <option> itself (the spec's way).
    const option = await this.driver.executeScript<WebElement | null>(
      `${this.script}\nconst el = globalThis.__engineWalk.find(arguments[0]);
      if (!(el instanceof HTMLSelectElement)) return null;
      return [...el.options].find((o) => o.label.replace(/\\s+/g, ' ').trim() === arguments[1]) ?? null;`,
      q,
      label,
    );
    if (!option) return false;
    await option.click();
    return true;
  }

  async press(key: KeyName): Promise<void> {
    await this.enter();
    await this.driver
      .actions()
      .sendKeys(KEYS[key] ?? key)
      .perform();
  }

  async frame(q: WireQuery): Promise<Surface | null> {
    if (!(await this.enter())) return null;
    if (!(await this.element(q))) return null;
    return new WebDriverSurface(this.driver, this.script, [...this.path, q]);
  }

  async setAttribute(css: string, name: string, value: string | null): Promise<void> {
    await this.enter();
    await this.driver.executeScript(
      `const el = document.querySelector(arguments[0]);
      if (arguments[2] === null) el.removeAttribute(arguments[1]); else el.setAttribute(arguments[1], arguments[2]);`,
      css,
      name,
      value,
    );
  }

  async problems(): Promise<string[]> {
    await this.enter();
    return this.driver.executeScript<string[]>(
      `${this.script}\nreturn globalThis.__engineWalk.problems();`,
    );
  }
}

class WebDriverPage extends WebDriverSurface implements Page {
  constructor(driver: WebDriver, script: string) {
    super(driver, script, []);
  }

  async goto(url: string): Promise<void> {
    await this.driver.switchTo().defaultContent();
    await this.driver.get(url);
  }
}

export async function launchWebKit(script: string): Promise<Engine> {
  const { xvfb, display } = await startXvfb();
  const port = await freePort();
  const webdriver = startGroup(
    process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver',
    [`--port=${port}`],
    {
      env: { ...process.env, DISPLAY: display },
    },
  );
  let driver: WebDriver | undefined;
  const stop = async () => {
    try {
      await driver?.quit();
    } finally {
      await stopGroup(webdriver);
      await stopGroup(xvfb);
    }
  };
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 120_000, pageLoad: 120_000 });
    await driver.manage().window().setRect({ width: 1280, height: 960 });
    const caps = await driver.getCapabilities();
    const version = String(caps.get('browserVersion') ?? '');
    let opened = false;
    const d = driver;
    return {
      description: `WebKitGTK ${version} (MiniBrowser)`,
      async newPage() {
        // WebDriver has one window per session: the walks take turns in it.
        if (opened) await d.get('about:blank');
        opened = true;
        return new WebDriverPage(d, script);
      },
      consoleErrors: () => [],
      close: stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
