// The table of `foi` subcommands. Add a subcommand by writing a Command and listing it here.

import { summaryCommand } from '../summary';
import { checkCommand } from './check';
import type { Command } from './command';

export const COMMANDS: readonly Command[] = [checkCommand, summaryCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
