/** 한 화면 레이아웃(src/ui/Screen)의 문구: 영역 이름, 탭, 방금 일어난 일. */
import type { ScreenKey } from './screen';

export const screenKo: Record<ScreenKey, string> = {
  'screen.moment': '방금 일어난 일',
  'screen.moment.nothing':
    '아직 아무 일도 일어나지 않았습니다. 다음 이벤트(또는 오른쪽 화살표)를 눌러 첫 세그먼트가 떠나는 것을 보세요.',
  'screen.moment.latest': '가장 최근 세그먼트, {time}초',
  'screen.moment.pinned': '직접 고른 세그먼트',
  'screen.more': '다른 보기',
  'screen.tab.scenario': '이 시나리오',
  'screen.tab.actions': '직접 해 보기',
  'screen.tab.diagram': '상태 다이어그램',
  'screen.tab.netstat': 'netstat / ss',
};
