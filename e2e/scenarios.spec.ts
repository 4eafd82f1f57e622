/**
 * Every built-in scenario loads in one click and, played to its telling moments, shows on
 * screen what its card promises.
 */
import { watchPaintedTextFromLoad } from './fixtures/paintedText';
import { expect, test, type SimulatorPage } from './fixtures/simulator';

interface Check {
  title: string;
  /** What the screen shows at given times. */
  at: [number, (sim: SimulatorPage) => Promise<void>][];
}

const CHECKS: Record<string, Check> = {
  'handshake-and-close': {
    title: "Handshake and close (RFC 793's numbers)",
    at: [
      [
        0.12,
        async (sim) => {
          await expect(
            sim.segment('SYN, SEQ 100, from client, in flight — press to drop'),
          ).toBeVisible();
          await expect(sim.state('client', 'SYN_SENT')).toBeVisible();
        },
      ],
      [
        0.17,
        async (sim) => {
          await expect(sim.segment(/^SYN\+ACK, SEQ 300, ACK 101, from server/)).toBeVisible();
          await expect(sim.state('server', 'SYN_RECEIVED')).toBeVisible();
        },
      ],
      [
        0.22,
        async (sim) => {
          await expect(sim.segment(/^ACK, SEQ 101, ACK 301, from client/)).toBeVisible();
          await expect(sim.state('client', 'ESTABLISHED')).toBeVisible();
        },
      ],
      [
        2.12,
        async (sim) => {
          await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
          await expect(sim.host('client').getByText('TIME_WAIT timer (2MSL)')).toBeVisible();
          await expect(sim.state('server', 'LAST_ACK')).toBeVisible();
        },
      ],
      [
        62.6,
        async (sim) => {
          await expect(sim.host('client').getByText('No sockets')).toBeVisible();
          await expect(sim.state('server', 'LISTEN')).toBeVisible();
        },
      ],
    ],
  },
  'simultaneous-open': {
    title: 'Simultaneous open (RFC 9293 Figure 7)',
    at: [
      [
        0.15,
        async (sim) => {
          await expect(sim.state('client', 'SYN_RECEIVED')).toBeVisible();
          await expect(sim.state('server', 'SYN_RECEIVED')).toBeVisible();
          await expect(sim.segment(/^SYN\+ACK, SEQ 100, ACK 301, from client/)).toBeVisible();
        },
      ],
      [
        0.2,
        async (sim) => {
          await expect(sim.state('client', 'ESTABLISHED')).toBeVisible();
          await expect(sim.state('server', 'ESTABLISHED')).toBeVisible();
        },
      ],
    ],
  },
  'simultaneous-close': {
    title: 'Simultaneous close (CLOSING)',
    at: [
      [
        1.05,
        async (sim) => {
          await expect(sim.state('client', 'CLOSING')).toBeVisible();
          await expect(sim.state('server', 'CLOSING')).toBeVisible();
        },
      ],
      [
        1.1,
        async (sim) => {
          await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
          await expect(sim.state('server', 'TIME_WAIT')).toBeVisible();
        },
      ],
    ],
  },
  'no-listener': {
    title: 'Nobody listening: RST',
    at: [
      [
        0.17,
        async (sim) => {
          await expect(sim.segment(/^RST\+ACK, SEQ 0, ACK 101, from server/)).toBeVisible();
        },
      ],
      [
        1,
        async (sim) => {
          await expect(sim.calls('client')).toContainText('ECONNREFUSED: connection refused');
          await expect(sim.host('client').getByText('No sockets')).toBeVisible();
        },
      ],
    ],
  },
  'firewall-drop': {
    title: 'A firewall drops the SYN: SYN_SENT lingers',
    at: [
      [
        67.12,
        async (sim) => {
          await expect(sim.segment(/^SYN, SEQ 100, from client/)).toContainText('retransmit of #1');
          await expect(sim.state('client', 'SYN_SENT')).toBeVisible();
        },
      ],
      [
        67.16,
        async (sim) => {
          await expect(sim.lostSegment(/lost: dropped by the firewall/)).toBeVisible();
        },
      ],
      [
        131.6,
        async (sim) => {
          await expect(sim.calls('client')).toContainText('ETIMEDOUT: connection timed out');
        },
      ],
    ],
  },
  'syn-flood': {
    title: 'SYN flood without SYN cookies',
    at: [
      [
        20,
        async (sim) => {
          await expect(sim.count('server', 'SYN_RECEIVED')).toContainText('97');
          await expect(sim.state('client', 'SYN_SENT')).toBeVisible();
          await expect(sim.host('server').getByText(/SYNs dropped/)).toBeVisible();
        },
      ],
      [
        140,
        async (sim) => {
          await expect(sim.calls('client')).toContainText('ETIMEDOUT');
        },
      ],
    ],
  },
  'syn-flood-cookies': {
    title: 'SYN flood with SYN cookies',
    at: [
      [
        3.2,
        async (sim) => {
          await expect(sim.host('server').getByText('SYN cookies', { exact: true })).toBeVisible();
          await expect(sim.state('client', 'ESTABLISHED')).toBeVisible();
          await expect(sim.host('server').getByText(/Possible SYN flooding/)).toBeVisible();
        },
      ],
    ],
  },
  'lost-final-ack': {
    title: 'Lost final ACK: why TIME_WAIT waits 2MSL',
    at: [
      [
        2.2,
        async (sim) => {
          await expect(sim.state('server', 'LAST_ACK')).toBeVisible();
          await expect(sim.state('client', 'TIME_WAIT')).toBeVisible();
        },
      ],
    ],
  },
  'close-wait-leak': {
    title: 'The server never calls close(): CLOSE_WAIT piles up',
    at: [
      [
        40,
        async (sim) => {
          await expect(sim.count('server', 'CLOSE_WAIT')).toContainText('20');
          await expect(sim.count('client', 'FIN_WAIT_2')).toContainText('20');
        },
      ],
      [
        71,
        async (sim) => {
          await expect(sim.count('server', 'CLOSE_WAIT')).toContainText('20');
          await expect(sim.host('client').getByText('No sockets')).toBeVisible();
        },
      ],
    ],
  },
  'port-exhaustion': {
    title: 'Many short connections exhaust the source ports',
    at: [
      [
        30,
        async (sim) => {
          await expect(sim.count('client', 'TIME_WAIT')).toContainText('28,232');
          await expect(sim.calls('client')).toContainText(
            'EADDRNOTAVAIL: cannot assign requested address',
          );
        },
      ],
    ],
  },
  'server-shutdown': {
    title: 'A server shuts down under many clients: FIN_WAIT_1',
    at: [
      [
        20,
        async (sim) => {
          await expect(sim.count('server', 'FIN_WAIT_1')).toContainText('30');
          await expect(sim.host('client').getByText(/Gone from the network/)).toBeVisible();
        },
      ],
    ],
  },
  'killed-load-test': {
    title: 'A killed load-test client: LAST_ACK',
    at: [
      [
        10,
        async (sim) => {
          await expect(sim.count('server', 'LAST_ACK')).toContainText('30');
        },
      ],
    ],
  },
  'client-vanishes': {
    title: 'A client vanishes without a FIN: a stale ESTABLISHED',
    at: [
      [
        34.82,
        async (sim) => {
          await expect(sim.state('server', 'ESTABLISHED')).toBeVisible();
          await expect(sim.host('client').getByText(/Gone from the network/)).toBeVisible();
          await expect(
            sim.segment(/^PSH\+ACK, SEQ 301, ACK 101, LEN 200, from server/),
          ).toContainText('retransmit of #4');
        },
      ],
      [
        1023.8,
        async (sim) => {
          await expect(sim.calls('server')).toContainText('ETIMEDOUT');
        },
      ],
    ],
  },
  'half-close': {
    title: 'Half-close: shutdown(SHUT_WR) and data still flowing back',
    at: [
      [
        2.01,
        async (sim) => {
          await expect(sim.state('client', 'FIN_WAIT_2')).toBeVisible();
          await expect(sim.state('server', 'CLOSE_WAIT')).toBeVisible();
          await expect(sim.segment(/LEN 1448, from server/).first()).toBeVisible();
        },
      ],
    ],
  },
};

for (const [id, check] of Object.entries(CHECKS)) {
  test(`${id}: loads in one click and shows what it promises`, async ({ sim }) => {
    test.slow(id === 'port-exhaustion');
    await test.step('open the simulator and pick the scenario', async () => {
      await sim.open({ builtin: id === 'handshake-and-close' ? 'no-listener' : undefined });
      await sim.pick(check.title);
      await expect(sim.root.getByText('What an operator should conclude')).toBeVisible();
    });
    for (const [t, expectations] of check.at) {
      await test.step(`at ${t} s`, async () => {
        await sim.seek(t);
        await expectations(sim);
      });
    }
  });
}

test('a heavy scenario says it is running while the page opens, then the simulator replaces it', async ({
  page,
}) => {
  test.slow();
  const painted = await watchPaintedTextFromLoad(page, 'Running the scenario…');
  await page.goto('/?scenario=port-exhaustion');
  // 28,232 connections take a second or more to run: the page was not blank meanwhile.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  expect(await painted()).toBe(true);
  await expect(page.getByText('Running the scenario…')).toHaveCount(0);
});
