/**
 * Texts of sharing, saving, importing and embedding, keyed as the app dictionary keys them: each
 * language file spreads its set (`...shareStrings.en` in en.ts); a part of the dictionary, so that
 * src/i18n imports nothing from the UI. The same `{params}` everywhere.
 */
const en = {
  'share.savedGroup': 'Your scenarios',

  'problem.dismiss': 'Dismiss',
  'problem.more': 'and {count} more',
  'problem.link': 'This link cannot be opened, so the default scenario is shown instead.',
  'problem.link.empty': 'The link holds nothing after its # sign.',
  'problem.link.too-long': 'The link is {chars} characters long: far too long to be a share link.',
  'problem.link.unknown-version':
    'The link is in a format this version does not know ("{version}"); share links start with "v1.".',
  'problem.link.not-base64':
    'The link contains characters a share link never has: it was probably cut short or edited.',
  'problem.link.corrupt': 'The data in the link is damaged or cut short: it does not unpack.',
  'problem.link.unsupported':
    'This browser cannot unpack share links (it has no DecompressionStream for deflate-raw): open the link in a current browser.',
  'problem.link.too-large':
    'The data in the link unpacks to more than 2 MB: no share link is that large.',
  'problem.link.not-json': 'The data in the link unpacks, but it is not JSON.',
  'problem.link.bad-shape': 'The data in the link is not a simulator state ({detail}).',
  'problem.link.unknown-builtin':
    'The link names a built-in scenario that does not exist: "{id}". The built-in scenarios are: {list}.',
  'problem.link.invalid-scenario': 'The scenario in the link is not valid:',
  'problem.import': 'This scenario was not loaded; nothing you had was changed.',
  'problem.import.invalid': '{source} is not a valid scenario:',
  'problem.import.read': '{source} could not be read: {reason}',
  'problem.import.size': 'it holds {size} bytes, and a scenario is at most 2 MB',
  'problem.import.pasted': 'The pasted text',
  'problem.saved': 'One of your saved scenarios could not be used.',
  'problem.saved.unreadable':
    'The list of your saved scenarios is damaged. It was kept aside (under "{key}" in this browser\'s storage) and the list starts empty.',
  'problem.saved.invalid':
    'The saved scenario "{name}" is damaged or from an older version. It was kept aside (under "{key}" in this browser\'s storage):',
  'problem.saved.unreadable-kept':
    "The list of your saved scenarios is damaged, and this browser's storage is too full to copy it aside, so it was left as it is: nothing was deleted. Free some space for this site and reload to have it kept aside.",
  'problem.saved.invalid-kept':
    'The saved scenario "{name}" is damaged or from an older version. This browser\'s storage is too full to copy it aside, so it stays in the list, unused: nothing was deleted.',
  'problem.saved.unavailable':
    'This browser does not let the page keep data, so imported scenarios last only until the page is closed.',
  'problem.saved.full':
    "The scenario was loaded but could not be saved: this browser's storage for the page is full.",
  'problem.embed': 'The simulator could not show what this page asked for.',
  'problem.embed.unknown-scenario':
    'There is no built-in scenario called "{name}", so the default scenario is shown.',
  'problem.embed.cross-origin':
    "The scenario at {src} is on another site; only scenarios from this page's own site can be loaded.",
  'problem.embed.fetch': 'The scenario at {src} could not be loaded: {reason}.',
  'problem.embed.invalid': 'The scenario at {src} is not valid:',

  'embed.title': 'TCP connection simulator',
} as const;

export type ShareKey = keyof typeof en;
type ShareDictionary = { readonly [K in ShareKey]: string };

