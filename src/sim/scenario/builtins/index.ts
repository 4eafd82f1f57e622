/**
 * The built-in scenarios, one per situation of the operators' notes the project started from, plus
 * the RFC 793 figures. Each is a plain scenario file: the same format users write.
 */
import type { Scenario } from '../types';
import handshakeAndClose from './handshake-and-close.json';
import simultaneousOpen from './simultaneous-open.json';
import simultaneousClose from './simultaneous-close.json';
import noListener from './no-listener.json';
import firewallDrop from './firewall-drop.json';
import synFlood from './syn-flood.json';
import synFloodCookies from './syn-flood-cookies.json';
import lostFinalAck from './lost-final-ack.json';
import closeWaitLeak from './close-wait-leak.json';
import portExhaustion from './port-exhaustion.json';
import serverShutdown from './server-shutdown.json';
import killedLoadTest from './killed-load-test.json';
import clientVanishes from './client-vanishes.json';
import halfClose from './half-close.json';

export const BUILTIN_SCENARIOS = {
  'handshake-and-close': handshakeAndClose,
  'simultaneous-open': simultaneousOpen,
  'simultaneous-close': simultaneousClose,
  'no-listener': noListener,
  'firewall-drop': firewallDrop,
  'syn-flood': synFlood,
  'syn-flood-cookies': synFloodCookies,
  'lost-final-ack': lostFinalAck,
  'close-wait-leak': closeWaitLeak,
  'port-exhaustion': portExhaustion,
  'server-shutdown': serverShutdown,
  'killed-load-test': killedLoadTest,
  'client-vanishes': clientVanishes,
  'half-close': halfClose,
} as unknown as Record<BuiltinId, Scenario>;

export type BuiltinId =
  | 'handshake-and-close'
  | 'simultaneous-open'
  | 'simultaneous-close'
  | 'no-listener'
  | 'firewall-drop'
  | 'syn-flood'
  | 'syn-flood-cookies'
  | 'lost-final-ack'
  | 'close-wait-leak'
  | 'port-exhaustion'
  | 'server-shutdown'
  | 'killed-load-test'
  | 'client-vanishes'
  | 'half-close';

export const BUILTIN_IDS = Object.keys(BUILTIN_SCENARIOS) as BuiltinId[];

export function isBuiltinId(name: string): name is BuiltinId {
  return Object.hasOwn(BUILTIN_SCENARIOS, name);
}
