/** The entry buttons of the import, diagnosis and export features (app only, not the embed). */
import type { FeatureStrings } from '../../i18n/featureStrings';

type Key =
  | 'bridge.toolbar'
  | 'bridge.capture'
  | 'bridge.diagnose'
  | 'bridge.export'
  | 'bridge.loading'
  | 'bridge.drop';

export const bridgeStrings: FeatureStrings<Key> = {
  en: {
    'bridge.toolbar': 'Real captures, listings and export',
    'bridge.capture': 'Open a capture',
    'bridge.diagnose': 'Diagnose a listing',
    'bridge.export': 'Export the ladder',
    'bridge.loading': 'Loading…',
    'bridge.drop': 'Drop a pcap or pcapng file to open it',
  },
  ko: {
    'bridge.toolbar': '실제 캡처, netstat 출력, 내보내기',
    'bridge.capture': '캡처 파일 열기',
    'bridge.diagnose': 'netstat 출력 진단',
    'bridge.export': '래더 내보내기',
    'bridge.loading': '불러오는 중…',
    'bridge.drop': 'pcap 또는 pcapng 파일을 놓으면 열립니다',
  },
  'zh-CN': {
    'bridge.toolbar': '真实抓包、netstat 输出与导出',
    'bridge.capture': '打开抓包文件',
    'bridge.diagnose': '诊断 netstat 输出',
    'bridge.export': '导出时序图',
    'bridge.loading': '加载中…',
    'bridge.drop': '拖放 pcap 或 pcapng 文件即可打开',
  },
};
