/**
 * A real capture played in the simulator's own views, as a user: open the tcpdump fixture
 * (src/capture/fixtures/), pick its connection, "Play in the simulator", step through it on the
 * main ladder and the client's panel, read what the capture cannot show, and go back.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SimulatorPage } from './fixtures/simulator';

const FIXTURE = new URL('../src/capture/fixtures/handshake-close.pcap', import.meta.url).pathname;

async function playCapture(page: Page) {
  await page.getByRole('button', { name: 'Open a capture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a capture' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByLabel('Capture file (pcap or pcapng)').click();
  await (await chooser).setFiles(FIXTURE);
  await expect(dialog.getByText(/11 packets, 1 TCP connections/)).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Show connection 1' }).check();
  await dialog.getByRole('button', { name: 'Show the chosen connections' }).click();
  await dialog.getByRole('button', { name: 'Play in the simulator' }).click();
  await expect(dialog).toHaveCount(0);
}

/** The scenario the page opens with, which the capture replaces. */
const TITLE = "Handshake and close (RFC 793's numbers)";

function banner(page: Page) {
  return page.getByRole('region', { name: 'Playing a capture: handshake-close.pcap' });
}

test('a capture plays in the simulator: ladder, client states, notes, and back', async ({
  page,
}, testInfo) => {
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  const sim = new SimulatorPage(page);
  await sim.open();
  await playCapture(page);

  await test.step('the banner says what plays and what the capture cannot show', async () => {
    await expect(banner(page)).toBeVisible();
    await expect(banner(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(banner(page)).toContainText('#1 10.77.0.1:40824 to 10.77.0.2:9000');
    // What the capture cannot show is in the first tab, open under the instrument.
    await expect(sim.tab('This scenario')).toHaveAttribute('aria-selected', 'true');
    const notes = sim.root.getByRole('region', { name: 'What the capture cannot show' });
    await expect(
      notes.getByText(/^Captured on the client: the moments of 10\.77\.0\.2:9000 are estimated/),
    ).toBeVisible();
    await expect(notes.getByText(/no dropping segments/)).toBeVisible();
    await expect(sim.scenario).toHaveValue('');
    await expect(sim.scenario.locator('option:checked')).toHaveText('handshake-close.pcap #1');
    await expect(sim.profile).toBeDisabled();
  });

  await test.step('what would change a capture is not offered', async () => {
    await expect(sim.tab('Do something')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export scenario' })).toHaveCount(0);
    await expect(sim.wire.getByRole('group', { name: 'A press on a segment' })).toHaveCount(0);
  });

  await test.step('stepping moves the client through its states, with the arrows drawn', async () => {
    // A capture's clock counts microseconds: its moments on a LAN are that close.
    const clock = sim.root.getByRole('region', { name: 'Playback' }).getByText(/ s$/).first();
    await expect(clock).toHaveText('0.000000 s');
    const ladder = sim.root.getByRole('region', { name: 'Ladder diagram, time running down' });
    const arrow = (id: number, label: string) =>
      ladder.getByRole('button', { name: new RegExp(`^Segment #${id}, .*: ${label}\\.`) });
    const states: [string, number, string][] = [
      ['SYN_SENT', 1, 'SEQ=0 CTL=SYN'],
      ['ESTABLISHED', 2, 'SEQ=0 ACK=1 CTL=SYN,ACK'],
      ['FIN_WAIT_1', 8, 'SEQ=7 ACK=7 CTL=FIN,ACK'],
      ['FIN_WAIT_2', 9, 'SEQ=7 ACK=8 CTL=ACK'],
      ['TIME_WAIT', 10, 'SEQ=7 ACK=8 CTL=FIN,ACK'],
    ];
    const next = sim.root.getByRole('button', { name: 'Next event' });
    for (const [state, segment, label] of states) {
      // Each press moves to the capture's next event; a state lasts several, so one press too
      // many (the panel not yet drawn when looked at) never skips one.
      for (let i = 0; i < 20 && !(await sim.state('client', state).isVisible()); i++) {
        await next.click();
      }
      await expect(sim.state('client', state)).toBeVisible();
      await expect(arrow(segment, label)).toBeVisible();
      // The picture of docs/real-world.md: the client's FIN on its way.
      if (state === 'FIN_WAIT_1') {
        await page.screenshot({ path: testInfo.outputPath('capture-1280x720.png') });
      }
    }
    await sim.slider.fill((await sim.slider.getAttribute('max'))!);
    await expect(clock).toHaveText('0.257000 s');
    // The ladder draws the part in view, which follows playback: the last arrow is there.
    await expect(arrow(11, 'SEQ=8 ACK=8 CTL=ACK')).toBeVisible();
    await expect(sim.state('server', 'LAST_ACK')).toHaveCount(0);
  });

  await test.step('playback and the keyboard work as for a scenario', async () => {
    // From the end back over the final ACK (sent, then received) to the FIN's arrival...
    await sim.stepBack(3);
    await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
    // ...and one more event back with the keyboard: the server's FIN not yet there.
    await sim.root.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(sim.state('client', 'FIN_WAIT_2')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(sim.playButton).toHaveAccessibleName('Play');
    await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
  });

  await test.step('axe finds nothing on the page playing a capture', async () => {
    const results = await new AxeBuilder({ page }).include('.tcpsim').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  await test.step('absolute numbers on the banner’s switch', async () => {
    await banner(page)
      .getByRole('checkbox', { name: /Relative SEQ\/ACK/ })
      .uncheck();
    await expect(
      sim.root.getByRole('button', {
        name: /^Segment #11, .*: SEQ=2839599328 ACK=853304645 CTL=ACK\./,
      }),
    ).toBeVisible();
    await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
  });

  await test.step('back to the scenario', async () => {
    await banner(page)
      .getByRole('button', { name: `Back to the scenario: ${TITLE}`, exact: true })
      .click();
    await expect(banner(page)).toHaveCount(0);
    await expect(sim.scenario.locator('option:checked')).toHaveText(TITLE);
    await expect(sim.profile).toBeEnabled();
    await expect(sim.tab('Do something')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(sim.host('client')).toContainText('192.168.123.10');
  });
  expect(errors).toEqual([]);
});

test('picking a scenario ends a capture, and the banner turns it into a scenario', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await playCapture(page);
  await sim.pick('Lost final ACK: why TIME_WAIT waits 2MSL');
  await expect(banner(page)).toHaveCount(0);

  await playCapture(page);
  await banner(page).getByRole('button', { name: 'Turn this into a scenario' }).click();
  await expect(banner(page)).toHaveCount(0);
  await sim.computed();
  await expect(sim.host('client')).toContainText('10.77.0.1');
  await expect(sim.tab('Do something')).toBeVisible();
  await expect(sim.root).toBeFocused();
});
