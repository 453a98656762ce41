// `npm run --silent parse -- FILE` (or `-` for standard input): prints the ParsedDocument as JSON.
// A file that cannot be read gives one line on stderr and exit code 2.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeJsonTo } from '../src/parser/json.ts';
import { parseDocument } from '../src/parser/parse.ts';

function main(argv: readonly string[]): number {
  const target = argv[0];
  if (target === undefined || argv.length > 1) {
    process.stderr.write('usage: npm run --silent parse -- FILE   (or - for standard input)\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(target === '-' ? 0 : target, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    process.stderr.write(
      `parse: cannot read ${target === '-' ? 'standard input' : target}: ${reason}\n`,
    );
    return 2;
  }
  // A file keeps its name as id (the seeds' stable slugs); standard input gets a content hash.
  const id = target === '-' ? undefined : basename(target).replace(/\.txt$/i, '');
  const doc = parseDocument(text, id === undefined ? {} : { id });
  // Written without recursion and in chunks: a 5,000-deep reply chain is too deep for
  // JSON.stringify, and a 100,000-comment thread's JSON need not sit in memory twice.
  writeJsonTo(doc, (chunk) => process.stdout.write(chunk), { indent: 2 });
  process.stdout.write('\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
