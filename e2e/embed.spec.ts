/**
 * <tcp-handshake-sim> on a documentation page (examples/embed.html, served under the strict CSP
 * of vite.config.ts) and the iframe (embed.html) with its postMessage API.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { EmbeddedSim, en, expect, ko, openExample, test, zhCN } from './fixtures/embed';
import { watchPaintedTextFromNow } from './fixtures/paintedText';

/** Sets an attribute as a host page's script would. */
async function setAttr(page: Page, id: string, name: string, value: string | null) {
  await page
    .locator(`#${id}`)
    .evaluate((el, { n, v }) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)), {
      n: name,
      v: value,
    });
}

test('two simulators on one page play independently', async ({ page }) => {
  const { first, second } = await openExample(page);
  await test.step('the first plays; the second stays at 0', async () => {
    await first.playButton.click();
    await expect(first.playButton).toHaveAccessibleName('Pause');
    await expect.poll(() => first.time()).toBeGreaterThan(0.05);
    await expect(second.playButton).toHaveAccessibleName(ko['playback.play']);
    expect(await second.time()).toBe(0);
    await first.playButton.click();
  });
  const paused = await first.time();
  await test.step('the second plays, in Korean; the first stays paused', async () => {
    await second.playButton.click();
    await expect(second.playButton).toHaveAccessibleName(ko['playback.pause']);
    await expect.poll(() => second.time()).toBeGreaterThan(0.2);
    expect(await first.time()).toBe(paused);
  });
  await test.step('stepping one does not step the other', async () => {
    await second.playButton.click();
    const secondAt = await second.time();
    await first.next.click();
    await expect.poll(() => first.time()).toBeGreaterThan(paused);
    expect(await second.time()).toBe(secondAt);
  });
});

test('attribute changes take effect on the live element', async ({ page }) => {
  const { first } = await openExample(page);
  const section = page.getByRole('region', { name: 'The handshake, in English' });
  await test.step('lang', async () => {
    await setAttr(page, 'first', 'lang', 'ko');
    const korean = new EmbeddedSim(section, ko);
    await expect(korean.playButton).toHaveAccessibleName(ko['playback.play']);
    await expect(korean.picker).toBeVisible();
    await setAttr(page, 'first', 'lang', 'en');
    await expect(first.playButton).toHaveAccessibleName('Play');
  });
  await test.step('scenario', async () => {
    await setAttr(page, 'first', 'scenario', 'no-listener');
    await expect(first.picker).toHaveValue('no-listener');
    const title = en['scenario.no-listener.title'];
    await expect(first.root.getByRole('heading', { level: 2, name: title })).toBeVisible();
  });
  await test.step('controls', async () => {
    await setAttr(page, 'first', 'controls', 'minimal');
    await expect(first.picker).toHaveCount(0);
    await expect(first.playButton).toBeVisible();
    await setAttr(page, 'first', 'controls', 'none');
    await expect(first.playButton).toHaveCount(0);
    await expect(first.root.getByRole('region', { name: 'The wire' })).toBeVisible();
    await setAttr(page, 'first', 'controls', 'full');
    await expect(first.picker).toBeVisible();
  });
  await test.step('speed', async () => {
    await setAttr(page, 'first', 'speed', '4');
    await expect(first.playback.getByLabel('Speed')).toHaveValue('4');
  });
  await test.step('theme', async () => {
    const background = () => first.root.evaluate((el) => getComputedStyle(el).backgroundColor);
    // The root is the canvas behind the panels (--tcpsim-canvas): #0b0d10 dark, #eef1f5 light.
    await setAttr(page, 'first', 'theme', 'dark');
    await expect.poll(background).toBe('rgb(11, 13, 16)');
    await setAttr(page, 'first', 'theme', 'light');
    await expect.poll(background).toBe('rgb(238, 241, 245)');
  });
  await test.step('height', async () => {
    await setAttr(page, 'first', 'height', '420');
    const box = await page.locator('#first').boundingBox();
    // The element's border (the page's CSS) adds 2 px.
    expect(Math.round(box!.height)).toBe(422);
  });
  await test.step('state: a share link opens at its moment, in its language', async () => {
    // lost-final-ack at 2.13 s, in Korean (docs/embedding.md shows the same one).
    const state = 'v1.q1ZKVLKKjtVRKlGyMtIzNNZRSlKyUsrJLy7RTcvMS8zRTUzOVtJRygEKZucr1QIA';
    await setAttr(page, 'first', 'lang', null); // an explicit lang would win over the link's
    await setAttr(page, 'first', 'state', state);
    const korean = new EmbeddedSim(section, ko);
    await expect(korean.clock).toHaveText('2.130초');
    await expect(korean.picker).toHaveValue('lost-final-ack');
    await setAttr(page, 'first', 'state', state.slice(0, 30));
    await expect(section.getByRole('alert')).toContainText('damaged or cut short');
    await expect(first.clock).toHaveText('0.000 s');
    await setAttr(page, 'first', 'state', null);
  });
  await test.step('methods: play, pause, step, reset', async () => {
    const el = page.locator('#first');
    await el.evaluate((e: HTMLElement & { play(): void }) => e.play());
    await expect(first.playButton).toHaveAccessibleName('Pause');
    await el.evaluate((e: HTMLElement & { pause(): void }) => e.pause());
    await expect(first.playButton).toHaveAccessibleName('Play');
    await el.evaluate((e: HTMLElement & { reset(): void }) => e.reset());
    await expect(first.clock).toHaveText('0.000 s');
    await el.evaluate((e: HTMLElement & { step(): void }) => e.step());
    await expect(first.clock).toHaveText('0.100 s');
  });
});

