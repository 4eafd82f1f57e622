/**
 * The example page's own script: it lists the first simulator's events and sizes the iframe from
 * the frame's `resize` messages (accepted only from the frame itself, on this page's origin).
 */
const list = document.getElementById('first-events');
const first = document.getElementById('first');

function log(text: string) {
  const item = document.createElement('li');
  item.textContent = text;
  list?.append(item);
}

first?.addEventListener('tcpsim-ready', (e) => {
  const { scenario } = (e as CustomEvent<{ scenario: string }>).detail;
  log(`ready: ${scenario}`);
});
first?.addEventListener('tcpsim-statechange', (e) => {
  const d = (e as CustomEvent<{ host: string; from: string; to: string; t: number }>).detail;
  log(`${d.t.toFixed(3)} s ${d.host}: ${d.from} to ${d.to}`);
});
first?.addEventListener('tcpsim-error', (e) => {
  log(`error: ${(e as CustomEvent<{ message: string }>).detail.message}`);
});

const frame = document.getElementById('third') as HTMLIFrameElement | null;
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.source !== frame?.contentWindow) return;
  const data = event.data as { source?: string; type?: string; height?: number };
  if (data.source !== 'tcp-handshake-sim') return;
  if (data.type === 'resize' && typeof data.height === 'number' && frame) {
    frame.style.height = `${data.height}px`;
  }
});
