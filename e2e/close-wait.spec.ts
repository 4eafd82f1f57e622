import { expect, test } from './fixtures/simulator';

test('a stalled close(): CLOSE_WAIT stays while the client FIN_WAIT_2 times out', async ({
  sim,
}) => {
  await sim.open({ builtin: 'handshake-and-close' });
  await test.step('stall the server application before the client closes', async () => {
    await sim.seek(1.5);
    await sim.act('On the server', 'Stall close()');
    await expect(sim.host('server').getByText(/close\(\) stalled/)).toBeVisible();
    await expect(
      sim.controls('On the server').getByRole('button', { name: 'Release close()' }),
    ).toBeVisible();
  });
  await test.step('the client closes: FIN_WAIT_2 against CLOSE_WAIT', async () => {
    await sim.seek(30);
    await expect(sim.state('server', 'CLOSE_WAIT')).toBeVisible();
    await expect(sim.state('client', 'FIN_WAIT_2')).toBeVisible();
    await expect(sim.host('client').getByText('FIN_WAIT_2 timeout')).toBeVisible();
  });
  await test.step('a minute later the client gives up; the server still waits', async () => {
    await sim.seekToEnd();
    await expect(sim.host('client').getByText('No sockets')).toBeVisible();
    await expect(sim.state('server', 'CLOSE_WAIT')).toBeVisible();
  });
});
