// The shape of a `foi` subcommand. The table of subcommands is in ./index.

import type { CliIo, ExitCode } from '../io';

/** One subcommand: its name, its help and what it does. */
export interface Command {
  readonly name: string;
  /** One line for `foi --help`. */
  readonly summary: string;
  /** The full text of `foi <name> --help`. */
  readonly help: string;
  /** Runs with the arguments after the subcommand's name. Throws UsageError for a wrong command line. */
  readonly run: (argv: readonly string[], io: CliIo) => Promise<ExitCode>;
}
