import { expect, test } from './fixtures/simulator';

test('a SYN flood: without cookies a real client fails, with cookies it gets in', async ({
  sim,
}) => {
  test.slow();
  await sim.open({ builtin: 'handshake-and-close' });
  const wire = sim.controls('On the wire');

  await test.step('turn SYN cookies off and flood the server', async () => {
    await sim.act('On the wire', 'Turn SYN cookies off');
    await expect(wire.getByText('SYN cookies are off')).toBeVisible();
    // From 0.1 s, as the syn-flood built-in: its pace keeps the SYN queue full whenever the
    // client's SYNs come again (1 s apart at first on Linux 6.5+).
    await sim.seek(0.1);
    await wire.getByLabel('SYNs').fill('14000');
    await wire.getByLabel('per second').fill('100');
    await sim.act('On the wire', 'Flood port 80');
    await expect(sim.recorded(2)).toBeVisible();
  });

  await test.step('SYN_RECV fills the queue', async () => {
    await sim.seek(1.9);
    await expect(sim.count('server', 'SYN_RECEIVED')).toContainText('97');
    await expect(sim.host('server').getByText('SYN queue')).toBeVisible();
  });

  await test.step('a real client connects and times out', async () => {
    await sim.seek(2);
    await sim.act('On the client', 'connect() to server:80');
    await sim.seek(10);
    await expect(sim.state('client', 'SYN_SENT')).toBeVisible();
    // SYNs at 2, 3, 4, 5, 6, 7, 9, 13, 21, 37, 69 s; connect() gives up 64 s after the last.
    await sim.seek(134);
    await expect(sim.calls('client')).toContainText('connect() my1 ETIMEDOUT');
  });

  await test.step('back before the connect, cookies on: the client gets in', async () => {
    await sim.seek(1.95);
    await sim.act('On the wire', 'Turn SYN cookies on');
    await expect(sim.recorded(3)).toBeVisible();
    await sim.seek(2);
    await sim.act('On the client', 'connect() to server:80');
    await sim.seek(2.2);
    await expect(sim.calls('client')).toContainText('connect() my1 ok');
    await sim.seek(3);
    await expect(sim.host('server').getByText('SYN cookies', { exact: true })).toBeVisible();
    await expect(sim.state('client', 'ESTABLISHED')).toBeVisible();
  });
});
