import { expect, test } from './fixtures/simulator';

test('scrubbing back and acting forks a new future', async ({ sim }) => {
  await sim.open({ builtin: 'handshake-and-close' });
  await test.step('abort the client at 1.5 s: no TIME_WAIT at all', async () => {
    await sim.seek(1.5);
    await sim.act('On the client', 'Abort with RST');
    await sim.seek(2.2);
    await expect(sim.host('client').getByText('No sockets')).toBeVisible();
    await expect(sim.recorded(1)).toBeVisible();
  });
  await test.step('scrub back to 0.5 s and close() instead', async () => {
    await sim.seek(0.5);
    await expect(sim.state('client', 'ESTABLISHED')).toBeVisible();
    await sim.act('On the client', 'close()');
    await expect(sim.recorded(1)).toBeVisible();
  });
  await test.step('the new future: a normal close, and TIME_WAIT on the client', async () => {
    await sim.seek(0.65);
    await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
    await sim.seek(2.2);
    await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
  });
});

test('stepping moves from one event to the next, and back', async ({ sim }) => {
  await sim.open({ builtin: 'handshake-and-close' });
  await sim.stepForward(2);
  await expect(sim.clock).toHaveText('0.150 s');
  await expect(sim.state('server', 'SYN_RECEIVED')).toBeVisible();
  await sim.stepBack();
  await expect(sim.clock).toHaveText('0.100 s');
  await expect(sim.state('server', 'SYN_RECEIVED')).toBeHidden();
});

test('playing runs on its own and skips idle time with a marker', async ({ sim }) => {
  await sim.open({ builtin: 'client-vanishes', query: 'speed=4' });
  await sim.seek(1.2);
  await sim.playButton.click();
  await expect(sim.root.getByText(/\d+ s skipped/).first()).toBeAttached();
  await expect(sim.state('server', 'ESTABLISHED')).toBeVisible();
  await sim.root.getByRole('button', { name: 'Pause' }).click();
  const t = Number((await sim.slider.inputValue()) || '0');
  expect(t).toBeGreaterThan(29);
});
