/**
 * Texts of the one-screen layout (src/ui/Screen): the regions' names, the tabs that hold what is
 * one click away, and the explanation of the current moment. Each language file spreads its set;
 * the Korean and Chinese sets are files of their own, loaded with their language only.
 */
const en = {
  'screen.moment': 'What just happened',
  'screen.moment.nothing':
    'Nothing has happened yet. Press Next event (or the right arrow) to watch the first segment leave.',
  'screen.moment.latest': 'The latest segment, at {time} s',
  'screen.moment.pinned': 'The segment you picked',
  'screen.more': 'More views',
  'screen.tab.scenario': 'This scenario',
  'screen.tab.actions': 'Do something',
  'screen.tab.diagram': 'State diagram',
  'screen.tab.netstat': 'netstat / ss',
} as const;

export type ScreenKey = keyof typeof en;

export const screenStrings = { en } as const;