const ko: ShareDictionary = {
  'share.savedGroup': '내 시나리오',

  'problem.dismiss': '닫기',
  'problem.more': '외 {count}건',
  'problem.link': '이 링크를 열 수 없어 기본 시나리오를 대신 보여 줍니다.',
  'problem.link.empty': '링크의 # 기호 뒤에 아무것도 없습니다.',
  'problem.link.too-long': '링크 길이가 {chars}자입니다. 공유 링크라고 하기에는 너무 깁니다.',
  'problem.link.unknown-version':
    '이 버전이 모르는 형식의 링크입니다("{version}"). 공유 링크는 "v1."로 시작합니다.',
  'problem.link.not-base64':
    '공유 링크에는 없는 문자가 들어 있습니다. 링크가 잘렸거나 수정된 것 같습니다.',
  'problem.link.corrupt': '링크 속 데이터가 손상되었거나 잘려서 풀 수 없습니다.',
  'problem.link.unsupported':
    '이 브라우저는 공유 링크를 풀 수 없습니다(deflate-raw용 DecompressionStream이 없습니다). 최신 브라우저에서 링크를 여세요.',
  'problem.link.too-large':
    '링크 속 데이터를 풀면 2 MB가 넘습니다. 그렇게 큰 공유 링크는 없습니다.',
  'problem.link.not-json': '링크 속 데이터는 풀리지만 JSON이 아닙니다.',
  'problem.link.bad-shape': '링크 속 데이터가 시뮬레이터 상태가 아닙니다({detail}).',
  'problem.link.unknown-builtin':
    '링크가 없는 내장 시나리오를 가리킵니다: "{id}". 내장 시나리오는 다음과 같습니다: {list}.',
  'problem.link.invalid-scenario': '링크 속 시나리오가 올바르지 않습니다:',
  'problem.import': '이 시나리오를 불러오지 않았습니다. 기존 내용은 그대로입니다.',
  'problem.import.invalid': '{source}의 내용이 올바른 시나리오가 아닙니다:',
  'problem.import.read': '{source}의 내용을 읽을 수 없습니다: {reason}',
  'problem.import.size': '크기가 {size}바이트인데, 시나리오는 최대 2 MB입니다',
  'problem.import.pasted': '붙여 넣은 텍스트',
  'problem.saved': '저장한 시나리오 중 하나를 쓸 수 없습니다.',
  'problem.saved.unreadable':
    '저장한 시나리오 목록이 손상되었습니다. 이 브라우저 저장소의 "{key}"에 따로 보관하고 빈 목록으로 시작합니다.',
  'problem.saved.invalid':
    '저장한 시나리오 "{name}" 항목이 손상되었거나 이전 버전의 것입니다. 이 브라우저 저장소의 "{key}"에 따로 보관했습니다:',
  'problem.saved.unreadable-kept':
    '저장한 시나리오 목록이 손상되었지만 브라우저 저장 공간이 가득 차서 따로 보관할 수 없었습니다. 그래서 목록을 그대로 두었고, 아무것도 지우지 않았습니다. 이 사이트의 저장 공간을 비운 뒤 다시 불러오면 따로 보관합니다.',
  'problem.saved.invalid-kept':
    '저장한 시나리오 "{name}" 항목이 손상되었거나 이전 버전의 것입니다. 브라우저 저장 공간이 가득 차서 따로 보관할 수 없어 목록에 쓰지 않은 채 그대로 두었습니다. 아무것도 지우지 않았습니다.',
  'problem.saved.unavailable':
    '이 브라우저는 페이지가 데이터를 보관하지 못하게 합니다. 가져온 시나리오는 페이지를 닫을 때까지만 남습니다.',
  'problem.saved.full':
    '시나리오를 불러왔지만 저장하지 못했습니다. 이 페이지의 브라우저 저장 공간이 가득 찼습니다.',
  'problem.embed': '이 페이지가 요청한 내용을 시뮬레이터가 보여 줄 수 없습니다.',
  'problem.embed.unknown-scenario':
    '"{name}" 이름의 내장 시나리오가 없어 기본 시나리오를 보여 줍니다.',
  'problem.embed.cross-origin':
    '{src}의 시나리오는 다른 사이트에 있습니다. 이 페이지와 같은 사이트의 시나리오만 불러올 수 있습니다.',
  'problem.embed.fetch': '{src}의 시나리오를 불러올 수 없습니다: {reason}.',
  'problem.embed.invalid': '{src}의 시나리오가 올바르지 않습니다:',

  'embed.title': 'TCP 연결 시뮬레이터',
};

const zhCN: ShareDictionary = {
  'share.savedGroup': '我的场景',

  'problem.dismiss': '关闭',
  'problem.more': '另有 {count} 项',
  'problem.link': '无法打开此链接，因此改为显示默认场景。',
  'problem.link.empty': '链接的 # 号后面没有任何内容。',
  'problem.link.too-long': '链接长达 {chars} 个字符，远超分享链接应有的长度。',
  'problem.link.unknown-version': '此版本不认识这种链接格式（“{version}”）；分享链接以“v1.”开头。',
  'problem.link.not-base64': '链接中含有分享链接不会出现的字符：它很可能被截断或改动过。',
  'problem.link.corrupt': '链接中的数据已损坏或被截断，无法解压。',
  'problem.link.unsupported':
    '此浏览器无法解压分享链接（不支持 deflate-raw 格式的 DecompressionStream），请在新版浏览器中打开该链接。',
  'problem.link.too-large': '链接中的数据解压后超过 2 MB，不可能是分享链接。',
  'problem.link.not-json': '链接中的数据可以解压，但不是 JSON。',
  'problem.link.bad-shape': '链接中的数据不是模拟器状态（{detail}）。',
  'problem.link.unknown-builtin': '链接指向一个不存在的内置场景：“{id}”。内置场景有：{list}。',
  'problem.link.invalid-scenario': '链接中的场景无效：',
  'problem.import': '未加载此场景；您原有的内容没有任何改变。',
  'problem.import.invalid': '{source} 不是有效的场景：',
  'problem.import.read': '无法读取 {source}：{reason}',
  'problem.import.size': '它有 {size} 字节，而场景最多 2 MB',
  'problem.import.pasted': '粘贴的文本',
  'problem.saved': '您保存的某个场景无法使用。',
  'problem.saved.unreadable':
    '已保存场景的列表已损坏。它已被单独保留（在此浏览器存储的“{key}”下），列表从空开始。',
  'problem.saved.invalid':
    '已保存的场景“{name}”已损坏或来自旧版本。它已被单独保留（在此浏览器存储的“{key}”下）：',
  'problem.saved.unreadable-kept':
    '已保存场景的列表已损坏，但此浏览器的存储空间已满，无法单独保留它，因此原样保留，没有删除任何内容。请为本网站腾出一些空间后重新加载，以便将其单独保留。',
  'problem.saved.invalid-kept':
    '已保存的场景“{name}”已损坏或来自旧版本。此浏览器的存储空间已满，无法单独保留它，因此它留在列表中但不被使用，没有删除任何内容。',
  'problem.saved.unavailable': '此浏览器不允许页面保存数据，导入的场景只保留到页面关闭为止。',
  'problem.saved.full': '场景已加载，但无法保存：此页面的浏览器存储空间已满。',
  'problem.embed': '模拟器无法显示此页面请求的内容。',
  'problem.embed.unknown-scenario': '没有名为“{name}”的内置场景，因此显示默认场景。',
  'problem.embed.cross-origin': '{src} 上的场景来自其他网站；只能加载与本页面同一网站的场景。',
  'problem.embed.fetch': '无法加载 {src} 上的场景：{reason}。',
  'problem.embed.invalid': '{src} 上的场景无效：',

  'embed.title': 'TCP 连接模拟器',
};

export const shareStrings = { en, ko, 'zh-CN': zhCN } as const;
