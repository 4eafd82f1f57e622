import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { languageName, LOCALES, useLocale, type MessageKey, type MessageParams } from '../../i18n';
import type { SimStore } from '../../store';
import { segmentToDrop } from './dropNext';
import { useFullscreen, type Fullscreen } from './useFullscreen';

export interface PresenterStatus {
  key: MessageKey;
  params?: MessageParams;
}

export interface Presenter {
  /** The simulator's root: where the keys are heard and what goes full screen. */
  rootRef: RefObject<HTMLElement | null>;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
  fullscreen: Fullscreen;
  /** What the last key did, for the polite status line (a drop, a language). */
  status: PresenterStatus | null;
}

/**
 * Presenter mode hides most panels: if focus was in one, the browser drops it to the page, where
 * the simulator no longer hears its keys. Bring it back to the simulator's root.
 */
function keepFocusIn(root: HTMLElement | null): void {
  setTimeout(() => {
    if (!root) return;
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    const visible = active instanceof HTMLElement && active.checkVisibility?.() !== false;
    if (!(active instanceof HTMLElement) || !root.contains(active) || !visible) root.focus();
  }, 0);
}

/** Typing, picking from a list, or inside the help dialog: letters are not commands there. */
function keysBelongTo(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog')) return true;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return type !== 'range' && type !== 'radio' && type !== 'checkbox';
  }
  return false;
}

/**
 * The teacher's keys, heard on the simulator's root only (so two simulators on a page do not
 * both answer): P presenter mode, ? this help, L next language, D drop the next segment,
 * R reset, F full screen — after the playback keys (Space, the arrows) of `playbackKeys`.
 */
export function usePresenter(
  store: SimStore,
  playbackKeys: (e: KeyboardEvent<HTMLElement>) => void,
): Presenter {
  const rootRef = useRef<HTMLElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [status, setStatus] = useState<PresenterStatus | null>(null);
  const fullscreen = useFullscreen(rootRef);
  const { locale, setLocale } = useLocale();
  const toggleFullscreen = fullscreen.toggle;

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      // The help dialog answers its own keys (Esc closes it); nothing else may act behind it.
      if (e.target instanceof HTMLElement && e.target.closest('dialog')) return;
      playbackKeys(e);
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (keysBelongTo(e.target)) return;
      const s = store.getState();
      switch (e.key) {
        case '?':
          setHelpOpen(true);
          break;
        case 'p':
        case 'P':
          s.togglePresenter();
          keepFocusIn(rootRef.current);
          break;
        case 'l':
        case 'L': {
          const next = LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length] ?? locale;
          setLocale(next);
          setStatus({
            key: 'learn.language',
            params: { name: languageName(next) },
          });
          break;
        }
        case 'd':
        case 'D': {
          const id = segmentToDrop(s);
          if (id !== null && s.dropSegment(id)) setStatus({ key: 'learn.dropped', params: { id } });
          else setStatus({ key: 'learn.nothingToDrop' });
          break;
        }
        case 'r':
        case 'R':
          s.reset();
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    [store, playbackKeys, locale, setLocale, toggleFullscreen],
  );

  return { rootRef, onKeyDown, helpOpen, setHelpOpen, fullscreen, status };
}
