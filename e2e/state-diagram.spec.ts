import { expect, test } from './fixtures/simulator';

test('the state diagram follows playback and time travel for the followed socket', async ({
  sim,
}) => {
  await sim.open({ builtin: 'lost-final-ack' });
  await sim.showTab('State diagram');
  const diagram = sim.stateDiagram;

  await test.step("it follows the client's connection by default", async () => {
    await expect(diagram).toBeVisible();
    await expect(sim.diagramCurrent('CLOSED')).toBeVisible();
    await expect(diagram).toContainText('Now in CLOSED; no transition yet.');
  });

  await test.step('several moments of the run', async () => {
    await sim.seek(0.15);
    await expect(sim.diagramCurrent('SYN_SENT')).toBeVisible();
    await expect(
      sim.host('client').getByRole('button', { name: /^Follow in the state diagram c1/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await sim.seek(1);
    await expect(sim.diagramCurrent('ESTABLISHED')).toBeVisible();
    await expect(
      diagram.getByRole('button', {
        name: /^Transition SYN_SENT to ESTABLISHED: .*the last transition$/,
      }),
    ).toBeVisible();
    await sim.seek(2.05);
    await expect(sim.diagramCurrent('FIN_WAIT_1')).toBeVisible();
    await expect(diagram).toContainText('Last transition, at 2.000 s: ESTABLISHED to FIN_WAIT_1');
    await sim.seek(3);
    await expect(sim.diagramCurrent('TIME_WAIT')).toBeVisible();
  });

  await test.step('scrubbing back goes back in the diagram too', async () => {
    await sim.seek(0.5);
    await expect(sim.diagramCurrent('ESTABLISHED')).toBeVisible();
    await expect(diagram.getByRole('button', { name: 'TIME_WAIT', exact: true })).toBeVisible();
    await sim.stepBack(3);
    await expect(sim.diagramCurrent('SYN_SENT')).toBeVisible();
  });

  await test.step('pressing the server socket’s card follows it instead', async () => {
    await sim.seek(2.2);
    const follow = sim
      .host('server')
      .getByRole('button', { name: /^Follow in the state diagram web#1/ });
    await follow.click();
    await expect(follow).toHaveAttribute('aria-pressed', 'true');
    await expect(sim.diagramCurrent('LAST_ACK')).toBeVisible();
  });

  await test.step('clicking a state or a transition explains it', async () => {
    await diagram.getByRole('button', { name: 'CLOSE_WAIT, visited' }).click();
    await expect(sim.explanation.getByRole('heading', { name: 'CLOSE_WAIT' })).toBeVisible();
    await expect(sim.explanation).toContainText('When many sockets are in it');
    await expect(sim.explanation).toContainText('netstat -nap');
    // The arrows answer the keyboard as well as the mouse.
    await diagram.getByRole('button', { name: /^Transition CLOSE_WAIT to LAST_ACK/ }).focus();
    await sim.page.keyboard.press('Enter');
    await expect(
      sim.explanation.getByRole('heading', { name: 'CLOSE_WAIT to LAST_ACK' }),
    ).toBeVisible();
    await expect(sim.explanation).toContainText('TCP sends its own FIN');
  });
});

test('the segment details show the fields, why it was sent and what it did', async ({ sim }) => {
  await sim.open({ builtin: 'handshake-and-close' });
  await sim.seek(0.12);

  await test.step('a press on a segment explains it in "explains it" mode', async () => {
    await sim.wire.getByRole('radio', { name: 'explains it' }).check();
    await sim.segment('SYN, SEQ 100, from client, in flight — press for details').click();
    await sim.showTab('Do something');
    await expect(sim.recorded(0)).toBeVisible();
    const details = sim.segmentDetails;
    await expect(details.getByRole('heading', { name: 'Segment #1 SYN' })).toBeVisible();
    await expect(details).toContainText('Sequence number100');
    await expect(details).toContainText('Acknowledgment numbernone');
    await expect(details).toContainText('mss 1460');
    await expect(details).toContainText('Sent because the application called connect()');
    await expect(details).toContainText('It has not arrived yet at the playback time.');
    await sim.seek(0.2);
    await expect(details).toContainText('web#1 on the server: LISTEN to SYN_RECEIVED.');
  });

  await test.step('an arrow of the ladder opens its segment too', async () => {
    await sim.seek(2.2);
    await sim.page.getByRole('button', { name: /^Segment #6, client to server/ }).focus();
    await sim.page.keyboard.press('Enter');
    const details = sim.segmentDetails;
    await expect(details.getByRole('heading', { name: 'Segment #6 FIN+ACK' })).toBeVisible();
    await expect(details).toContainText('Sent because the application called close()');
    await expect(details).toContainText('ESTABLISHED to CLOSE_WAIT');
  });
});
