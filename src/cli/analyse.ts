// Entry of `npm run analyse` (run with tsx): wires runAnalyse to the process's files, streams and exit code.

import { readFile } from 'node:fs/promises';
import { runAnalyse } from './run-analyse';

const code = await runAnalyse(process.argv.slice(2), {
  readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
