// The table of `foi` subcommands. Add a subcommand by writing a Command and listing it here.

import { checkCommand } from './check';
import type { Command } from './command';

export const COMMANDS: readonly Command[] = [checkCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
