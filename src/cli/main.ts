/** Entry point of the command (`tcp-handshake-sim`, `npm run sim`): see run.ts. */
import { createWriteStream, openSync } from 'node:fs';
import { userDirectory } from './load';
import { streamWriter } from './output';
import { runCli } from './run';
import pkg from '../../package.json';

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function readStdin(limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) return null; // no need to read the rest
  }
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: streamWriter(process.stdout),
  stderr: (text) => process.stderr.write(text),
  cwd: userDirectory(process.env, process.cwd()),
  readStdin,
  openFile(path) {
    // Opened now, so a path that cannot be written is reported before the run, as bad input.
    const stream = createWriteStream(path, { fd: openSync(path, 'w') });
    return {
      write: streamWriter(stream),
      close: () =>
        new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.end(() => resolve());
        }),
    };
  },
  version: pkg.version,
});
