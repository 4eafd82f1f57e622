/**
 * Chromium (over CDP) and Firefox ESR (over WebDriver BiDi), both driven by puppeteer-core with
 * Debian's browsers: no browser is downloaded.
 */
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Frame,
  type Page as PuppeteerTab,
} from 'puppeteer-core';
import type { Engine, KeyName, Page, Surface } from './driver';
import type { Probe, WireQuery } from './query';
import type { InPage } from './bundle';

type WithWalk = typeof globalThis & { __engineWalk: InPage };

class FrameSurface implements Surface {
  constructor(
    protected readonly doc: Frame,
    protected readonly script: string,
    private readonly keyboard: { press(key: string): Promise<void> },
  ) {}

  /** The element, installing the finder first (evaluated by the protocol, not under the CSP). */
  private async find(q: WireQuery): Promise<ElementHandle<Element> | null> {
    const handle = await this.doc.evaluateHandle(
      `${this.script}\nglobalThis.__engineWalk.find(${JSON.stringify(q)})`,
    );
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) await handle.dispose();
    return el;
  }

  async probe(q: WireQuery): Promise<Probe | null> {
    const el = await this.find(q);
    if (!el) return null;
    try {
      return await el.evaluate((e) => (globalThis as WithWalk).__engineWalk.probe(e));
    } finally {
      await el.dispose();
    }
  }

  async click(q: WireQuery): Promise<boolean> {
    const el = await this.find(q);
    if (!el) return false;
    try {
      await el.click();
      return true;
    } finally {
      await el.dispose();
    }
  }

  async choose(q: WireQuery, label: string): Promise<boolean> {
    const el = await this.find(q);
    if (!el) return false;
    try {
      const value = await el.evaluate(
        (e, l) => (globalThis as WithWalk).__engineWalk.optionValue(e, l),
        label,
      );
      if (value === null) return false;
      // Puppeteer's select(): chooses the option and fires input and change, as a user's pick does.
      await (el as ElementHandle<HTMLSelectElement>).select(value);
      return true;
    } finally {
      await el.dispose();
    }
  }

  async press(key: KeyName): Promise<void> {
    await this.keyboard.press(key);
  }

  async frame(q: WireQuery): Promise<Surface | null> {
    const el = await this.find(q);
    if (!el) return null;
    try {
      const frame = await el.contentFrame();
      return frame ? new FrameSurface(frame, this.script, this.keyboard) : null;
    } finally {
      await el.dispose();
    }
  }

  async setAttribute(css: string, name: string, value: string | null): Promise<void> {
    await this.doc.$eval(
      css,
      (el, n, v) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)),
      name,
      value,
    );
  }

  async problems(): Promise<string[]> {
    await this.doc.evaluate(this.script);
    return this.doc.evaluate(() => (globalThis as WithWalk).__engineWalk.problems());
  }
}

class PuppeteerPage extends FrameSurface implements Page {
  constructor(
    private readonly page: PuppeteerTab,
    script: string,
  ) {
    super(page.mainFrame(), script, page.keyboard);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  }
}

export async function launchPuppeteer(
  kind: 'chromium' | 'firefox',
  script: string,
): Promise<Engine> {
  const browser: Browser =
    kind === 'chromium'
      ? await puppeteer.launch({
          browser: 'chrome',
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          headless: true,
          timeout: 120_000,
          protocolTimeout: 120_000,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-breakpad',
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          headless: true,
          timeout: 120_000,
          protocolTimeout: 120_000,
        });
  const version = await browser.version();
  const errors: string[] = [];
  return {
    description:
      kind === 'chromium'
        ? `Chromium ${version.replace(/^\D*\//, '')}`
        : `Firefox ESR ${version.replace(/^\D*\//, '')}`,
    async newPage() {
      const page = await browser.newPage();
      // Installed before the page's own scripts in every document, so that errors and CSP
      // violations are heard from the start (inPage.ts), not only once a walk first looks.
      await page.evaluateOnNewDocument(script);
      page.on('pageerror', (e) => errors.push(`page error: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
      });
      return new PuppeteerPage(page, script);
    },
    consoleErrors: () => errors.slice(),
    close: () => browser.close(),
  };
}
