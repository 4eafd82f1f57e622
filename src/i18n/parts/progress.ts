/**
 * Texts of the run's progress, keyed as the app dictionary keys them: each language file spreads
 * its set (`...progressStrings.en` in en.ts). The same `{params}` everywhere.
 */
const en = {
  'progress.label': 'Computing the run',
  'progress.connections': 'Computing {done} of {total} connections…',
  'progress.seconds': 'Computing {done} of {total} simulated seconds…',
  'progress.playable': 'What is computed can already be played.',
  'progress.cancel': 'Stop computing',
  'progress.cancelled':
    'Computing stopped at {seconds} s: the run can be played and explored up to there.',
};

const ko: typeof en = {
  'progress.label': '실행 계산',
  'progress.connections': '연결 {total}개 중 {done}개 계산 중…',
  'progress.seconds': '시뮬레이션 {total}초 중 {done}초 계산 중…',
  'progress.playable': '계산된 부분은 지금 바로 재생할 수 있습니다.',
  'progress.cancel': '계산 중지',
  'progress.cancelled':
    '{seconds}초에서 계산을 멈췄습니다. 그때까지의 실행은 재생하고 살펴볼 수 있습니다.',
};

const zhCN: typeof en = {
  'progress.label': '计算运行过程',
  'progress.connections': '正在计算第 {done} 个连接（共 {total} 个）…',
  'progress.seconds': '正在计算第 {done} 秒（共 {total} 秒模拟时间）…',
  'progress.playable': '已计算的部分现在就可以播放。',
  'progress.cancel': '停止计算',
  'progress.cancelled': '计算已在 {seconds} 秒处停止：到该时刻为止的运行可以播放和查看。',
};

export const progressStrings = { en, ko, 'zh-CN': zhCN } as const;
