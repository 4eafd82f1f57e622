/**
 * One shape per kind of segment, the cue that does not depend on colour: a circle opens, a
 * diamond accepts, a tick acknowledges, lines carry data, a flag closes, an octagon resets.
 */
import { Icon, type IconProps } from './Icon';

export type SegmentKind = 'syn' | 'synack' | 'ack' | 'data' | 'fin' | 'rst';

export function SegmentGlyph({ kind, ...props }: IconProps & { kind: SegmentKind }) {
  switch (kind) {
    case 'syn':
      return (
        <Icon {...props}>
          <circle cx="12" cy="12" r="7" fill="currentColor" />
        </Icon>
      );
    case 'synack':
      return (
        <Icon {...props}>
          <path d="M12 3l9 9-9 9-9-9z" fill="currentColor" />
        </Icon>
      );
    case 'ack':
      return (
        <Icon strokeWidth={3} {...props}>
          <path d="M4 13l5 5L20 6" />
        </Icon>
      );
    case 'data':
      return (
        <Icon {...props}>
          <rect x="4" y="3" width="16" height="18" rx="2" />
          <path d="M8 8h8M8 12h8M8 16h5" />
        </Icon>
      );
    case 'fin':
      return (
        <Icon {...props}>
          <path d="M6 21V4" />
          <path d="M6 4h12l-3 4 3 4H6" fill="currentColor" />
        </Icon>
      );
    case 'rst':
      return (
        <Icon {...props}>
          <path d="M8 3h8l5 5v8l-5 5H8l-5-5V8z" fill="currentColor" />
        </Icon>
      );
  }
}
