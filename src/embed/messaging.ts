/**
 * The iframe's postMessage protocol (embed.html). In: play, pause, step, reset, load. Out: ready,
 * statechange, error, resize. Every message carries `source: 'tcp-handshake-sim'`.
 *
 * Incoming messages count only from an origin on the allow-list given in the hash
 * (`origins=https://docs.example.org`), or from the page's own origin when no list is given;
 * others are ignored. Outgoing messages go to those same origins only: never to `*`.
 */
import type { StateChangeDetail } from './element';

export const MESSAGE_SOURCE = 'tcp-handshake-sim';

export type Command =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset' }
  | { type: 'load'; scenario?: string; state?: string; src?: string };

export type Outgoing =
  | { type: 'ready'; scenario: string; builtin: string | null; duration: number }
  | ({ type: 'statechange' } & StateChangeDetail)
  | { type: 'error'; code: string; message: string }
  | { type: 'resize'; height: number };

/** The origins that may talk to this frame and hear from it. */
export function allowedOrigins(listed: readonly string[], own: string): readonly string[] {
  return listed.length > 0 ? listed : [own];
}

function optionalString(value: unknown): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value.length <= 200_000);
}

/** A command from an allowed origin, or null (anything else is ignored, silently). */
export function readCommand(
  event: { origin: string; data: unknown },
  allowed: readonly string[],
): Command | null {
  if (!allowed.includes(event.origin)) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const { type, scenario, state, src } = data as Record<string, unknown>;
  switch (type) {
    case 'play':
    case 'pause':
    case 'step':
    case 'reset':
      return { type };
    case 'load': {
      if (!optionalString(scenario) || !optionalString(state) || !optionalString(src)) return null;
      if (scenario === undefined && state === undefined && src === undefined) return null;
      const command: Command = { type: 'load' };
      if (scenario !== undefined) command.scenario = scenario;
      if (state !== undefined) command.state = state;
      if (src !== undefined) command.src = src;
      return command;
    }
    default:
      return null;
  }
}

export function post(
  target: { postMessage(message: unknown, targetOrigin: string): void },
  allowed: readonly string[],
  message: Outgoing,
): void {
  for (const origin of allowed) target.postMessage({ source: MESSAGE_SOURCE, ...message }, origin);
}
