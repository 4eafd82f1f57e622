import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/simulator';

async function expectNoViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test.describe('accessibility (axe)', () => {
  test('the page as it opens, and with segments on the wire', async ({ sim, page }) => {
    await sim.open();
    await expectNoViolations(page);
    await sim.seek(2.11);
    await expect(sim.segment(/^ACK, SEQ 202/)).toBeVisible();
    await expectNoViolations(page);
  });

  test('a flood: counts, a scrolling socket list, SYN cookies', async ({ sim, page }) => {
    await sim.open({ builtin: 'syn-flood-cookies' });
    await sim.seek(3.16);
    await expect(sim.count('server', 'SYN_RECEIVED')).toBeVisible();
    await expectNoViolations(page);
  });

  test('a refused action and a lost segment', async ({ sim, page }) => {
    await sim.open({ builtin: 'lost-final-ack' });
    await sim.seek(2.13);
    await expect(sim.lostSegment(/lost on the wire/)).toBeVisible();
    await sim.open({ scenario: { version: 1, hosts: {}, steps: [] } });
    await expect(page.getByRole('alert')).toContainText('This scenario cannot run');
    await expectNoViolations(page);
  });

  test('dark mode', async ({ sim, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await sim.open({ builtin: 'close-wait-leak' });
    await sim.seek(12);
    await expectNoViolations(page);
  });
});

test.describe('layout', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`fits ${viewport.width} px without sideways scrolling`, async ({ sim, page }) => {
      await page.setViewportSize(viewport);
      await sim.open({ builtin: 'syn-flood-cookies' });
      await sim.seek(3.16);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await expect(sim.state('client', 'ESTABLISHED')).toBeInViewport({ ratio: 0.5 });
    });
  }
});
