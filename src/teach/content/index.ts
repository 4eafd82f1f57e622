/**
 * The content modules, keyed as the app dictionary will key them. The app can spread
 * `teachStrings.en` (and later `teachStrings.ko`, `teachStrings['zh-CN']`) into its dictionary and
 * pass its own `t` to the components; without a `t` they speak the English content.
 */
import type { SendReason } from '../../sim/segment';
import { TCP_STATES, type TcpState } from '../../sim/state';
import { fill, type Params, type Translate } from '../i18n';
import { en } from './en';
import type { BulkAdvice, StateExplanation, TeachContent } from './types';

export type { TeachContent, StateExplanation, BulkAdvice } from './types';

export type StateField = Exclude<keyof StateExplanation, 'inBulk'> | `inBulk.${keyof BulkAdvice}`;

export const stateKey = (state: TcpState, field: StateField): string =>
  `teach.state.${state}.${field}`;
export const edgeKey = (id: string): string => `teach.edge.${id}`;
export const causeKey = (why: string): string => `teach.cause.${why}`;
export const sendKey = (why: SendReason | string): string => `teach.send.${why}`;

/** One flat dictionary: `teach.state.LISTEN.meaning`, `teach.edge.CLOSED-LISTEN`, `predict.title`… */
export function flattenTeachContent(c: TeachContent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const state of TCP_STATES) {
    const s = c.stateContent[state];
    out[stateKey(state, 'meaning')] = s.meaning;
    out[stateKey(state, 'side')] = s.side;
    out[stateKey(state, 'duration')] = s.duration;
    out[stateKey(state, 'spellings')] = s.spellings;
    out[stateKey(state, 'inBulk.what')] = s.inBulk.what;
    out[stateKey(state, 'inBulk.cause')] = s.inBulk.cause;
    out[stateKey(state, 'inBulk.fix')] = s.inBulk.fix;
  }
  for (const [id, text] of Object.entries(c.edgeContent)) out[edgeKey(id)] = text;
  for (const [why, text] of Object.entries(c.stateCauses)) out[causeKey(why)] = text;
  for (const [why, text] of Object.entries(c.segmentReasons)) out[sendKey(why)] = text;
  for (const [key, text] of Object.entries(c.ui)) out[key] = text;
  return out;
}

export const TEACH_CONTENT = { en } as const satisfies Record<string, TeachContent>;

export const teachStrings = { en: flattenTeachContent(en) } as const;

/** The app's translator when given, else the English content (unknown keys come back as is). */
export function teachT(t?: Translate): Translate {
  if (t) return t;
  const dict = teachStrings.en;
  return (key: string, params?: Params) => fill(dict[key] ?? key, params);
}
