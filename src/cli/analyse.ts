// Entry of `npm run analyse` (run with tsx): wires runAnalyse to the process's files, streams and exit code.

import { readFile } from 'node:fs/promises';
import { runAnalyse } from './run-analyse';

const code = await runAnalyse(process.argv.slice(2), {
  // A view of the file's own bytes (new Uint8Array(buffer) would copy all of them: 50 MB, 0.2 s).
  readFile: async (filePath) => {
    const buffer = await readFile(filePath);
    return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
