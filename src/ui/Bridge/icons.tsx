import { Icon, type IconProps } from '../icons';

/** A file with a pulse across it: a packet capture. */
export function CaptureIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M8 14h2l1.5-3 2 6 1.5-3H17" />
    </Icon>
  );
}

/** A magnifying glass over lines: a listing examined. */
export function DiagnoseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 6h8M4 10h5M4 14h4" />
      <circle cx="15" cy="14" r="4" />
      <path d="M18 17l3 3" />
    </Icon>
  );
}

/** A picture with an arrow leaving it: the ladder exported. */
export function ExportIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M13 4H4v16h16v-9" />
      <path d="M7 16l4-4 3 3 2-2" />
      <path d="M16 3h5v5M21 3l-7 7" />
    </Icon>
  );
}
