/** Entry point of `npm run sim`: see run.ts. */
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