test('events reach the page: ready, state changes, errors', async ({ page }) => {
  await page.addInitScript(() => {
    const log: { type: string; id: string; detail: unknown }[] = [];
    (window as unknown as { tcpsimEvents: typeof log }).tcpsimEvents = log;
    for (const type of ['tcpsim-ready', 'tcpsim-statechange', 'tcpsim-error']) {
      document.addEventListener(type, (e) =>
        log.push({ type, id: (e.target as Element).id, detail: (e as CustomEvent).detail }),
      );
    }
  });
  const { first } = await openExample(page);
  const events = () =>
    page.evaluate(
      () => (window as unknown as { tcpsimEvents: { type: string; id: string }[] }).tcpsimEvents,
    );
  await test.step('each element says it is ready', async () => {
    // Each runs in its own worker: whichever finishes first says so first.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'tcpsim-ready').sort(byId))
      .toEqual([
        {
          type: 'tcpsim-ready',
          id: 'first',
          detail: {
            scenario: 'handshake-and-close',
            builtin: 'handshake-and-close',
            duration: 62.6,
          },
        },
        expect.objectContaining({ type: 'tcpsim-ready', id: 'second' }),
      ]);
  });
  await test.step('a state change, as playback passes it', async () => {
    await first.next.click();
    await first.next.click();
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'tcpsim-statechange'))
      .toContainEqual({
        type: 'tcpsim-statechange',
        id: 'first',
        detail: expect.objectContaining({
          host: 'client',
          from: 'CLOSED',
          to: 'SYN_SENT',
          t: 0.1,
          name: 'c1',
          socket: expect.any(String),
        }),
      });
    // The example page's own listener lists it too.
    const log = page.getByRole('region', { name: 'The handshake, in English' }).getByRole('list');
    await expect(log.getByText('0.100 s client: CLOSED to SYN_SENT')).toBeVisible();
  });
  await test.step('an unknown scenario: an error event and a message inside', async () => {
    await setAttr(page, 'first', 'scenario', 'no-such-scenario');
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'tcpsim-error'))
      .toEqual([
        {
          type: 'tcpsim-error',
          id: 'first',
          detail: {
            code: 'unknown-scenario',
            message: expect.stringContaining(
              'There is no built-in scenario called "no-such-scenario"',
            ),
          },
        },
      ]);
    const section = page.getByRole('region', { name: 'The handshake, in English' });
    await expect(section.getByRole('alert')).toContainText('no-such-scenario');
    await expect(first.picker).toHaveValue('handshake-and-close');
  });
});

