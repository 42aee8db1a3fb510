#!/usr/bin/env node
// Entry point of the `camket` command: all logic lives in src/node/cli.ts.
import { main } from '../src/node/cli';

main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  isTty: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
