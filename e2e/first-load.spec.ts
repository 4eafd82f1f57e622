/**
 * What a first visit costs: every script the app's page downloads until it is ready and the
 * network is quiet (the entry, its imports, the views it loads at once, any worker), weighed as
 * gzip -9, against the 150 KB budget. Sizes, not times: this holds on any machine.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUDGET = 150 * 1024;

test('the first visit downloads at most 150 KB of JavaScript (gzip)', async ({ page, context }) => {
  const scripts = new Set<string>();
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') || url.pathname.endsWith('.mjs')) scripts.add(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ladder diagram/ }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  let total = 0;
  const sizes: string[] = [];
  for (const url of scripts) {
    const body = await (await page.request.get(url)).body();
    const gzip = gzipSync(body, { level: 9 }).length;
    total += gzip;
    sizes.push(`${new URL(url).pathname} ${(gzip / 1024).toFixed(1)} KB`);
  }
  test.info().annotations.push({
    type: 'first load',
    description: `${(total / 1024).toFixed(1)} KB gzip in ${scripts.size} files: ${sizes.join(', ')}`,
  });
  expect(scripts.size).toBeGreaterThan(0);
  expect(total, sizes.join('\n')).toBeLessThanOrEqual(BUDGET);
});
