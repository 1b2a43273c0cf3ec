// The `foi` command line: global options, dispatch to a subcommand from the table, exit statuses.
// `main` takes its output streams as arguments so tests run it in-process.

import { version } from '../../package.json';
import { UsageError } from './args';
import { COMMANDS, findCommand } from './commands';
import { type CliIo, ExitCode } from './io';

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const commands = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: foi <command> [options]

Commands:
${commands}

Options:
  -h, --help     show this help
  -v, --version  show the version

Run 'foi <command> --help' for the options of a command.
`;
}

/** Runs the command line with `argv` (the arguments after the program name) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(`foi: no command given\n\n${globalHelp()}`);
    return ExitCode.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(globalHelp());
    return ExitCode.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return ExitCode.ok;
  }
  const command = findCommand(first);
  if (command === undefined) {
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    io.stderr(`foi: ${what}\nRun 'foi --help' for the list of commands.\n`);
    return ExitCode.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`foi ${command.name}: ${error.message}\nRun 'foi ${command.name} --help' for usage.\n`);
    return ExitCode.usage;
  }
}

/** Standard streams and directory of this process. */
function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}

if (require.main === module) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`foi: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = ExitCode.inputError;
    },
  );
}
