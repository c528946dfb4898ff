// `node scripts/bare-parse.mjs FILE`: the floor the CLI is compared with: read the file, decode it as
// UTF-8, parse it with PapaParse into rows of strings, and print the row count and the sum of the last
// column as numbers (so nothing is optimised away). The bench runs it beside `npm run analyse`.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import Papa from 'papaparse';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bare-parse.mjs FILE');
  process.exit(2);
}
const text = new TextDecoder('utf-8').decode(await readFile(file));
const rows = Papa.parse(text, { skipEmptyLines: true }).data;
let sum = 0;
for (let i = 1; i < rows.length; i++) sum += Number(rows[i][rows[i].length - 1]);
console.log(JSON.stringify({ rows: rows.length - 1, sum }));
