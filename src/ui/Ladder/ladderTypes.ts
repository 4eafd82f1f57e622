/** What buildLadder returns: times and counts, no pixels. */
import type { TcpState } from '../../sim/state';
import type { DropReason, SendEvent } from '../../sim/trace';
import type { HostLane, Lane, SegKind } from './ladderIndex';

export interface LadderArrow {
  id: number;
  kind: SegKind;
  from: Lane;
  to: Lane;
  tSend: number;
  /** When it was delivered or dropped; estimated from the link delay while still unknown. */
  tEnd: number;
  end: 'deliver' | 'drop' | 'pending';
  /** How far toward `to` it gets: 1 when it arrives, 0.5 when lost mid-wire. */
  reach: number;
  /** The share of its flight shown at the playback time (1 once it has landed). */
  progress: number;
  dropReason: DropReason | null;
  retransmitOf: number | null;
  spoofed: boolean;
  /** `<SEQ=100><ACK=301><CTL=SYN,ACK>` */
  label: string;
  send: SendEvent;
}

export interface LadderBand {
  key: string;
  from: Lane;
  to: Lane;
  /** 'mixed' when the window is so dense that kinds share a band. */
  kind: SegKind | 'mixed';
  /** The flags of the members when they all have the same, else ''. */
  flags: string;
  /** First and last send time of the members. */
  t0: number;
  t1: number;
  /** The longest flight of a member, and how far the members get (see LadderArrow.reach). */
  duration: number;
  reach: number;
  count: number;
  dropped: number;
  /** Why the dropped members died, when they all died the same way. */
  dropReason: DropReason | null;
  spoofed: number;
}

export interface LadderStateLabel {
  t: number;
  lane: HostLane;
  from: TcpState;
  state: TcpState;
  socket: string;
  name?: string;
}

export interface LadderStateBand {
  t0: number;
  t1: number;
  lane: HostLane;
  total: number;
  /** The most frequent new state in the bucket and its count. */
  state: TcpState;
  count: number;
}

export interface LadderOptions {
  from: number;
  to: number;
  /** The playback time: nothing after it is drawn. */
  time?: number;
  /** Kept as its own arrow even when its neighbours are grouped. */
  selected?: number | null;
  maxArrows?: number;
  maxBands?: number;
  /** State labels per lifeline. */
  maxStates?: number;
}

export interface LadderModel {
  arrows: LadderArrow[];
  bands: LadderBand[];
  states: LadderStateLabel[];
  stateBands: LadderStateBand[];
  /** Whether the "other hosts" lanes are used anywhere in the trace (stable layout). */
  outLeft: boolean;
  outRight: boolean;
  /** The one-way delay seen first, seconds (null before any delivery). */
  delay: number | null;
}
