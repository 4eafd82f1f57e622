export { liveTimeOf, type Glide, type LiveClock, type LiveTime } from './liveTime';
export { glideStyle, stopGlide } from './glide';
export { useLiveSource, useLiveTime } from './useLiveTime';
export { useOnScreen } from './useOnScreen';
export { useSimStoreWhile } from './useSimStoreWhile';
export { useReducedMotion } from './useReducedMotion';