test('a scenario file from the same site, and the clear message for a bad one', async ({
  page,
  policy,
}) => {
  await page.route('**/scenarios/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'mine.json') {
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          version: 1,
          title: 'My own handshake',
          hosts: { alice: '10.0.0.1', bob: '10.0.0.2' },
          steps: [
            { at: 0, host: 'bob', do: 'listen', port: 80 },
            { at: 0.1, host: 'alice', do: 'connect', to: 'bob:80' },
          ],
        }),
      });
    }
    if (name === 'broken.json') {
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ version: 1, hosts: { a: 'nope' }, steps: [] }),
      });
    }
    return route.fulfill({ status: 404, body: 'not here' });
  });
  const { first } = await openExample(page);
  const section = page.getByRole('region', { name: 'The handshake, in English' });
  await test.step('src: a same-origin scenario runs', async () => {
    await setAttr(page, 'first', 'src', '/scenarios/mine.json');
    await expect(
      first.root.getByRole('heading', { level: 2, name: 'My own handshake' }),
    ).toBeVisible();
    await expect(first.host('alice')).toBeVisible();
  });
  await test.step('a broken file names what is wrong', async () => {
    await setAttr(page, 'first', 'src', '/scenarios/broken.json');
    const alert = section.getByRole('alert');
    await expect(alert).toContainText('The scenario at /scenarios/broken.json is not valid');
    await expect(alert).toContainText('hosts.a');
    await expect(first.host('client')).toBeVisible();
  });
  await test.step('another site is refused without fetching', async () => {
    await setAttr(page, 'first', 'src', 'https://elsewhere.example/s.json');
    await expect(section.getByRole('alert')).toContainText('is on another site');
  });
  await test.step('a missing file', async () => {
    policy.allow(/Failed to load resource.*404/);
    await setAttr(page, 'first', 'src', '/scenarios/missing.json');
    await expect(section.getByRole('alert')).toContainText('could not be loaded: HTTP 404');
  });
});

test('the host page cannot restyle the inside; ::part() and custom properties can', async ({
  page,
}) => {
  const hostile = `
    html { font-size: 40px; }
    body { color: rgb(255, 0, 0); font-family: fantasy; letter-spacing: 3px; text-align: center; }
    button, p {
      color: rgb(255, 0, 0) !important; font: italic 30px serif !important;
      text-transform: uppercase !important; letter-spacing: 5px !important;
      padding: 40px !important; margin: 40px !important; background: yellow !important;
      border-radius: 0 !important;
    }
    * { line-height: 3 !important; word-spacing: 9px !important; }
  `;
  const theming = `
    #first::part(wire) { outline: 3px solid rgb(255, 0, 0); }
    #first { --tcpsim-accent: rgb(0, 128, 0); }
  `;
  await page.route('**/test-styles/*.css', (route) =>
    route.fulfill({
      contentType: 'text/css',
      body: route.request().url().endsWith('hostile.css') ? hostile : theming,
    }),
  );
  await openExample(page);
  const addSheet = (href: string) =>
    page.evaluate(
      (h) =>
        new Promise((resolve) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = h;
          link.onload = resolve;
          document.head.append(link);
        }),
      href,
    );
  const measure = () =>
    page.locator('#first').evaluate((el) => {
      const root = el.shadowRoot!;
      const props = [
        'font-family',
        'font-size',
        'font-style',
        'text-transform',
        'letter-spacing',
        'word-spacing',
        'border-radius',
        'color',
        'background-color',
        'line-height',
        'padding-top',
        'margin-top',
        'text-align',
      ];
      const styles = (selector: string) => {
        const style = getComputedStyle(root.querySelector(selector)!);
        return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
      };
      return { button: styles('button'), p: styles('p'), heading: styles('h2') };
    });
  const before = await measure();
  await addSheet('/test-styles/hostile.css');
  await test.step('the page itself is restyled', async () => {
    const pageP = page.locator('body > header > p');
    expect(await pageP.evaluate((p) => getComputedStyle(p).color)).toBe('rgb(255, 0, 0)');
  });
  await test.step('nothing inside the simulator changed', async () => {
    expect(await measure()).toEqual(before);
  });
  await test.step('::part(wire) and --tcpsim-accent reach in', async () => {
    await addSheet('/test-styles/theming.css');
    const { first } = {
      first: new EmbeddedSim(page.getByRole('region', { name: 'The handshake, in English' })),
    };
    const wire = first.root.getByRole('region', { name: 'The wire' });
    expect(await wire.evaluate((el) => getComputedStyle(el).outlineColor)).toBe('rgb(255, 0, 0)');
    expect(await first.playButton.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 128, 0)',
    );
  });
});

