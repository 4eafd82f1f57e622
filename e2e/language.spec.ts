import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/simulator';

test('switching to Korean and to Chinese changes the controls and the explanations, and lasts', async ({
  sim,
  page,
}) => {
  await sim.open({ builtin: 'close-wait-leak' });
  await sim.seek(12);
  await sim.showTab('State diagram');

  await test.step('English first (the browser speaks English)', async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(sim.playButton).toHaveText('Play');
    await expect(sim.explanation.getByText('What it means')).toBeVisible();
    await expect(sim.explanation.getByRole('heading', { name: 'FIN_WAIT_2' })).toBeVisible();
  });

  await test.step('Korean', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const root = page.getByRole('region', { name: 'TCP 연결 시뮬레이터' });
    await expect(root.getByRole('button', { name: '재생', exact: true })).toBeVisible();
    await expect(root.getByRole('heading', { name: '상태 다이어그램' })).toBeVisible();
    await expect(sim.explanation.getByText('의미', { exact: true })).toBeVisible();
    // State names stay as the kernel spells them.
    await expect(sim.explanation.getByRole('heading', { name: 'FIN_WAIT_2' })).toBeVisible();
    await sim.showTab('이 시나리오');
    await expect(root.getByText('다음에 해 볼 것')).toBeVisible();
    await expect(root.getByRole('button', { name: '예측 모드' })).toBeVisible();
  });

  await test.step('Korean again after a reload', async () => {
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('button', { name: '재생', exact: true })).toBeVisible();
    await sim.showTab('상태 다이어그램');
    await expect(sim.explanation.getByText('의미', { exact: true })).toBeVisible();
  });

  await test.step('Chinese, again after a reload', async () => {
    await page.getByLabel('언어', { exact: true }).selectOption('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const root = page.getByRole('region', { name: 'TCP 连接模拟器' });
    await expect(root.getByRole('button', { name: '播放', exact: true })).toBeVisible();
    await sim.showTab('状态转换图');
    await expect(root.getByRole('heading', { name: '状态转换图' })).toBeVisible();
    await expect(sim.explanation.getByText('含义', { exact: true })).toBeVisible();
    await expect(root.getByRole('button', { name: '预测模式' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: '播放', exact: true })).toBeVisible();
    await sim.showTab('状态转换图');
    await expect(sim.explanation.getByText('含义', { exact: true })).toBeVisible();
  });

  await test.step('an explicit ?lang= wins over the remembered choice, and a switch replaces it', async () => {
    await sim.openIn('en');
    await expect(sim.playButton).toHaveText('Play');
    await page.getByLabel('Language', { exact: true }).selectOption('ko');
    await expect(page).toHaveURL(/lang=ko/);
    await page.reload();
    await expect(page.getByRole('button', { name: '재생', exact: true })).toBeVisible();
  });
});

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('opens in Korean, and the question cards speak it', async ({ sim, page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const root = page.getByRole('region', { name: 'TCP 연결 시뮬레이터' });
    await root.getByRole('button', { name: '예측 모드' }).click();
    await expect(
      sim.predictPanel.getByRole('heading', { name: '다음 단계 예측하기' }),
    ).toBeVisible();
    await expect(sim.predictPanel).toContainText('#1 <SEQ=100><CTL=SYN>');
    await expect(
      sim.predictPanel.getByRole('radio', { name: '아무것도 보내지 않음' }),
    ).toBeVisible();
  });
});

test.describe('accessibility (axe) of the teaching layer', () => {
  for (const lang of ['en', 'ko', 'zh-CN']) {
    test(`no violations in ${lang}: normal, predict and presenter modes`, async ({ sim, page }) => {
      const expectNoViolations = async (what: string, only?: string[]) => {
        const violations = await axeViolations(page, (axe) => {
          for (const selector of only ?? []) axe = axe.include(selector);
          return axe;
        });
        expect(violations, what).toEqual([]);
      };
      await sim.openIn(lang, { builtin: 'handshake-and-close' });
      await page.getByRole('slider').first().fill('2.05');
      await sim.showTab(
        { en: 'State diagram', ko: '상태 다이어그램', 'zh-CN': '状态转换图' }[lang]!,
      );
      await expect(sim.stateDiagram).toBeVisible();

      // Normal mode, with a segment's details opened from the wire.
      await page.getByRole('radio', { name: /^(explains it|설명 보기|查看说明)$/ }).check();
      const wire = page.getByRole('region', { name: /^(The wire|회선|线路)$/ });
      await wire.getByRole('button').first().click();
      await expect(sim.segmentDetails).toBeVisible();
      await expectNoViolations('normal');

      // Predict mode, with an answer revealed.
      await page.getByRole('button', { name: /^(Predict mode|예측 모드|预测模式)$/ }).click();
      await expect(sim.predictPanel).toBeVisible();
      await sim.predictPanel.getByRole('radio').first().check();
      await sim.predictPanel.locator('button[type="submit"]').click();
      await expect(sim.predictPanel.getByRole('status')).not.toBeEmpty();
      // Only the question card and the toolbar differ from the page checked above.
      await expectNoViolations('predict', ['.tcpsim-teach-predict', '.tcpsim-tools']);

      // Presenter mode, with its help dialog open.
      await page.getByRole('button', { name: /^(Presenter mode|발표자 모드|演示模式)$/ }).click();
      await page.keyboard.press('Shift+?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations('presenter');
    });
  }
});
