// Entry of `npm run answer` (run with tsx): wires runAnswer to the process's files, streams and exit code.

import { readFile } from 'node:fs/promises';
import { runAnswer } from './run-answer';

const code = await runAnswer(process.argv.slice(2), {
  readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
