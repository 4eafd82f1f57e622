/**
 * The share bar's texts (copy a link, export, import, saved scenarios): the app's page only, so
 * they stay out of the main dictionary that the embed script carries in every language.
 */
import type { FeatureStrings } from '../../i18n/featureStrings';

const en = {
  'share.toolbar': 'Share and save',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.manual': 'Copy this link by hand (the clipboard is not available here)',
  'share.export': 'Export scenario',
  'share.import': 'Import a scenario',
  'share.importFile': 'Scenario file (JSON)',
  'share.importText': 'Or paste the scenario JSON',
  'share.importLoad': 'Load the pasted scenario',
  'share.imported': 'Loaded and saved in this browser: {name}',
  'share.importedUnsaved': 'Loaded, but not saved in this browser: {name}',
  'share.remove': 'Remove from my scenarios',
  'share.removed': 'Removed from my scenarios: {name}',
  'share.untitled': 'Untitled scenario',
};

type Key = keyof typeof en;

const ko: Record<Key, string> = {
  'share.toolbar': '공유와 저장',
  'share.copy': '링크 복사',
  'share.copied': '링크를 복사했습니다',
  'share.manual': '이 링크를 직접 복사하세요 (여기서는 클립보드를 쓸 수 없습니다)',
  'share.export': '시나리오 내보내기',
  'share.import': '시나리오 가져오기',
  'share.importFile': '시나리오 파일 (JSON)',
  'share.importText': '또는 시나리오 JSON을 붙여 넣기',
  'share.importLoad': '붙여 넣은 시나리오 불러오기',
  'share.imported': '불러와서 이 브라우저에 저장했습니다: {name}',
  'share.importedUnsaved': '불러왔지만 이 브라우저에 저장하지 못했습니다: {name}',
  'share.remove': '내 시나리오에서 삭제',
  'share.removed': '내 시나리오에서 삭제했습니다: {name}',
  'share.untitled': '제목 없는 시나리오',
};

const zhCN: Record<Key, string> = {
  'share.toolbar': '分享与保存',
  'share.copy': '复制链接',
  'share.copied': '链接已复制',
  'share.manual': '请手动复制此链接（此处无法使用剪贴板）',
  'share.export': '导出场景',
  'share.import': '导入场景',
  'share.importFile': '场景文件（JSON）',
  'share.importText': '或粘贴场景 JSON',
  'share.importLoad': '加载粘贴的场景',
  'share.imported': '已加载并保存在此浏览器中：{name}',
  'share.importedUnsaved': '已加载，但未能保存在此浏览器中：{name}',
  'share.remove': '从我的场景中删除',
  'share.removed': '已从我的场景中删除：{name}',
  'share.untitled': '未命名场景',
};

export const shareBarStrings: FeatureStrings<Key> = { en, ko, 'zh-CN': zhCN };
