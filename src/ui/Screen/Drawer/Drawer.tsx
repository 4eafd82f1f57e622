import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocale } from '../../../i18n';
import './Drawer.css';

export interface DrawerTab {
  id: string;
  label: string;
  /** Rendered on first opening and kept afterwards (hidden), so a view keeps its state. */
  render(): ReactNode;
}

/**
 * What is one click away: the scenario card, the actions, the state diagram, netstat. Tabs in
 * the WAI-ARIA pattern (arrows, Home, End move between them); a panel is mounted when first
 * opened and then only hidden, so a picked socket, a scroll position or a typed value survive.
 */
export function Drawer({
  tabs,
  open,
  onOpen,
}: {
  tabs: readonly DrawerTab[];
  /** The open tab's id (the simulator opens one itself, e.g. the diagram when a socket is followed). */
  open: string;
  onOpen(id: string): void;
}) {
  const { t } = useLocale();
  const base = useId();
  // Tabs opened once stay mounted; the open one is always among them.
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set([open]));
  if (!seen.has(open)) setSeen(new Set([...seen, open]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const choose = (id: string) => onOpen(id);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    // The simulator's root hears the arrows too (stepping): a tab list keeps them.
    e.stopPropagation();
    const next = (to + tabs.length) % tabs.length;
    choose(tabs[next]!.id);
    buttons.current[next]?.focus();
  };

  return (
    <section className="tcpsim-drawer tcpsim-panel" aria-label={t('screen.more')}>
      <div className="tcpsim-drawer__tabs" role="tablist" aria-label={t('screen.more')}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === open}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === open ? 0 : -1}
            className="tcpsim-drawer__tab"
            onClick={() => choose(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          className="tcpsim-drawer__panel"
          // A panel scrolls inside the drawer: focusable, so the keyboard scrolls it too.
          tabIndex={0}
          hidden={tab.id !== open}
          data-tab={tab.id}
        >
          {seen.has(tab.id) && tab.render()}
        </div>
      ))}
    </section>
  );
}