test('keyboard: focus moves into the element; Space and the arrows work there', async ({
  page,
}) => {
  const { first, second } = await openExample(page);
  await first.root.focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.clock).toHaveText('0.100 s');
  expect(await second.time()).toBe(0);
  await page.keyboard.press('Space');
  await expect(first.playButton).toHaveAccessibleName('Pause');
  await page.keyboard.press('Space');
  await expect(first.playButton).toHaveAccessibleName('Play');
  await test.step('Tab reaches the controls inside the shadow root', async () => {
    await first.root.focus();
    await page.keyboard.press('Tab');
    await expect(first.picker).toBeFocused();
  });
  await test.step('? opens the shortcuts dialog inside the element; Esc brings focus back', async () => {
    await first.root.focus();
    await page.keyboard.press('Shift+?');
    const dialog = first.root.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(first.root).toBeFocused();
  });
  await test.step('moved in the page, it keeps its run', async () => {
    await first.next.click();
    const at = await first.time();
    await page.evaluate(() => {
      const el = document.getElementById('first')!;
      el.parentElement!.append(el); // after the event list: disconnected, then connected
    });
    await expect(first.clock).toHaveText(`${at.toFixed(3)} s`);
    await first.next.click();
    await expect.poll(() => first.time()).toBeGreaterThan(at);
  });
});

test('presenter mode works inside the element: larger layout, shortcuts dialog, keys', async ({
  page,
}) => {
  const { first, second } = await openExample(page);
  await first.root.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(first.root).toHaveAttribute('data-presenter', 'true');
  await expect(first.root.getByRole('heading', { name: 'Ladder diagram' })).toBeVisible();
  await expect(first.root.getByRole('heading', { name: 'State diagram' })).toBeHidden();
  // The other instance on the page is not in presenter mode.
  await expect(second.root).not.toHaveAttribute('data-presenter', 'true');

  await first.root.focus();
  await page.keyboard.press('Shift+?');
  const dialog = first.root.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await first.root.focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.clock).toHaveText('0.100 s');
  await page.keyboard.press('p');
  await expect(first.root).not.toHaveAttribute('data-presenter', 'true');
  // The diagram is one click away again, in its tab under the ladder.
  await expect(first.root.getByRole('tab', { name: 'State diagram' })).toBeVisible();
});

test('a new element with a heavy scenario says it is running until it is ready', async ({
  page,
}) => {
  test.slow();
  await openExample(page);
  const painted = await watchPaintedTextFromNow(page, ko['simulator.running']);
  await page.evaluate(() => {
    const section = document.createElement('section');
    section.setAttribute('aria-label', 'Heavy');
    const sim = document.createElement('tcp-handshake-sim');
    sim.setAttribute('scenario', 'port-exhaustion');
    sim.setAttribute('lang', 'ko');
    section.append(sim);
    document.body.append(section);
  });
  const heavy = page.getByRole('region', { name: 'Heavy' });
  await heavy.scrollIntoViewIfNeeded(); // an element runs once it is near the viewport
  const sim = new EmbeddedSim(heavy, ko);
  await expect(sim.playButton).toBeVisible({ timeout: 30_000 });
  expect(await painted()).toBe(true);
  await expect(heavy.getByText(ko['simulator.running'])).toHaveCount(0);
});

test('the embed draws the netstat chart exactly as the app does', async ({ page }) => {
  // The embed build swaps d3-interpolate for a number-only twin and leaves out unused d3-shape
  // curves: the same moment must give the same coordinates, to the character.
  // syn-flood at 6 s (encodeShareState({ builtin: 'syn-flood', actions: [], time: 6 })).
  const link = 'v1.q1ZKVLKKjtVRKlGyMtNRSlKyUiquzNNNy8nPT1GqBQA';
  const chart = /^Sockets per state on server/;
  const paths = (scope: Page | ReturnType<Page['locator']>) =>
    scope
      .getByRole('img', { name: chart })
      .locator('path')
      .evaluateAll((all) => all.map((p) => p.getAttribute('d')));

  await page.goto(`/#${link}`);
  // The whole run is computed before its chart's time axis is final (it spans the run).
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // netstat is one click away, in its tab under the ladder (in the app and in the element).
  await page.getByRole('tab', { name: 'netstat / ss' }).click();
  await expect(page.getByRole('img', { name: chart })).toBeVisible();
  const inApp = await paths(page);
  expect(inApp.length).toBeGreaterThan(2);
  expect(inApp.join(' ')).not.toMatch(/NaN|undefined/);

  const { first } = await openExample(page);
  await setAttr(page, 'first', 'state', link);
  await expect(first.clock).toHaveText('6.000 s');
  const section = page.getByRole('region', { name: 'The handshake, in English' });
  await expect(section.getByRole('progressbar')).toHaveCount(0);
  await section.getByRole('tab', { name: 'netstat / ss' }).click();
  await expect(section.getByRole('img', { name: chart })).toBeVisible();
  expect(await paths(section)).toEqual(inApp);
});

