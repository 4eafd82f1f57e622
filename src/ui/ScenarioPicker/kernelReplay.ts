/**
 * What `npm run kernel` found when each built-in was replayed on a real Linux kernel, as the
 * scenario card says it. The report it comes from is docs/kernel-agreement.md (generated);
 * kernelReplay.test.ts reads that report and fails when the two differ.
 */
import type { BuiltinId } from '../../sim/scenario/builtins/index';

export const KERNEL_VERSION = '6.18';

export type KernelResult = 'agree' | 'not-replayed';

export const KERNEL_REPLAY: Readonly<Record<BuiltinId, KernelResult>> = {
  'handshake-and-close': 'agree',
  'simultaneous-open': 'agree',
  'simultaneous-close': 'agree',
  'no-listener': 'agree',
  'firewall-drop': 'agree',
  'syn-flood': 'agree',
  'syn-flood-cookies': 'agree',
  'lost-final-ack': 'agree',
  'close-wait-leak': 'agree',
  'port-exhaustion': 'agree',
  'server-shutdown': 'agree',
  'killed-load-test': 'agree',
  'client-vanishes': 'agree',
  'half-close': 'agree',
};
