export { Icon, type IconProps } from './Icon';
export * from './icons';
export { SegmentGlyph, type SegmentKind } from './segmentGlyphs';
