// Registers each command object once and disposes them together.
import * as vscode from 'vscode';

/** A command: its id and what it does. Dependencies come in through the constructor. */
export interface Command {
  readonly id: string;
  execute(...args: any[]): unknown; // eslint-disable-line @typescript-eslint/no-explicit-any -- commands take whatever their callers pass
}

export class CommandManager implements vscode.Disposable {
  readonly #registrations = new Map<string, vscode.Disposable>();

  register<T extends Command>(command: T): T {
    if (this.#registrations.has(command.id)) throw new Error(`Command ${command.id} is registered twice`);
    this.#registrations.set(command.id, vscode.commands.registerCommand(command.id, command.execute, command));
    return command;
  }

  dispose(): void {
    for (const registration of this.#registrations.values()) registration.dispose();
    this.#registrations.clear();
  }
}
