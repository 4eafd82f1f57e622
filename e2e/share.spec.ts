/**
 * Sharing a moment by URL, scenario files in and out, the user's own scenarios in the browser,
 * and what the app says when a link, a file or a stored entry is bad. Under the strict CSP.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en, expect, ko, test } from './fixtures/embed';
import { SimulatorPage } from './fixtures/simulator';
import { shareBarStrings } from '../src/ui/Share/strings';

function builtin(id: string): Record<string, unknown> {
  const file = new URL(`../src/sim/scenario/builtins/${id}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function shareBar(page: Page) {
  return page.getByRole('group', { name: shareBarStrings.en['share.toolbar'] });
}

/** What a user sees of the run: the clock, both hosts, the wire, the recorded actions. */
async function whatIsShown(sim: SimulatorPage) {
  // The recorded actions are counted in the actions' tab.
  await sim.showTab('Do something');
  return {
    clock: await sim.clock.textContent(),
    client: await sim.host('client').innerText(),
    server: await sim.host('server').innerText(),
    wire: await sim.wire.innerText(),
    recorded: await sim.root.getByText(/^Recorded actions: \d+$/).textContent(),
    scenario: await sim.scenario.inputValue(),
    speed: await sim.root.getByLabel('Speed', { exact: true }).inputValue(),
  };
}

test('a share link opens the same run at the same moment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sim = new SimulatorPage(page);
  await sim.open({ builtin: 'handshake-and-close' });
  await test.step('record an action and stop at a moment', async () => {
    await sim.seek(2.06);
    await sim.showTab('Do something');
    const wire = sim.controls('On the wire');
    await wire.getByLabel('Segment').selectOption({ label: 'ACK' });
    await wire.getByLabel('Sent by').selectOption('client');
    await sim.act('On the wire', 'Drop the next one');
    await expect(sim.recorded(1)).toBeVisible();
    await sim.root.getByLabel('Speed', { exact: true }).selectOption('4');
    await sim.seek(2.383);
  });
  const before = await whatIsShown(sim);
  const link = await test.step('copy the link', async () => {
    await shareBar(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(shareBar(page).getByRole('status')).toHaveText('Link copied');
    return page.evaluate(() => navigator.clipboard.readText());
  });
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v1\.[\w-]+$/);
  await test.step('open it in a new page: the same states at the same time', async () => {
    const other = await context.newPage();
    await other.emulateMedia({ reducedMotion: 'reduce' });
    await other.goto(link);
    const copy = new SimulatorPage(other);
    await expect(copy.clock).toHaveText('2.383 s');
    expect(await whatIsShown(copy)).toEqual(before);
    await expect(copy.segment(/^FIN\+ACK, SEQ 301, ACK 202, from server/)).toContainText(
      'retransmit of #7',
    );
    await other.close();
  });
});

test('a share link keeps the language; without a clipboard it is shown to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // A browser (or an insecure page) with no asynchronous clipboard.
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?scenario=syn-flood&lang=ko');
  await page.getByRole('slider', { name: ko['playback.timeline'] }).fill('3');
  const bar = page.getByRole('group', { name: shareBarStrings.ko['share.toolbar'] });
  await bar.getByRole('button', { name: shareBarStrings.ko['share.copy'] }).click();
  const field = bar.getByRole('textbox', { name: shareBarStrings.ko['share.manual'] });
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link).toMatch(/#v1\./);
  const selected = await field.evaluate(
    (el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length,
  );
  expect(selected).toBe(true);
  await page.goto(link);
  await expect(page.getByRole('region', { name: ko['simulator.label'] })).toBeVisible();
  await expect(page.getByLabel(ko['picker.label'], { exact: true })).toHaveValue('syn-flood');
  await expect(
    page.getByRole('region', { name: ko['playback.label'] }).getByText(/^3\.000초$/),
  ).toBeVisible();
});

