// What a command of the `foi` command line may touch: two output streams and a working directory.
// Passing these in keeps every command runnable in-process by tests.

/** Output streams and working directory of one run of the command line. */
export interface CliIo {
  /** Writes text to standard output; the text carries its own line endings. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error; the text carries its own line endings. */
  readonly stderr: (text: string) => void;
  /** Directory that relative paths and globs are resolved against. */
  readonly cwd: string;
}

/** Exit statuses of the command line. */
export const ExitCode = {
  /** Every input was handled. */
  ok: 0,
  /** Some input could not be handled; the others were still reported. */
  inputError: 1,
  /** The command line itself was wrong: unknown option, missing argument, bad value. */
  usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
