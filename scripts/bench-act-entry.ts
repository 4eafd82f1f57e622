/** What the action benchmark bundles: the page's store and the worker's handler, as the app has them. */
export { createSimStore } from '../src/store/createSimStore';
export { createSimHost } from '../src/worker/simHost';
export { BUILTIN_SCENARIOS } from '../src/sim/scenario/builtins';