test.describe('a bad link: a clear message and the default scenario', () => {
  const cases: { name: string; hash: (valid: string) => string; says: RegExp }[] = [
    {
      name: 'truncated',
      hash: (valid) => valid.slice(0, Math.floor(valid.length / 2)),
      says: /damaged or cut short|characters a share link never has/,
    },
    {
      name: 'tampered',
      hash: (valid) => {
        const at = Math.floor(valid.length * 0.6);
        const c = valid[at] === 'A' ? 'B' : 'A';
        return valid.slice(0, at) + c + valid.slice(at + 1);
      },
      says: /damaged or cut short|not JSON|not a simulator state|not valid/,
    },
    {
      name: 'from a later version',
      hash: (valid) => valid.replace(/^v1\./, 'v7.'),
      says: /format this version does not know \("v7"\)/,
    },
    {
      name: 'absurdly long',
      hash: () => `v1.${'A'.repeat(250_000)}`,
      says: /250003 characters long/,
    },
    { name: 'not a link at all', hash: () => '@@@!', says: /does not know \("@@@!"\)/ },
  ];

  for (const { name, hash, says } of cases) {
    test(name, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const sim = new SimulatorPage(page);
      await sim.open({ builtin: 'lost-final-ack' });
      await sim.seek(2.13);
      await shareBar(page).getByRole('button', { name: 'Copy link' }).click();
      const valid = (await page.evaluate(() => navigator.clipboard.readText())).split('#')[1]!;

      await page.goto(`/#${hash(valid)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        'This link cannot be opened, so the default scenario is shown instead.',
      );
      await expect(alert).toContainText(says);
      await expect(sim.scenario).toHaveValue('handshake-and-close');
      await expect(sim.clock).toHaveText('0.000 s');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert).toHaveCount(0);
    });
  }
});

test('export a scenario, import it back: it is saved and survives a reload', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open({ builtin: 'half-close' });
  const bar = shareBar(page);
  const exported = await test.step('export downloads <title>.json', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name: 'Export scenario' }).click(),
    ]);
    // The title, less the characters some file systems refuse (here a colon).
    expect(en['scenario.half-close.title']).toBe(
      'Half-close: shutdown(SHUT_WR) and data still flowing back',
    );
    expect(download.suggestedFilename()).toBe(
      'Half-close shutdown(SHUT_WR) and data still flowing back.json',
    );
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  });
  expect(exported.hosts).toEqual(builtin('half-close').hosts);

  await test.step('import it under a new title from a file', async () => {
    await bar.getByText('Import a scenario').click();
    const mine = { ...exported, title: 'My half-close' };
    await bar.getByLabel('Scenario file (JSON)').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(mine)),
    });
    await expect(bar.getByRole('status')).toHaveText(
      'Loaded and saved in this browser: My half-close',
    );
    await expect(sim.root.getByRole('heading', { level: 2, name: 'My half-close' })).toBeVisible();
    await expect(sim.scenario.locator('option:checked')).toHaveText('My half-close');
  });

  await test.step('after a reload it is still in the picker', async () => {
    await page.reload();
    await sim.scenario.selectOption({ label: 'My half-close' });
    await expect(sim.root.getByRole('heading', { level: 2, name: 'My half-close' })).toBeVisible();
    const group = sim.scenario.locator('optgroup');
    await expect(group).toHaveAttribute('label', 'Your scenarios');
  });

  await test.step('pasted text works too; removing one takes it out of the picker', async () => {
    await bar.getByText('Import a scenario').click();
    const pasted = { ...exported, title: 'Pasted one' };
    await bar.getByLabel('Or paste the scenario JSON').fill(JSON.stringify(pasted));
    await bar.getByRole('button', { name: 'Load the pasted scenario' }).click();
    await expect(sim.root.getByRole('heading', { level: 2, name: 'Pasted one' })).toBeVisible();
    await bar.getByRole('button', { name: 'Remove from my scenarios' }).click();
    await expect(bar.getByRole('status')).toHaveText('Removed from my scenarios: Pasted one');
    await expect(sim.scenario.locator('option', { hasText: 'Pasted one' })).toHaveCount(0);
    await expect(sim.scenario.locator('option', { hasText: 'My half-close' })).toHaveCount(1);
  });
});

test('a bad scenario file says what is wrong, and nothing the user had is lost', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open({ builtin: 'handshake-and-close' });
  await sim.seek(1.5);
  await sim.act('On the server', 'close()');
  await expect(sim.recorded(1)).toBeVisible();
  const before = await whatIsShown(sim);
  const bar = shareBar(page);
  await bar.getByText('Import a scenario').click();
  const file = bar.getByLabel('Scenario file (JSON)');

  await test.step('not JSON', async () => {
    await file.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "hosts": '),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This scenario was not loaded; nothing you had was changed.');
    await expect(alert).toContainText('broken.json is not a valid scenario:');
    await expect(alert).toContainText('not valid JSON');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  });

  await test.step('JSON, but not a scenario: each issue with its path', async () => {
    await file.setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ version: 1, hosts: { a: '10.0.0.1', b: 'nowhere' }, steps: [{}] }),
      ),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('wrong.json is not a valid scenario:');
    await expect(alert.getByRole('listitem').filter({ hasText: 'hosts.b' })).toContainText(
      'expected an IPv4 address',
    );
    await expect(alert.getByRole('listitem').filter({ hasText: 'steps[0]' }).first()).toBeVisible();
  });

  await test.step('pasted garbage', async () => {
    await bar.getByLabel('Or paste the scenario JSON').fill('hello');
    await bar.getByRole('button', { name: 'Load the pasted scenario' }).click();
    await expect(page.getByRole('alert').last()).toContainText('The pasted text is not a valid');
    await expect(bar.getByLabel('Or paste the scenario JSON')).toHaveValue('hello');
  });

  expect(await whatIsShown(sim)).toEqual(before);
});

test('damaged or older saved scenarios are reported and kept aside; the rest still load', async ({
  page,
}) => {
  const good = {
    id: 'good-1',
    name: 'Still fine',
    savedAt: '2025-01-01T00:00:00Z',
    scenario: { ...builtin('no-listener'), title: 'Still fine' },
  };
  const old = { id: 'old-1', name: 'From long ago', scenario: { version: 0, hosts: {} } };
  await page.addInitScript(
    ([entries]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('tcpsim.scenarios.v1', entries!);
    },
    [JSON.stringify([good, old])],
  );
  const sim = new SimulatorPage(page);
  await sim.open();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('One of your saved scenarios could not be used.');
  await expect(alert).toContainText('The saved scenario "From long ago" is damaged');
  await expect(alert.getByRole('listitem').filter({ hasText: 'version' })).toBeVisible();
  await sim.scenario.selectOption({ label: 'Still fine' });
  await expect(sim.root.getByRole('heading', { level: 2, name: 'Still fine' })).toBeVisible();
  const stored = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.includes('quarantine'));
    return {
      kept: keys.map((k) => localStorage.getItem(k)),
      list: localStorage.getItem('tcpsim.scenarios.v1'),
    };
  });
  expect(stored.kept.join('')).toContain('From long ago');
  expect(stored.list).toContain('Still fine');
  expect(stored.list).not.toContain('From long ago');

  await test.step('an unreadable list', async () => {
    await page.evaluate(() => localStorage.setItem('tcpsim.scenarios.v1', '{{{ not json'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'The list of your saved scenarios is damaged',
    );
    await expect(sim.playButton).toBeVisible();
  });
});

test('a browser that cannot unpack links is told so, and the default scenario opens', async ({
  page,
}) => {
  // As in browsers before 2023: no DecompressionStream for deflate-raw.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'DecompressionStream', {
      value: class {
        constructor() {
          throw new TypeError('Unsupported compression format');
        }
      },
    });
  });
  const sim = new SimulatorPage(page);
  // lost-final-ack at 2.13 s (a link the app copied).
  await page.goto('/#v1.q1ZKVLKKjtVRKlGyMtIzNNZRSlKyUsrJLy7RTcvMS8zRTUzOVtJRygEKZucr1QIA');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This browser cannot unpack share links');
  await expect(sim.scenario).toHaveValue('handshake-and-close');
  await expect(sim.clock).toHaveText('0.000 s');
});