test('the page is served under a strict CSP and breaks none of it; axe finds nothing', async ({
  page,
}) => {
  const response = await page.goto('/examples/embed.html');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  const { first, second } = await openExample(page);
  await first.playButton.click();
  await second.playButton.click();
  await first.next.click();
  const frame = new EmbeddedSim(page.frameLocator('#third'), zhCN);
  await expect(frame.playButton).toBeVisible();
  await frame.next.click();
  await expect.poll(() => frame.time()).toBeGreaterThan(0);
  // The example page sized the frame from its `resize` message.
  await expect
    .poll(() => page.locator('#third').evaluate((f) => f.getBoundingClientRect().height))
    .toBeGreaterThan(300);
  // Every simulator names its hosts' regions after the scenario's hosts ("client", "server"), so
  // two on one page repeat those names: axe's best-practice rule landmark-unique says so. WCAG
  // asks nothing of it, and the simulators' own regions are named apart by their languages here.
  expect(await axeViolations(page, (axe) => axe.disableRules(['landmark-unique']))).toEqual([]);
});

const HOST_PAGE = (src: string) => `<!doctype html>
<html lang="en"><head><title>Host</title></head>
<body><iframe id="sim" title="TCP connection simulator" src="${src}" width="900" height="700"></iframe>
<iframe id="foreign" title="Another site" src="http://foreign.test/poster.html"></iframe></body></html>`;

/** Every message the top page hears, recorded from the start. */
async function recordMessages(page: Page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const log: { origin: string; data: unknown }[] = [];
    (window as unknown as { heard: typeof log }).heard = log;
    window.addEventListener('message', (e) => log.push({ origin: e.origin, data: e.data }));
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { heard: { origin: string; data: { type?: string } }[] }).heard,
    );
}

/**
 * Starts counting the messages the simulator's frame receives. The counting listener is added
 * after the simulator's own, so once it has heard a message the simulator has handled it.
 */
async function countArrivals(page: Page) {
  const frame = page.frame({ url: /\/embed\.html/ })!;
  await frame.evaluate(() => {
    const arrived: string[] = [];
    (window as unknown as { arrived: string[] }).arrived = arrived;
    window.addEventListener('message', (e) => arrived.push(e.origin));
  });
  /** Waits until `count` messages from `origin` have been handled, and rendered: React renders
   * a store change before the second animation frame, so a wrongly obeyed one would show. */
  return async (origin: string, count: number) => {
    await expect
      .poll(() =>
        frame.evaluate(
          (o) => (window as unknown as { arrived: string[] }).arrived.filter((x) => x === o).length,
          origin,
        ),
      )
      .toBe(count);
    await frame.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  };
}

