/**
 * Texts of the one-screen layout (src/ui/Screen): the regions' names, the tabs that hold what is
 * one click away, and the explanation of the current moment. Each language file spreads its set.
 */
const en = {
  'screen.moment': 'What just happened',
  'screen.moment.nothing':
    'Nothing has happened yet. Press Next event (or the right arrow) to watch the first segment leave.',
  'screen.moment.latest': 'The latest segment, at {time} s',
  'screen.moment.pinned': 'The segment you picked',
  'screen.moment.left': 'It left the {from} for the {to}.',
  'screen.moment.fields': 'SEQ {seq} · ACK {ack} · WIN {win} · {len} bytes',
  'screen.more': 'More views',
  'screen.tab.scenario': 'This scenario',
  'screen.tab.actions': 'Do something',
  'screen.tab.diagram': 'State diagram',
  'screen.tab.netstat': 'netstat / ss',
  'screen.tab.hide': 'Hide the panel',
  'screen.tab.show': 'Show the panel',
} as const;

export type ScreenKey = keyof typeof en;

const ko: Record<ScreenKey, string> = {
  'screen.moment': '방금 일어난 일',
  'screen.moment.nothing':
    '아직 아무 일도 일어나지 않았습니다. 다음 이벤트(또는 오른쪽 화살표)를 눌러 첫 세그먼트가 떠나는 것을 보세요.',
  'screen.moment.latest': '가장 최근 세그먼트, {time}초',
  'screen.moment.pinned': '직접 고른 세그먼트',
  'screen.moment.left': '{from}에서 {to}(으)로 보냈습니다.',
  'screen.moment.fields': 'SEQ {seq} · ACK {ack} · WIN {win} · {len}바이트',
  'screen.more': '다른 보기',
  'screen.tab.scenario': '이 시나리오',
  'screen.tab.actions': '직접 해 보기',
  'screen.tab.diagram': '상태 다이어그램',
  'screen.tab.netstat': 'netstat / ss',
  'screen.tab.hide': '패널 숨기기',
  'screen.tab.show': '패널 보이기',
};

const zhCN: Record<ScreenKey, string> = {
  'screen.moment': '刚刚发生了什么',
  'screen.moment.nothing': '还什么都没有发生。按“下一个事件”（或右方向键），看第一个报文段发出。',
  'screen.moment.latest': '最近的报文段，{time} 秒',
  'screen.moment.pinned': '你选中的报文段',
  'screen.moment.left': '由{from}发往{to}。',
  'screen.moment.fields': 'SEQ {seq} · ACK {ack} · WIN {win} · {len} 字节',
  'screen.more': '更多视图',
  'screen.tab.scenario': '本场景',
  'screen.tab.actions': '操作',
  'screen.tab.diagram': '状态转换图',
  'screen.tab.netstat': 'netstat / ss',
  'screen.tab.hide': '隐藏面板',
  'screen.tab.show': '显示面板',
};

export const screenStrings = { en, ko, 'zh-CN': zhCN } as const;
