/**
 * Loads a classic script that sits next to the element's own (the worker file, the languages
 * file) onto the page, and reads the global it defines when it runs. A same-origin or
 * already-trusted file is what a strict CSP allows wherever the element's own script runs.
 */
export function loadSiblingScript<T>(url: string | null, global: string, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const read = () => (globalThis as Record<string, unknown>)[global] as T | undefined;
    const ready = read();
    if (ready) return resolve(ready);
    if (!url) return reject(new Error('the simulator script URL is unknown'));
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => {
      const value = read();
      if (value) resolve(value);
      else reject(new Error(`${url} did not define ${what}`));
    };
    script.onerror = () => reject(new Error(`${url} could not be loaded`));
    document.head.append(script);
  });
}
