import { expect, test } from './fixtures/simulator';

test('the simulator can be used with the keyboard alone', async ({ sim, page }) => {
  await sim.open({ builtin: 'handshake-and-close' });

  await test.step('Tab reaches the simulator, then its scenario picker', async () => {
    // The page header may hold a language picker before it.
    for (
      let i = 0;
      i < 3 && !(await sim.root.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(sim.root).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sim.scenario).toBeFocused();
  });

  await test.step('the arrows step and Space plays while the simulator has focus', async () => {
    await sim.root.focus();
    await page.keyboard.press('ArrowRight');
    await expect(sim.clock).toHaveText('0.100 s');
    await page.keyboard.press('ArrowRight');
    await expect(sim.clock).toHaveText('0.150 s');
    await page.keyboard.press('ArrowLeft');
    await expect(sim.clock).toHaveText('0.100 s');
    await page.keyboard.press('Space');
    await expect(sim.root.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(sim.root.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  await test.step('on the scrubber the arrows step between events', async () => {
    await sim.seek(0);
    await sim.slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(sim.clock).toHaveText('0.100 s');
  });

  await test.step('a segment in flight is a button: Enter drops it', async () => {
    await sim.seek(0.12);
    const syn = sim.segment(/^SYN, SEQ 100, from client, in flight/);
    await syn.focus();
    await page.keyboard.press('Enter');
    await sim.showTab('Do something');
    await expect(sim.recorded(1)).toBeVisible();
    await sim.seek(0.13);
    await expect(sim.lostSegment(/^SYN, SEQ 100, from client, lost/)).toBeVisible();
  });

  await test.step('the controls answer to Enter and Space', async () => {
    const client = sim.controls('On the client');
    await client.getByRole('button', { name: 'close()' }).focus();
    await page.keyboard.press('Enter');
    await expect(sim.recorded(2)).toBeVisible();
  });
});
