export {
  createSimStore,
  DEFAULT_BUILTIN,
  type SimStore,
  type SimStoreOptions,
  type SimStoreState,
  type StepInput,
  type StoreMessage,
} from './createSimStore';
export { SimStoreProvider, useSimStore, useSimStoreApi } from './SimStoreProvider';
export { SPEEDS, DEFAULT_SPEED, DROP_LINGER, type SkippedInterval } from './playbackRules';
export { playbackStop } from './playbackStop';
export { segmentProgress, type SegmentLife, type StateCounts, type TraceIndex } from './traceIndex';
export {
  actionableSockets,
  freshSocketName,
  hostView,
  listenerOf,
  servicePort,
  settingAt,
  socketRef,
} from './selectors';
export { hostRows, type HostRows } from './netstatRows';
export {
  diagramSocket,
  diagramView,
  teachSockets,
  type DiagramView,
  type PredictState,
  type SocketInfo,
  type SocketRef,
  type TeachSelection,
  type WirePress,
} from './teachSlice';
