import { expect, test } from './fixtures/simulator';

test('a lost final ACK: the FIN comes again and TIME_WAIT starts over', async ({ sim }) => {
  await sim.open({ builtin: 'lost-final-ack' });
  await test.step('the client enters TIME_WAIT and sends the last ACK', async () => {
    await sim.seek(2.11);
    await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
    await expect(sim.host('client').getByText('started at 2.1 s')).toBeVisible();
    await expect(sim.segment(/^ACK, SEQ 202, ACK 302, from client, in flight/)).toBeVisible();
  });
  await test.step('the ACK is lost on the wire', async () => {
    await sim.seek(2.13);
    await expect(
      sim.lostSegment('ACK, SEQ 202, ACK 302, from client, lost: lost on the wire'),
    ).toBeVisible();
    await expect(sim.state('server', 'LAST_ACK')).toBeVisible();
  });
  await test.step('the server sends its FIN again', async () => {
    await sim.seek(2.36);
    await expect(sim.segment(/^FIN\+ACK, SEQ 301, ACK 202, from server/)).toContainText(
      'retransmit of #7',
    );
  });
  await test.step('the client answers from TIME_WAIT and restarts 2MSL', async () => {
    await sim.seek(2.4);
    await expect(sim.host('client').getByText('started at 2.4 s')).toBeVisible();
    await expect(sim.host('client').getByText('60.000 s left')).toBeVisible();
    await sim.seek(2.45);
    await expect(sim.state('server', 'LAST_ACK')).toBeHidden();
  });
});

test('dropping the last ACK from the controls does the same', async ({ sim }) => {
  await sim.open({ builtin: 'handshake-and-close' });
  await sim.seek(2.06);
  await test.step('drop the next ACK the client sends', async () => {
    await sim.showTab('Do something');
    const wire = sim.controls('On the wire');
    await wire.getByLabel('Segment').selectOption({ label: 'ACK' });
    await wire.getByLabel('Sent by').selectOption('client');
    await sim.act('On the wire', 'Drop the next one');
    await expect(sim.recorded(1)).toBeVisible();
  });
  await test.step('the FIN is retransmitted and TIME_WAIT restarts', async () => {
    await sim.seek(2.36);
    await expect(sim.segment(/^FIN\+ACK, SEQ 301, ACK 202, from server/)).toContainText(
      'retransmit of #7',
    );
    await sim.seek(2.4);
    await expect(sim.host('client').getByText('started at 2.4 s')).toBeVisible();
  });
});
