/**
 * embed.html: the simulator for pages that allow no scripts of ours, in an iframe. The options are
 * in the hash, as the custom element's attributes (embed.html#scenario=lost-final-ack&lang=ko&
 * controls=minimal&origins=https://docs.example.org, or a share state: #state=v1.… or #v1.…).
 * The page itself is a <tcp-handshake-sim> (the script is loaded before this module); this module
 * only reads the hash, relays the element's events to the parent and the parent's commands to the
 * element, and reports the height so the parent can size the frame.
 */
import { shareStrings } from '../i18n/parts/share';
import { allowedOrigins, post, readCommand, type Outgoing } from './messaging';
import { ATTRIBUTES, originsOf } from './options';
import type { TcpHandshakeSimElement } from './element';

const hash = window.location.hash.replace(/^#/, '');
const params = new URLSearchParams(/^v\d+\./.test(hash) ? `state=${hash}` : hash);
const allowed = allowedOrigins(originsOf(params.get('origins')), window.location.origin);
const parent = window.parent !== window ? window.parent : null;

function send(message: Outgoing) {
  if (parent) post(parent, allowed, message);
}

const sim = document.createElement('tcp-handshake-sim') as TcpHandshakeSimElement;
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) sim.setAttribute(name, value);
}
// The frame is the simulator: it starts at once. A host page that wants it lazy gives the iframe
// itself loading="lazy".
sim.setAttribute('loading', 'eager');
// A boolean attribute: `#autoplay` (empty) or `#autoplay=true` turn it on, `=false` off.
if (params.get('autoplay') === 'false') sim.removeAttribute('autoplay');

const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const titles: Record<string, string> = {
  en: shareStrings.en['embed.title'],
  ko: shareStrings.ko['embed.title'],
  'zh-CN': shareStrings['zh-CN']['embed.title'],
};
document.title = (lang && titles[lang]) || titles.en!;

sim.addEventListener('tcpsim-ready', (e) => send({ type: 'ready', ...(e as CustomEvent).detail }));
sim.addEventListener('tcpsim-statechange', (e) =>
  send({ type: 'statechange', ...(e as CustomEvent).detail }),
);
sim.addEventListener('tcpsim-error', (e) => send({ type: 'error', ...(e as CustomEvent).detail }));

window.addEventListener('message', (event) => {
  const command = readCommand(event, allowed);
  if (!command) return;
  if (command.type === 'play') sim.play();
  else if (command.type === 'pause') sim.pause();
  else if (command.type === 'step') sim.step();
  else if (command.type === 'reset') sim.reset();
  else {
    for (const name of ['state', 'src', 'scenario'] as const) sim.removeAttribute(name);
    if (command.state) sim.setAttribute('state', command.state);
    else if (command.src) sim.setAttribute('src', command.src);
    else if (command.scenario) sim.setAttribute('scenario', command.scenario);
  }
});

let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  send({ type: 'resize', height });
}).observe(document.documentElement);

document.body.append(sim);
