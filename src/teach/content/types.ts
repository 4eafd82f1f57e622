/**
 * The shape of a teaching-content module. `en.ts` is the first; `ko.ts` and `zh-CN.ts` will follow
 * with the same shape, and content.test.ts fails while any module in this folder misses a key,
 * leaves one empty, or drops a `{placeholder}` the English text has.
 *
 * To add a language: create `<lang>.ts` here exporting its content
 * (`export const ko: TeachContent = { stateContent, edgeContent, stateCauses, segmentReasons, ui }`),
 * then add its loader to TEACH_LOADERS in languageLoaders.ts and its line to
 * src/embed/languagesPack.ts (the element's script of languages).
 */
import type { SendReason } from '../../sim/segment';
import type { TcpState } from '../../sim/state';
import type { StateCause } from '../../sim/trace';
import type { TransitionId } from '../transitions';

/** What many sockets in one state mean to an operator. */
export interface BulkAdvice {
  /** What the pile-up is a sign of. */
  what: string;
  /** Why it happens. */
  cause: string;
  /** What to do about it. */
  fix: string;
}

export interface StateExplanation {
  /** What the state means, in a sentence or two. */
  meaning: string;
  /** Which side of a connection sees it (the closer, the other side, the server, both). */
  side: string;
  /** How long it normally lasts, with Linux's numbers. */
  duration: string;
  inBulk: BulkAdvice;
  /** How systems spell it, in words (the table itself is data: ../spellings.ts). */
  spellings: string;
}

/** Every StateCause of src/sim/trace.ts, at run time (the type check keeps it complete). */
export const STATE_CAUSES = [
  'listen',
  'connect',
  'rcv-syn',
  'rcv-synack',
  'rcv-ack',
  'rcv-ack-of-fin',
  'rcv-fin',
  'rcv-fin-ack',
  'rcv-rst',
  'close',
  'shutdown',
  'abort',
  'unread-data',
  'timewait-timeout',
  'finwait2-timeout',
  'retries-exhausted',
  'synack-retries-exhausted',
  'syncookie',
  'timewait-reuse',
  'listener-closed',
  'data-after-close',
  'accept-overflow',
] as const satisfies readonly StateCause[];

/** Every SendReason of src/sim/segment.ts, at run time. */
export const SEND_REASONS = [
  'connect',
  'syn-received',
  'handshake-ack',
  'simultaneous-open',
  'data',
  'ack-data',
  'ack-fin',
  'close',
  'close-with-ack',
  'shutdown',
  'retransmit',
  'syncookie',
  'rst-no-listener',
  'rst-bad-ack',
  'rst-abort',
  'rst-unread-data',
  'rst-data-after-close',
  'rst-accept-overflow',
  'rst-listener-closed',
  'rst-firewall',
  'rst-embryonic',
  'challenge-ack',
  'dup-ack',
  'timewait-ack',
  'flood',
] as const satisfies readonly SendReason[];

// Fails to compile when the core grows a cause or a reason these lists do not name.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const causesComplete: Missing<StateCause, (typeof STATE_CAUSES)[number]> = true;
const reasonsComplete: Missing<SendReason, (typeof SEND_REASONS)[number]> = true;
export const LISTS_COMPLETE = causesComplete && reasonsComplete;

/** The interface texts of the diagram, the explanation panel and the question card. */
export const UI_KEYS = [
  'diagram.title',
  'diagram.description',
  'diagram.state.closedEnd',
  'diagram.state.current',
  'diagram.state.visited',
  'diagram.edge.name',
  'diagram.edge.taken',
  'diagram.edge.last',
  'diagram.seconds',
  'diagram.showResets',
  'diagram.caption.last',
  'diagram.caption.undrawn',
  'diagram.caption.start',
  'diagram.caption.none',
  'diagram.legend.title',
  'diagram.legend.current',
  'diagram.legend.path',
  'diagram.legend.last',
  'diagram.legend.note',
  'diagram.legend.abort',
  'explain.empty',
  'explain.meaning',
  'explain.side',
  'explain.duration',
  'explain.inBulk',
  'explain.bulk.what',
  'explain.bulk.cause',
  'explain.bulk.fix',
  'explain.spellings',
  'explain.spellings.system',
  'explain.spellings.name',
  'explain.system.rfc',
  'explain.system.linuxNetstat',
  'explain.system.linuxSs',
  'explain.system.windows',
  'explain.system.bsd',
  'explain.system.solaris',
  'explain.edge.title',
  'explain.edge.label',
  'explain.edge.why',
  'explain.edge.source',
  'explain.edge.kind.figure',
  'explain.edge.kind.note',
  'explain.edge.kind.extra',
  'explain.edge.kind.abort',
  'explain.edge.taken',
  'explain.edge.takenAt',
  'explain.edge.notTaken',
  'predict.title',
  'predict.score',
  'predict.scoreLabel',
  'predict.streak',
  'predict.kind.state',
  'predict.kind.reply',
  'predict.kind.numbers',
  'predict.prompt.state',
  'predict.prompt.stateNew',
  'predict.prompt.reply',
  'predict.prompt.numbers',
  'predict.choices',
  'predict.choice.state',
  'predict.choice.stays',
  'predict.choice.noState',
  'predict.choice.flags',
  'predict.choice.nothing',
  'predict.choice.seqAck',
  'predict.choice.seq',
  'predict.answer',
  'predict.reveal',
  'predict.next',
  'predict.correct',
  'predict.wrong',
  'predict.revealed',
  'predict.yourAnswer',
  'predict.rightAnswer',
  'predict.what',
  'predict.why',
  'predict.outcome.state',
  'predict.outcome.stays',
  'predict.outcome.reply',
  'predict.outcome.noReply',
  'predict.outcome.numbers',
  'predict.outcome.numbersSeq',
  'predict.explain.noChange',
  'predict.explain.noReplyRst',
  'predict.explain.noReplyAck',
  'predict.explain.noReplyOther',
  'predict.explain.numbers',
  'predict.explain.numbersIsn',
  'predict.explain.numbersRepeat',
  'predict.explain.rstSeq',
  'predict.explain.rstAck',
  'predict.none',
] as const;

export type UiKey = (typeof UI_KEYS)[number];

export interface TeachContent {
  stateContent: Record<TcpState, StateExplanation>;
  /** Why each transition of ../transitions.ts happens, one or two sentences. */
  edgeContent: Record<TransitionId, string>;
  /** Why a socket changed state, for each StateCause of the trace. */
  stateCauses: Record<StateCause, string>;
  /** "Sent because …", for each SendReason of a segment. */
  segmentReasons: Record<SendReason, string>;
  ui: Record<UiKey, string>;
}
