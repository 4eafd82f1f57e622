import type { ReactNode } from 'react';
import './TopBar.css';

/**
 * One compact row above the instrument: the page's title, the scenario and profile, and the
 * page's own tools (sharing, saving, the language), wrapping only when the window is narrow.
 */
export function TopBar({ children }: { children: ReactNode }) {
  return <div className="tcpsim-topbar">{children}</div>;
}
