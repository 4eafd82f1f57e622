/**
 * The heaviest views, below the fold: the app's page loads them after the instrument itself is
 * up. The embed build swaps this module for src/embed/eagerViews.ts (vite.embed.config.ts): a
 * single classic script has nothing to split into, and the lazy wrappers only add weight there.
 */
import { lazy } from 'react';

export const LadderView = lazy(() =>
  import('./LadderView').then((m) => ({ default: m.LadderView })),
);
export const NetstatView = lazy(() =>
  import('./NetstatView').then((m) => ({ default: m.NetstatView })),
);
export const TeachPanel = lazy(() =>
  import('../Teach/TeachPanel').then((m) => ({ default: m.TeachPanel })),
);
