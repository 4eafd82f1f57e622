/**
 * From a real server to the simulator and back, as a user: open a capture made by tcpdump on a
 * real Linux client (committed fixtures, src/capture/fixtures/), paste a netstat listing, export
 * the ladder.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SimulatorPage } from './fixtures/simulator';

const FIXTURES = new URL('../src/capture/fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function openCapture(page: Page, file: string) {
  await page.getByRole('button', { name: 'Open a capture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a capture' });
  await dialog.getByLabel('Capture file (pcap or pcapng)').setInputFiles(fixture(file));
  return dialog;
}

for (const file of ['handshake-close.pcap', 'handshake-close.pcapng', 'handshake-close-any.pcap']) {
  test(`a client-side tcpdump capture (${file}) plays with the client's inferred states`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const sim = new SimulatorPage(page);
    await sim.open();
    const dialog = await openCapture(page, file);
    await expect(dialog.getByText(/11 packets, 1 TCP connections/)).toBeVisible();
    const row = dialog.getByRole('row').filter({ hasText: '10.77.0.2:9000' });
    await expect(row).toContainText('closed (FIN both ways)');
    await expect(dialog.getByRole('checkbox', { name: 'Show connection 1' })).toBeChecked();
    const client = dialog.getByRole('region', { name: /^client 10\.77\.0\.1$/ });
    await expect(client.getByRole('listitem')).toHaveText([
      /SYN_SENT$/,
      /ESTABLISHED$/,
      /FIN_WAIT_1$/,
      /FIN_WAIT_2$/,
      /TIME_WAIT$/,
    ]);
    const server = dialog.getByRole('region', { name: /^server 10\.77\.0\.2$/ });
    await expect(server.getByRole('listitem').first()).toContainText('(estimated)');
    await expect(
      dialog.getByText(/Captured on the client: the moments of 10\.77\.0\.2:9000/),
    ).toBeVisible();
    const ladder = dialog.getByTestId('capture-ladder');
    await expect(ladder.locator('[data-segment]')).toHaveCount(11);
    // Relative numbers by default: the SYN is seq=0; absolute after the switch.
    await expect(ladder.getByText('SYN seq=0', { exact: true })).toBeVisible();
    await dialog.getByLabel(/Relative SEQ\/ACK/).uncheck();
    await expect(ladder.getByText('SYN seq=0', { exact: true })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a capture turns into a scenario the simulator plays', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const dialog = await openCapture(page, 'handshake-close.pcap');
  await dialog.getByRole('button', { name: 'Turn this into a scenario' }).click();
  await expect(dialog.getByText(/now replays connection 1 as a scenario/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(sim.host('client')).toContainText('10.77.0.1');
});

test('a file that is not a capture is named as such, and the dialog stays usable', async ({
  page,
}, testInfo) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const bad = testInfo.outputPath('notes.pcap');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(bad, 'these are my notes, not a capture\n');
  await page.getByRole('button', { name: 'Open a capture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a capture' });
  await dialog.getByLabel('Capture file (pcap or pcapng)').setInputFiles(bad);
  await expect(dialog.getByRole('alert')).toHaveText(
    'notes.pcap is not a capture file (pcap or pcapng).',
  );
  await dialog.getByLabel('Capture file (pcap or pcapng)').setInputFiles(fixture('refused.pcap'));
  await expect(dialog.getByRole('row').filter({ hasText: ':9999' })).toContainText('refused');
});

test('a capture dropped onto the page opens', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const bytes = [...readFileSync(fixture('handshake-close-ipv6.pcap'))];
  const data = await page.evaluateHandle((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'v6.pcap'));
    return dt;
  }, bytes);
  await sim.root.dispatchEvent('dragover', { dataTransfer: data });
  await sim.root.dispatchEvent('drop', { dataTransfer: data });
  const dialog = page.getByRole('dialog', { name: 'Open a capture' });
  await expect(dialog.getByRole('row').filter({ hasText: '[fd77::2]:9000' })).toBeVisible();
});

test('a pasted ss listing with CLOSE_WAIT piling up is diagnosed and reproduced', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const lines = ['State      Recv-Q Send-Q Local Address:Port   Peer Address:Port Process'];
  for (let i = 0; i < 60; i++) lines.push(`CLOSE-WAIT 1 0 10.0.0.5:8080 10.0.1.${i}:${40000 + i}`);
  await page.getByRole('button', { name: 'Diagnose a listing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Diagnose a netstat or ss listing' });
  await dialog.getByLabel(/Paste the output of netstat -ant/).fill(lines.join('\n'));
  await dialog.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'CLOSE_WAIT piling up' })).toBeVisible();
  await expect(dialog.getByText(/never calls close\(\)/)).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Per state' })).toContainText('CLOSE_WAIT60');
  await dialog.getByRole('button', { name: 'Reproduce this: CLOSE_WAIT piling up' }).click();
  await expect(dialog.getByText(/Opened “Reproduce: 60 close-wait on port 8080”/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(sim.host('server')).toContainText('10.0.0.5');
});

test('garbage pasted as a listing gets a clear message', async ({ page }) => {
  await new SimulatorPage(page).open();
  await page.getByRole('button', { name: 'Diagnose a listing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Diagnose a netstat or ss listing' });
  await dialog.getByLabel(/Paste the output/).fill('hello\nworld');
  await dialog.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('No TCP socket line found in 2 lines');
});

test('the diagnosis speaks Korean', async ({ page }) => {
  await new SimulatorPage(page).openIn('ko');
  await page.getByRole('button', { name: 'netstat 출력 진단' }).click();
  const dialog = page.getByRole('dialog', { name: 'netstat·ss 출력 진단' });
  const lines = ['  Proto  Local Address          Foreign Address        State'];
  for (let i = 0; i < 30; i++)
    lines.push(`  TCP    192.168.1.10:80   10.${i}.3.4:${1024 + i}   SYN_RECEIVED`);
  await dialog.getByRole('textbox').fill(lines.join('\r\n'));
  await dialog.getByRole('button', { name: '진단', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'SYN_RECV 누적' })).toBeVisible();
});

test('the ladder exports as SVG with its arrows, and as Mermaid text', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open({ builtin: 'handshake-and-close' });
  await page.getByRole('button', { name: 'Export the ladder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /The whole run/ }).check();
  await expect(
    dialog.getByTestId('export-preview').locator('svg line[marker-end]'),
  ).not.toHaveCount(0);
  const mermaid = dialog.getByLabel('Mermaid sequenceDiagram text');
  await expect(mermaid).toHaveValue(/^sequenceDiagram\n {2}title Handshake/);
  await expect(mermaid).toHaveValue(/client->>server: 0\.100 SYN seq=100/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Ladder as SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Handshake.* 0\.000 s–\d+\.\d{3} s\.svg$/);
  const svg = readFileSync((await download.path())!, 'utf8');
  // Opened on its own in Chromium, the file shows the arrows.
  await page.goto('about:blank');
  await page.setContent(svg);
  const arrows = page.locator('svg line[marker-end]');
  expect(await arrows.count()).toBeGreaterThan(5);
  const box = await arrows.first().boundingBox();
  expect(box!.width).toBeGreaterThan(100);
});

test('the ladder exports as PNG', async ({ page }) => {
  await new SimulatorPage(page).open({ builtin: 'handshake-and-close' });
  await page.getByRole('button', { name: 'Export the ladder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Ladder as PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await download.path())!);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
});

test('the capture, diagnosis and export dialogs have no axe violations', async ({ page }) => {
  await new SimulatorPage(page).open();
  const dialog = await openCapture(page, 'handshake-close.pcap');
  await expect(dialog.getByTestId('capture-ladder').locator('[data-segment]')).toHaveCount(11);
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'Diagnose a listing' }).click();
  const diag = page.getByRole('dialog', { name: 'Diagnose a netstat or ss listing' });
  await diag
    .getByRole('textbox')
    .fill(
      Array.from({ length: 12 }, (_, i) => `LAST-ACK 0 1 10.0.0.5:80 10.0.0.9:${i + 1}`).join('\n'),
    );
  await diag.getByRole('button', { name: 'Diagnose', exact: true }).click();
  await expect(diag.getByRole('heading', { name: 'LAST_ACK in bulk' })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  await diag.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'Export the ladder' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
});
