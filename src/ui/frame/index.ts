export { liveTimeOf, type LiveTime } from './liveTime';
export { useLiveSource, useLiveTime } from './useLiveTime';
export { useOnScreen } from './useOnScreen';
export { useSimStoreWhile } from './useSimStoreWhile';
