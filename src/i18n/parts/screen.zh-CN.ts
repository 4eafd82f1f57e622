/** 单屏布局（src/ui/Screen）的文字：区域名称、标签页、刚刚发生了什么。 */
import type { ScreenKey } from './screen';

export const screenZhCN: Record<ScreenKey, string> = {
  'screen.moment': '刚刚发生了什么',
  'screen.moment.nothing': '还什么都没有发生。按“下一个事件”（或右方向键），看第一个报文段发出。',
  'screen.moment.latest': '最近的报文段，{time} 秒',
  'screen.moment.pinned': '你选中的报文段',
  'screen.more': '更多视图',
  'screen.tab.scenario': '本场景',
  'screen.tab.actions': '操作',
  'screen.tab.diagram': '状态转换图',
  'screen.tab.netstat': 'netstat / ss',
};
