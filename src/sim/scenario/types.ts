/**
 * The scenario format: a public contract shared by the app, share links and tests.
 * Documented in docs/scenario-format.md. Extend additively; never rename.
 */
import type { ProfileName, Settings } from '../profile';

export type ScenarioSettings = Partial<Settings>;

export interface StepBase {
  /** Seconds from the start of the run. */
  at: number;
}

export interface ListenStep extends StepBase {
  do: 'listen';
  host: string;
  port: number;
  backlog?: number;
  as?: string;
}

export interface AppStep extends StepBase {
  do: 'app';
  host: string;
  accept?: boolean;
  read?: boolean;
  closeOnEof?: boolean;
}

export interface ConnectStep extends StepBase {
  do: 'connect';
  host: string;
  /** `host:port`, the host by name or IPv4 address. */
  to: string;
  port?: number;
  as?: string;
  count?: number;
  interval?: number;
  closeAfter?: number;
}

export interface SendStep extends StepBase {
  do: 'send';
  host: string;
  socket: string;
  bytes: number;
}

export interface SocketCallStep extends StepBase {
  do: 'close' | 'shutdown' | 'abort';
  host: string;
  /** A name given by `as`, `<as>#n`, `local>remote`, or `*` for every connection socket. */
  socket: string;
}

export interface AcceptStep extends StepBase {
  do: 'accept';
  host: string;
  /** The listener's name or `ip:port`; defaults to the host's only listener. */
  socket?: string;
  count?: number;
}

export interface DropMatch {
  from?: string;
  flags?: string;
  nth?: number;
  count?: number;
  /** Only segments that carry payload. */
  data?: boolean;
  /** Exactly the segment with this id (a click on a segment in flight). */
  id?: number;
}

export interface DropStep extends StepBase {
  do: 'drop';
  match: DropMatch;
  count?: number;
}

export interface FirewallStep extends StepBase {
  do: 'firewall';
  host: string;
  port: number;
  action: 'drop' | 'reject' | 'off';
}

export interface FloodStep extends StepBase {
  do: 'flood';
  to: string;
  count: number;
  rate: number;
}

export interface VanishStep extends StepBase {
  do: 'vanish';
  host: string;
}

export interface SetStep extends StepBase {
  do: 'set';
  settings: ScenarioSettings;
}

export type Step =
  | ListenStep
  | AppStep
  | ConnectStep
  | SendStep
  | SocketCallStep
  | AcceptStep
  | DropStep
  | FirewallStep
  | FloodStep
  | VanishStep
  | SetStep;

export type StepKind = Step['do'];

export interface Scenario {
  version: 1;
  title?: string;
  description?: string;
  profile?: ProfileName;
  seed?: number;
  settings?: ScenarioSettings;
  /** Host name → IPv4 address. Two hosts; the first is drawn on the left. */
  hosts: Record<string, string>;
  steps: Step[];
  /** Stop the run at this time, seconds (default: when nothing is left to happen, at most 3600). */
  until?: number;
}
