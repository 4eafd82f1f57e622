import { expect, test } from './fixtures/simulator';

test('presenter mode is reached, used and left with the keyboard alone', async ({ sim, page }) => {
  await sim.open({ builtin: 'handshake-and-close' });

  await test.step('Tab to the simulator, P enters presenter mode', async () => {
    for (
      let i = 0;
      i < 8 && !(await sim.root.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(sim.root).toBeFocused();
    const stateSize = () =>
      sim.state('server', 'LISTEN').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await stateSize();
    await page.keyboard.press('p');
    await expect(sim.root).toHaveAttribute('data-presenter', 'true');
    await expect(sim.root.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // A clean layout: the hosts, the wire and the ladder; no controls, card, diagram or netstat.
    await expect(sim.host('client')).toBeVisible();
    await expect(sim.wire).toBeVisible();
    await expect(sim.root.getByRole('heading', { name: 'Ladder diagram' })).toBeVisible();
    await expect(sim.root.getByRole('heading', { name: 'Do something' })).toBeHidden();
    await expect(sim.root.getByRole('heading', { name: 'State diagram' })).toBeHidden();
    await expect(sim.root.getByRole('heading', { name: 'netstat on the client' })).toBeHidden();
    await expect(sim.scenario).toBeHidden();
    // Larger type than before.
    expect(await stateSize()).toBeGreaterThan(before * 1.1);
  });

  await test.step('? opens the shortcuts in a modal dialog; Esc closes it and focus returns', async () => {
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(
      dialog.getByRole('row', { name: /D Drop the next segment to arrive/ }),
    ).toBeVisible();
    // Focus stays in the dialog, and its keys do not reach the simulator behind it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('p');
    await expect(sim.root).toHaveAttribute('data-presenter', 'true');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(sim.root).toBeFocused();
  });

  await test.step('Space, the arrows, D and R drive the scenario', async () => {
    await page.keyboard.press('ArrowRight');
    await expect(sim.clock).toHaveText('0.100 s');
    await page.keyboard.press('ArrowRight');
    await expect(sim.clock).toHaveText('0.150 s');
    await page.keyboard.press('d');
    await expect(sim.root.getByRole('status').filter({ hasText: 'will be lost' })).toHaveText(
      'Segment #2 will be lost on the wire.',
    );
    await page.keyboard.press('Space');
    await expect(sim.root.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(sim.root.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.keyboard.press('r');
    await expect(sim.clock).toHaveText('0.000 s');
  });

  await test.step('a focused segment grows, its label readable', async () => {
    await sim.seek(0.12);
    const syn = sim.segment(/^SYN, SEQ 100/);
    await syn.focus();
    await page.keyboard.press('Tab'); // focus-visible, as a keyboard user gets it
    await page.keyboard.press('Shift+Tab');
    await expect(syn).toBeFocused();
    await expect.poll(() => syn.evaluate((el) => getComputedStyle(el).scale)).toBe('1.6');
    await sim.root.focus();
  });

  await test.step('L switches the language, in presenter mode too', async () => {
    await page.keyboard.press('l');
    const korean = page.getByRole('region', { name: 'TCP 연결 시뮬레이터' });
    await expect(korean.getByRole('button', { name: '발표자 모드' })).toBeVisible();
    await page.keyboard.press('l');
    await expect(page.getByRole('region', { name: 'TCP 连接模拟器' })).toBeVisible();
    await page.keyboard.press('l');
    await expect(sim.root).toBeFocused();
  });

  await test.step('P leaves presenter mode', async () => {
    await page.keyboard.press('P');
    await expect(sim.root).not.toHaveAttribute('data-presenter', 'true');
    await expect(sim.tab('Do something')).toBeVisible();
  });
});

test('F asks for full screen, and the toggle shows it', async ({ sim, page }) => {
  await sim.open();
  // P pressed on a control that presenter mode hides: focus comes back to the simulator.
  await sim.showTab('Do something');
  await sim
    .controls('On the client')
    .getByRole('button', { name: 'connect() to server:80' })
    .focus();
  await page.keyboard.press('p');
  await expect(sim.root).toBeFocused();
  const button = sim.root.getByRole('button', { name: 'Full screen' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('f');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label')))
    .toBe('TCP connection simulator');
  await page.keyboard.press('f');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});
