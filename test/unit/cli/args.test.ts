import * as assert from 'node:assert/strict';
import { parseCommandArgs, requireChoice, UsageError } from '../../../src/cli/args';

const SPECS = {
  format: { type: 'string' },
  tools: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageMessage(argv: string[]): string {
  try {
    parseCommandArgs(argv, SPECS);
  } catch (error) {
    assert.ok(error instanceof UsageError, 'expected a UsageError');
    return error.message;
  }
  assert.fail('expected the arguments to be refused');
}

describe('parseCommandArgs', () => {
  it('separates options, in either spelling, from positional paths', () => {
    assert.deepEqual(parseCommandArgs(['a.txt', '--format', 'json', '--tools=t.json', 'b/'], SPECS), {
      values: { format: 'json', tools: 't.json' },
      positionals: ['a.txt', 'b/'],
    });
  });

  it('reads the short -h as --help', () => {
    assert.deepEqual(parseCommandArgs(['-h'], SPECS).values, { help: true });
  });

  it('takes everything after -- as paths, even names that start with a dash', () => {
    assert.deepEqual(parseCommandArgs(['--', '--format', '-x.txt'], SPECS).positionals, ['--format', '-x.txt']);
  });

  it('refuses an unknown long or short option, naming it', () => {
    assert.equal(usageMessage(['--colour']), "unknown option '--colour'");
    assert.equal(usageMessage(['-x']), "unknown option '-x'");
  });

  it('refuses a string option without a value, including one followed by another option', () => {
    assert.equal(usageMessage(['a.txt', '--format']), "option '--format' needs a value");
    assert.equal(usageMessage(['--format', '--tools', 'x.json']), "option '--format' needs a value");
    assert.equal(usageMessage(['--format=']), "option '--format' needs a value");
  });

  it('accepts a value starting with a dash when it is attached with =', () => {
    assert.equal(parseCommandArgs(['--tools=-odd.json'], SPECS).values.tools, '-odd.json');
  });

  it('refuses a value given to a flag', () => {
    assert.equal(usageMessage(['--help=yes']), "option '--help' does not take a value");
  });

  it('refuses the same option twice with different values but accepts a repeat', () => {
    assert.equal(usageMessage(['--format', 'json', '--format', 'text']), "option '--format' given twice with different values");
    assert.equal(parseCommandArgs(['--format', 'json', '--format=json'], SPECS).values.format, 'json');
  });
});

describe('requireChoice', () => {
  it('returns an allowed value and refuses another, listing the choices', () => {
    assert.equal(requireChoice('--format', 'json', ['text', 'json']), 'json');
    assert.throws(() => requireChoice('--format', 'xml', ['text', 'json']), {
      name: 'Error',
      message: "option '--format' must be one of text, json; got 'xml'",
    });
  });
});
