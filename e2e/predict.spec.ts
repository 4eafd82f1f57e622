import { expect, test } from './fixtures/simulator';

// With the default seed, the handshake's first questions are about the replies: web answers
// the SYN with SYN,ACK, then c1 answers the SYN+ACK with an ACK.
test('predict mode stops before each arrival, and keeps the score of right and wrong answers', async ({
  sim,
  page,
}) => {
  await sim.open({ builtin: 'handshake-and-close', query: 'speed=2' });
  const panel = sim.predictPanel;

  await test.step('turning it on asks about the first segment', async () => {
    const toggle = sim.root.getByRole('button', { name: 'Predict mode' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(panel).toContainText('Segment #1 <SEQ=100><CTL=SYN> is about to reach web');
  });

  await test.step('playback stops just before the SYN arrives', async () => {
    await sim.playButton.click();
    await expect(sim.clock).toHaveText('0.150 s');
    await expect(sim.root.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(sim.segment(/^SYN, SEQ 100, from client, in flight/)).toBeVisible();
  });

  await test.step('a wrong answer: the right one is revealed, with why', async () => {
    await panel.getByRole('radio', { name: 'Nothing' }).check();
    await panel.getByRole('button', { name: 'Answer', exact: true }).click();
    await expect(panel.getByText('Not quite.')).toBeVisible();
    await expect(panel.getByText('Score: 0 of 1 right')).toBeAttached();
    await expect(panel).toContainText('web sends SYN,ACK back (segment #2).');
    await expect(panel).toContainText('Sent because a SYN reached a listening port');
    await expect(panel.getByRole('radio', { name: 'SYN,ACK' })).toBeDisabled();
  });

  await test.step('Continue plays on to the next question; a right answer scores', async () => {
    await panel.getByRole('button', { name: 'Continue' }).click();
    await expect(panel).toContainText('Segment #2 <SEQ=300><ACK=101><CTL=SYN,ACK>');
    await expect(sim.clock).toHaveText('0.200 s');
    await panel.getByRole('radio', { name: 'ACK', exact: true }).check();
    await panel.getByRole('button', { name: 'Answer', exact: true }).click();
    await expect(panel.getByText('Right.')).toBeVisible();
    await expect(panel.getByText('Score: 1 of 2 right')).toBeAttached();
  });

  await test.step('another scenario starts the score again', async () => {
    await sim.pick('Lost final ACK: why TIME_WAIT waits 2MSL');
    await expect(panel.getByText('Score: 0 of 0 right')).toBeAttached();
    await expect(panel).toContainText('Segment #1');
  });

  await test.step("it works with the user's own scenario", async () => {
    await sim.open({
      scenario: {
        version: 1,
        title: 'Mine',
        hosts: { a: '10.1.1.1', b: '10.1.1.2' },
        steps: [
          { at: 0, host: 'b', do: 'listen', port: 7 },
          { at: 0.5, host: 'a', do: 'connect', to: 'b:7', as: 'mine' },
        ],
      },
    });
    await sim.root.getByRole('button', { name: 'Predict mode' }).click();
    await sim.playButton.click();
    await expect(sim.clock).toHaveText('0.550 s');
    await panel.getByRole('button', { name: 'Show the answer' }).click();
    await expect(panel.getByText('Here is what happens.')).toBeVisible();
    await expect(page.getByText('Score: 0 of 0 right')).toBeAttached();
  });
});
