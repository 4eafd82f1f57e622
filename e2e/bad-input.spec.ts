/**
 * Bad input never freezes the page and never loses what the user had: a name that is no
 * built-in, a paste too large to be a scenario, a link asking for too much work, an element
 * height no screen could show, and a page of simulators of which only the visible ones run.
 */
import type { Page } from '@playwright/test';
import { EmbeddedSim, en, expect, ko, openExample, test } from './fixtures/embed';
import { SimulatorPage } from './fixtures/simulator';
import { shareBarStrings } from '../src/ui/Share/strings';

function shareBar(page: Page) {
  return page.getByRole('group', { name: shareBarStrings.en['share.toolbar'] });
}

test('?scenario= naming no built-in says so and lists the built-ins, in the page language', async ({
  page,
}) => {
  await page.goto('/?scenario=nope');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The link names a built-in scenario that does not exist: "nope"',
  );
  await expect(alert).toContainText('lost-final-ack');
  await expect(alert).toContainText('port-exhaustion');
  await page.goto('/?scenario=nope&lang=ko');
  await expect(page.getByRole('alert')).toContainText(
    '링크가 없는 내장 시나리오를 가리킵니다: "nope"',
  );
  await expect(page.getByRole('alert')).toContainText('half-close');
  expect(ko['problem.link.unknown-builtin']).toContain('{list}');
});

test('a paste over 2 MB is refused before it is read, and the text box keeps what it had', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open({ builtin: 'handshake-and-close' });
  const bar = shareBar(page);
  await bar.getByText('Import a scenario').click();
  const box = bar.getByLabel('Or paste the scenario JSON');
  await box.fill('{"version": 1}');
  const huge = `{"title": "${'x'.repeat(2_100_000)}"}`;
  await box.fill(huge);
  await expect(page.getByRole('alert').last()).toContainText(
    'The pasted text could not be read: it holds 2,100,013 bytes, and a scenario is at most 2 MB',
  );
  await expect(box).toHaveValue('{"version": 1}');
});

test('a link asking for too much work is refused with what to reduce, not run', async ({
  page,
}) => {
  const steps = Array.from({ length: 50 }, (_, i) => ({
    at: 0.1,
    do: 'connect',
    host: 'client',
    to: 'server:80',
    as: `c${i}`,
    count: 100_000,
  }));
  const scenario = { version: 1, hosts: { client: '10.0.0.1', server: '10.0.0.2' }, steps };
  const sim = new SimulatorPage(page);
  await sim.open({ scenario });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('too much work');
  await expect(alert).toContainText('Reduce steps[0] (100,000 connections)');
});

test('an element height of 1e20px is bounded', async ({ page }) => {
  await openExample(page);
  await page.locator('#first').evaluate((el) => el.setAttribute('height', '1e20px'));
  await expect
    .poll(() => page.locator('#first').evaluate((el) => el.getBoundingClientRect().height))
    .toBeLessThanOrEqual(4002);
});

test('an element far down the page waits until it is scrolled to', async ({ page }) => {
  await openExample(page);
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const section = document.createElement('section');
    section.setAttribute('aria-label', 'Far down');
    const sim = document.createElement('tcp-handshake-sim');
    sim.setAttribute('scenario', 'no-listener');
    sim.addEventListener('tcpsim-ready', () => section.setAttribute('data-ready', 'yes'));
    section.append(sim);
    document.body.append(spacer, section);
  });
  const far = page.getByRole('region', { name: 'Far down' });
  await expect(far.getByText(en['simulator.waiting'])).toBeVisible();
  expect(await far.getAttribute('data-ready')).toBeNull();
  await far.scrollIntoViewIfNeeded();
  await expect(new EmbeddedSim(far).playButton).toBeVisible();
  await expect(far).toHaveAttribute('data-ready', 'yes');
});
