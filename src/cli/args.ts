// Argument parsing shared by every subcommand: node:util's tokenizer, with our own short, one-line error messages.

import { parseArgs } from 'node:util';

/** A mistake on the command line; reported with exit status 2. */
export class UsageError extends Error {}

/** One option a command accepts. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

/** The options and positional arguments of one command line. */
export interface ParsedArgs<Names extends string> {
  readonly values: Partial<Record<Names, string | boolean>>;
  readonly positionals: readonly string[];
}

/**
 * Parses `argv` against `specs`. Throws {@link UsageError} for an unknown option, a string option without a value,
 * a value given to a flag, or an option repeated with a different value.
 */
export function parseCommandArgs<Names extends string>(
  argv: readonly string[],
  specs: Readonly<Record<Names, OptionSpec>>,
): ParsedArgs<Names> {
  const { tokens } = parseArgs({
    args: [...argv],
    options: specs as Record<string, OptionSpec>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Partial<Record<Names, string | boolean>> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
    } else if (token.kind === 'option') {
      const name = token.name as Names;
      const spec: OptionSpec | undefined = Object.hasOwn(specs, name) ? specs[name] : undefined;
      if (spec === undefined) throw new UsageError(`unknown option '${token.rawName}'`);
      const value = readValue(spec, token.rawName, token.value, token.inlineValue === true);
      const previous = values[name];
      if (previous !== undefined && previous !== value) {
        throw new UsageError(`option '${token.rawName}' given twice with different values`);
      }
      values[name] = value;
    }
  }
  return { values, positionals };
}

/** Throws a {@link UsageError} unless `value` is one of `choices`. */
export function requireChoice<Choice extends string>(
  option: string,
  value: string,
  choices: readonly Choice[],
): Choice {
  if ((choices as readonly string[]).includes(value)) return value as Choice;
  throw new UsageError(`option '${option}' must be one of ${choices.join(', ')}; got '${value}'`);
}

function readValue(spec: OptionSpec, rawName: string, value: string | undefined, inline: boolean): string | boolean {
  if (spec.type === 'boolean') {
    if (value !== undefined) throw new UsageError(`option '${rawName}' does not take a value`);
    return true;
  }
  // `--format --tools x` forgot the value; a value that starts with a dash can still be given as `--format=-x`.
  const missing = value === undefined || value === '' || (!inline && value.startsWith('-'));
  if (missing) throw new UsageError(`option '${rawName}' needs a value`);
  return value;
}
