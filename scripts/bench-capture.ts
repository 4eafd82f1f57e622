/**
 * How fast and in how much memory a large capture is read: builds a ~100 MB pcap from the real
 * handshake-and-close fixture (each copy a new connection: another client port, later times) and
 * feeds it to the parser in 1 MB chunks, as the app's worker does. Prints figures; asserts nothing.
 *   npx tsx scripts/bench-capture.ts [MB]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaptureParser } from '../src/capture/capture';

const targetMb = Number(process.argv[2] ?? 100);
const fixture = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../src/capture/fixtures/handshake-close.pcap')),
);
const header = fixture.subarray(0, 24);
const records = fixture.subarray(24);
const copies = Math.ceil((targetMb * 1024 * 1024) / records.length);
const file = new Uint8Array(24 + copies * records.length);
file.set(header);
const view = new DataView(file.buffer);
for (let i = 0; i < copies; i++) {
  const at = 24 + i * records.length;
  file.set(records, at);
  // Shift each copy by i ms and give it its own client port (Ethernet + 20-byte IPv4 header).
  for (let r = at; r < at + records.length;) {
    const incl = view.getUint32(r + 8, true);
    view.setUint32(r, view.getUint32(r, true) + Math.floor(i / 1000), true);
    const tcp = r + 16 + 14 + 20;
    const port = 20000 + (i % 40000);
    const fromClient = view.getUint16(tcp + 2) === 9000;
    view.setUint16(fromClient ? tcp : tcp + 2, port);
    r += 16 + incl;
  }
}
const gcHeap = () => process.memoryUsage().heapUsed / 1024 / 1024;
const before = gcHeap();
const t0 = performance.now();
const parser = new CaptureParser();
const CHUNK = 1 << 20;
let maxChunkMs = 0;
for (let i = 0; i < file.length; i += CHUNK) {
  const c0 = performance.now();
  parser.push(file.slice(i, i + CHUNK));
  maxChunkMs = Math.max(maxChunkMs, performance.now() - c0);
}
const parsed = parser.end();
const ms = performance.now() - t0;
const mb = file.length / 1024 / 1024;
console.log(`capture parse benchmark (Node ${process.version}, one core)`);
console.log(
  `${mb.toFixed(1)} MB, ${parsed.frames.toLocaleString('en')} packets, ${parsed.connections.length.toLocaleString('en')} connections`,
);
console.log(
  `${ms.toFixed(0)} ms total, ${(mb / (ms / 1000)).toFixed(1)} MB/s, slowest 1 MB chunk ${maxChunkMs.toFixed(1)} ms`,
);
console.log(`heap grew by ${(gcHeap() - before).toFixed(0)} MB (the segments kept for the ladder)`);
