import { useEffect, useId, useRef } from 'react';
import { useLocale, type MessageKey } from '../../i18n';
import { CloseIcon } from '../icons';

interface Shortcut {
  /** What is written on the key cap: a letter, or a key name from the dictionary. */
  keys: readonly (string | MessageKey)[];
  does: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['help.keyName.space'], does: 'help.do.play' },
  { keys: ['help.keyName.left'], does: 'help.do.back' },
  { keys: ['help.keyName.right'], does: 'help.do.forward' },
  { keys: ['P'], does: 'help.do.presenter' },
  { keys: ['L'], does: 'help.do.language' },
  { keys: ['D'], does: 'help.do.drop' },
  { keys: ['R'], does: 'help.do.reset' },
  { keys: ['F'], does: 'help.do.fullscreen' },
  { keys: ['?'], does: 'help.do.help' },
  { keys: ['help.keyName.esc'], does: 'help.do.close' },
];

/** Where focus is now, looking into a shadow root when the simulator lives in one. */
function focusedIn(node: Node): HTMLElement | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The keyboard shortcuts, in a native modal <dialog>: the browser keeps focus inside it and
 * closes it on Esc; focus then goes back to where it was.
 */
export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useLocale();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = focusedIn(dialog);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="tcpsim-help"
      aria-labelledby={titleId}
      data-testid="help-dialog"
      onClose={() => {
        onClose();
        returnTo.current?.focus();
        returnTo.current = null;
      }}
    >
      <div className="tcpsim-help__header">
        <h2 id={titleId}>{t('help.title')}</h2>
        <form method="dialog">
          <button type="submit" className="tcpsim-help__close">
            <CloseIcon />
            {t('help.close')}
          </button>
        </form>
      </div>
      <p>{t('help.intro')}</p>
      <table className="tcpsim-help__table">
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <th scope="row">
                {s.keys.map((k) => (
                  <kbd key={k}>{k.includes('.') ? t(k as MessageKey) : k}</kbd>
                ))}
              </th>
              <td>{t(s.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
