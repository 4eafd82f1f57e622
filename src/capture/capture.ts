/**
 * The capture parser's entry point: push chunks, then end() for the connections. Pure and
 * framework-free, so the CLI, a worker and the tests share it.
 */
import { ConnectionTable, summarise, type Connection, type ConnectionSummary } from './connections';
import { CaptureReader, describeLinkTypes, type CaptureFormat } from './container';
import { CaptureError } from './errors';
import { linkTypeName } from './linkTypes';

export interface ParsedCapture {
  format: CaptureFormat;
  /** The link types of the file, by name (`Ethernet`, `Linux cooked capture v2`). */
  linkTypes: string;
  frames: number;
  tcpSegments: number;
  bytes: number;
  connections: Connection[];
  summaries: ConnectionSummary[];
}

export class CaptureParser {
  private readonly table = new ConnectionTable();
  private readonly reader = new CaptureReader((s) => this.table.add(s));

  push(chunk: Uint8Array): void {
    this.reader.push(chunk);
  }

  get bytesRead(): number {
    return this.reader.progress.bytesRead;
  }

  end(): ParsedCapture {
    const stats = this.reader.end();
    if (stats.tcpSegments === 0) {
      const [unsupported] = stats.unsupported.keys();
      if (unsupported !== undefined) {
        throw new CaptureError(
          'unsupported-link-type',
          `Unsupported link type ${unsupported}${linkTypeName(unsupported) ? '' : ''}: none of the capture's packets could be read.`,
          undefined,
          unsupported,
        );
      }
      throw new CaptureError(
        'no-tcp',
        `No TCP in this capture: ${stats.frames} packet${stats.frames === 1 ? '' : 's'}, none of them TCP over IPv4 or IPv6.`,
      );
    }
    return {
      format: stats.format!,
      linkTypes: describeLinkTypes(stats),
      frames: stats.frames,
      tcpSegments: stats.tcpSegments,
      bytes: stats.bytesRead,
      connections: this.table.list,
      summaries: this.table.list.map(summarise),
    };
  }
}

/** A whole file at once, read in chunks as a stream would deliver it. */
export function parseCapture(bytes: Uint8Array, chunkSize = 1 << 20): ParsedCapture {
  const parser = new CaptureParser();
  for (let i = 0; i < bytes.length; i += chunkSize) parser.push(bytes.subarray(i, i + chunkSize));
  return parser.end();
}
