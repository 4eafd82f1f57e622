import { expect, test } from './fixtures/simulator';

/**
 * A run three times heavier than any built-in: three listeners, each exhausting its own 28,000
 * source ports (about 3 million events, under the 4 million a scenario may ask for). It is computed in the worker while the page stays usable; the test stops it, whatever
 * the machine's speed, as soon as the progress shows.
 */
const ports = [80, 81, 82];
const HEAVY = {
  version: 1,
  title: 'Five servers, every source port in TIME_WAIT',
  seed: 7,
  settings: { delayMs: 1 },
  hosts: { client: '192.168.123.10', server: '10.0.0.80' },
  until: 300,
  steps: [
    ...ports.map((port) => ({ at: 0, host: 'server', do: 'listen', port, backlog: 4096 })),
    ...ports.map((port) => ({
      at: 0.1,
      host: 'client',
      do: 'connect',
      to: `server:${port}`,
      as: `req${port}`,
      count: 28000,
      interval: 0.0002,
      closeAfter: 0,
    })),
  ],
};

test('a heavy run shows its progress, plays while computed, and can be stopped', async ({
  sim,
  page,
}) => {
  await page.goto(`/#scenario=${encodeURIComponent(JSON.stringify(HEAVY))}`);
  const progress = page.getByRole('progressbar', {
    name: /^Computing [\d,]+ of 84,000 connections/,
  });
  const stop = sim.root.getByRole('button', { name: 'Stop computing' });

  await test.step('the progress says how far the worker is', async () => {
    await expect(progress).toBeVisible();
    await expect(sim.root.getByText('What is computed can already be played.')).toBeVisible();
  });

  await test.step('what is computed already plays', async () => {
    await sim.playButton.click();
    await expect(sim.clock).not.toHaveText('0.000 s');
    await sim.playButton.click();
  });

  await test.step('Stop keeps what was computed, and says up to where', async () => {
    await stop.click();
    await expect(progress).toBeHidden();
    await expect(stop).toBeHidden();
    await expect(
      sim.root.getByRole('status').filter({ hasText: /^Computing stopped at/ }),
    ).toBeVisible();
  });

  await test.step('the stopped run is explored like any other', async () => {
    const end = Number(await sim.slider.getAttribute('max'));
    expect(end).toBeGreaterThan(0);
    await sim.seek(Number((end / 2).toFixed(3)));
    await expect(
      sim.count('client', 'SYN_SENT').or(sim.count('client', 'TIME_WAIT')).first(),
    ).toBeVisible();
  });
});

test('port exhaustion: computed in the worker, then the whole run plays', async ({ sim, page }) => {
  test.slow();
  await page.goto('/?scenario=port-exhaustion');
  // Whether the progress is still showing when the page is up depends on the machine: wait for
  // the end state instead.
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  await sim.seek(59);
  await expect(sim.count('client', 'TIME_WAIT')).toContainText('28,232');
  await sim.seek(1);
  await expect(sim.count('client', 'TIME_WAIT')).not.toContainText('28,232');
});
