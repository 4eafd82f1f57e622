import { Icon, type IconProps } from './Icon';

export function PlayIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7 4.5v15l12-7.5z" fill="currentColor" />
    </Icon>
  );
}

export function PauseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="6" y="4.5" width="4" height="15" rx="1" fill="currentColor" />
      <rect x="14" y="4.5" width="4" height="15" rx="1" fill="currentColor" />
    </Icon>
  );
}

export function StepForwardIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M5 5v14l10-7z" fill="currentColor" />
      <path d="M19 5v14" />
    </Icon>
  );
}

export function StepBackIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M19 5v14L9 12z" fill="currentColor" />
      <path d="M5 5v14" />
    </Icon>
  );
}

/** A lost segment: a cross, drawn. */
export function CrossIcon(props: IconProps) {
  return (
    <Icon strokeWidth={3} {...props}>
      <path d="M6 6l12 12M18 6L6 18" />
    </Icon>
  );
}

/** A gap in time: three dots between two bars. */
export function SkipIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3 5v14M21 5v14" />
      <circle cx="8" cy="12" r="1.4" fill="currentColor" />
      <circle cx="12" cy="12" r="1.4" fill="currentColor" />
      <circle cx="16" cy="12" r="1.4" fill="currentColor" />
    </Icon>
  );
}

export function ArrowRightIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 12h15M13 6l6 6-6 6" />
    </Icon>
  );
}

export function TimerIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2.5 2.5M9 2h6" />
    </Icon>
  );
}

export function ResetIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 4v6h6" />
      <path d="M5.5 15a7.5 7.5 0 1 0 1.7-7.8L4 10" />
    </Icon>
  );
}

export function WarningIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 3l10 18H2z" />
      <path d="M12 10v5M12 18v.01" />
    </Icon>
  );
}

/** A cookie: for SYN cookies being sent. */
export function CookieIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="9" />
      <circle cx="9" cy="9" r="1" fill="currentColor" />
      <circle cx="15" cy="11" r="1" fill="currentColor" />
      <circle cx="10" cy="15" r="1" fill="currentColor" />
    </Icon>
  );
}

/** Power cut: the host has vanished. */
export function UnplugIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9 3v4M15 3v4M6 7h12v3a6 6 0 0 1-12 0zM12 16v5M3 3l18 18" />
    </Icon>
  );
}

export function CloseIcon(props: IconProps) {
  return <CrossIcon strokeWidth={2} {...props} />;
}