test.describe('the iframe: postMessage', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('http://foreign.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Poster</title>' }),
    );
  });

  test('with no allow-list: obeys its own origin, ignores a foreign one', async ({
    page,
    baseURL,
  }) => {
    const heard = await recordMessages(page);
    await page.route('**/test-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: HOST_PAGE('/embed.html#scenario=handshake-and-close&controls=minimal'),
      }),
    );
    await page.goto('/test-host.html');
    const sim = new EmbeddedSim(page.frameLocator('#sim'));
    await expect(sim.playButton).toBeVisible();
    const own = new URL(baseURL!).origin;
    await expect
      .poll(async () => (await heard()).find((m) => m.data.type === 'ready'))
      .toEqual({
        origin: own,
        data: expect.objectContaining({ source: 'tcp-handshake-sim', type: 'ready' }),
      });

    await test.step('a foreign page posts play and step: nothing happens', async () => {
      const handled = await countArrivals(page);
      const foreign = page.frame({ url: /foreign\.test/ })!;
      await foreign.evaluate(() => {
        window.parent.frames[0]!.postMessage({ type: 'play' }, '*');
        window.parent.frames[0]!.postMessage({ type: 'step' }, '*');
      });
      await handled('http://foreign.test', 2);
      await expect(sim.playButton).toHaveAccessibleName('Play');
      expect(await sim.time()).toBe(0);
    });
    await test.step('its own page posts step and play: it obeys and reports', async () => {
      await page.evaluate(() => {
        const frame = document.getElementById('sim') as HTMLIFrameElement;
        frame.contentWindow!.postMessage({ type: 'step' }, window.location.origin);
      });
      await expect(sim.clock).toHaveText('0.100 s');
      await expect
        .poll(async () => (await heard()).filter((m) => m.data.type === 'statechange').length)
        .toBeGreaterThan(0);
      await page.evaluate(() => {
        const frame = document.getElementById('sim') as HTMLIFrameElement;
        frame.contentWindow!.postMessage({ type: 'load', scenario: 'no-listener' }, '*');
      });
      await expect(sim.host('client')).toBeVisible();
      await expect(sim.clock).toHaveText('0.000 s');
      expect((await heard()).some((m) => m.data.type === 'resize')).toBe(true);
      expect((await heard()).every((m) => m.origin === own)).toBe(true);
    });
  });

  test('with an allow-list: obeys the listed origin only, and talks to no other', async ({
    page,
    baseURL,
  }) => {
    // A deployment that lets docs sites frame it lists them in frame-ancestors.
    await page.route(/\/embed\.html$/, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const csp = headers['content-security-policy']!.replace(
        "frame-ancestors 'self'",
        "frame-ancestors 'self' http://allowed.test http://foreign.test",
      );
      await route.fulfill({
        response,
        headers: { ...headers, 'content-security-policy': csp },
      });
    });
    const src = `${baseURL}/embed.html#scenario=handshake-and-close&controls=minimal&origins=http://allowed.test`;
    for (const site of ['allowed', 'foreign']) {
      await page.route(`http://${site}.test/host.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: HOST_PAGE(src) }),
      );
    }
    const heard = await recordMessages(page);

    await test.step('a listed parent: hears ready, and play works', async () => {
      await page.goto('http://allowed.test/host.html');
      const sim = new EmbeddedSim(page.frameLocator('#sim'));
      await expect(sim.playButton).toBeVisible();
      await expect
        .poll(async () => (await heard()).some((m) => m.data.type === 'ready'))
        .toBe(true);
      await page.evaluate(() =>
        (document.getElementById('sim') as HTMLIFrameElement).contentWindow!.postMessage(
          { type: 'play' },
          '*',
        ),
      );
      await expect(sim.playButton).toHaveAccessibleName('Pause');
    });

    await test.step('an unlisted parent: hears nothing, and is not obeyed', async () => {
      await page.goto('http://foreign.test/host.html');
      const sim = new EmbeddedSim(page.frameLocator('#sim'));
      await expect(sim.playButton).toBeVisible();
      const handled = await countArrivals(page);
      await page.evaluate(() =>
        (document.getElementById('sim') as HTMLIFrameElement).contentWindow!.postMessage(
          { type: 'play' },
          '*',
        ),
      );
      await handled('http://foreign.test', 1);
      await expect(sim.playButton).toHaveAccessibleName('Play');
      expect(await heard()).toEqual([]);
    });
  });
});

test('a page in English never downloads the other languages; switching loads them once', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('tcp-handshake-sim.languages.js')) fetched.push(r.url());
  });
  // The app's own page sets the origin and its strict CSP; the element alone goes into it.
  await page.goto('/');
  await page.setContent(`<!doctype html>
<html lang="en"><head><title>Docs</title></head><body>
<section aria-label="Docs"><tcp-handshake-sim id="only"></tcp-handshake-sim></section>
<script src="/embed/tcp-handshake-sim.js"></script></body></html>`);
  const sim = new EmbeddedSim(page.getByRole('region', { name: 'Docs' }), en);
  await sim.playButton.click();
  await expect.poll(() => sim.time()).toBeGreaterThan(0.05);
  await sim.playButton.click();
  expect(fetched).toEqual([]);

  await setAttr(page, 'only', 'lang', 'ko');
  const korean = new EmbeddedSim(page.getByRole('region', { name: 'Docs' }), ko);
  await expect(korean.playButton).toHaveAccessibleName(ko['playback.play']);
  await setAttr(page, 'only', 'lang', 'zh-CN');
  const chinese = new EmbeddedSim(page.getByRole('region', { name: 'Docs' }), zhCN);
  await expect(chinese.playButton).toHaveAccessibleName(zhCN['playback.play']);
  expect(fetched).toHaveLength(1);
});
