/**
 * Preact's React-compatible layer, as both builds ship it (scripts/vite/lightRuntime.ts aliases
 * `react` and `react-dom` here), with one difference from React mended: Preact writes a prop it
 * does not find as a property as an attribute of the same spelling, and on an SVG element
 * (case-sensitive attributes) `tabIndex` then lands as an unknown `tabIndex` attribute, so the
 * ladder's arrows and the state diagram's transitions could not be reached from the keyboard.
 * React writes `tabindex`; so does this, for every element (HTML's attribute is the same).
 *
 * JavaScript, not TypeScript: Preact's compat types are an `export =` namespace, which TypeScript
 * will not re-export with `export *`; the module itself is plain ESM.
 */
import { options } from 'preact';

const previous = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previous?.(vnode);
};

export * from 'preact/compat';
export { default } from 'preact/compat';
