// The command-line tool: the same analysis as the language server, over files on disk.
import { readFileSync, statSync } from 'fs';
import { parse } from './model';
import { outlineText } from './features/outlineText';

const USAGE = `Usage: committee-report <command> FILE

Commands:
  outline FILE   Print the report's outline: each recommendation with its paragraph, short title and where it is answered.
  help           Show this help.`;

function readReport(file: string): string {
  const stat = statSync(file);
  if (!stat.isFile()) throw new Error(`${file} is not a file.`);
  return readFileSync(file, 'utf8');
}

export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'outline') {
    if (rest.length !== 1) {
      err('outline takes exactly one FILE.\n\n' + USAGE);
      return 2;
    }
    try {
      out(outlineText(parse(readReport(rest[0]))));
      return 0;
    } catch (e) {
      err(`Could not read ${rest[0]}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
  }
  err(`Unknown command "${command}".\n\n${USAGE}`);
  return 2;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}
