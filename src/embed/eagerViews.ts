/**
 * The embed build's stand-in for src/ui/Simulator/deferredViews.ts: the same three views, imported
 * directly. Everything is in the one script anyway; without `lazy()` the bundler can hoist these
 * modules instead of wrapping each in a deferred initialiser (about 3 KB gzip).
 */
export { LadderView } from '../ui/Simulator/LadderView';
export { NetstatView } from '../ui/Simulator/NetstatView';
export { TeachPanel } from '../ui/Teach/TeachPanel';
