// The action's `args` input, split into words as a shell would, with nothing expanded or run.
import { describe, expect, it } from 'vitest';
import { actionArgv } from '../../src/cli/action-args.js';

describe('actionArgv', () => {
  it.each([
    [
      'quoted values with spaces',
      'calendar',
      '--committee "Housing Services Committee" --format md',
      ['calendar', '--committee', 'Housing Services Committee', '--format', 'md'],
    ],
    ['single quotes', 'calendar', "--committee 'Board of Management'", ['calendar', '--committee', 'Board of Management']],
    ['runs of spaces and new lines', 'check', '  --changed\n  --base   origin/main ', ['check', '--changed', '--base', 'origin/main']],
    ['no args', 'report', '', ['report']],
    ['no command', undefined, '--format json', ['check', '--format', 'json']],
  ])('%s', (_, command, args, argv) => {
    expect(actionArgv(command, args)).toEqual(argv);
  });

  it('expands nothing: variables, command substitution and shell operators stay as plain words', () => {
    expect(actionArgv('check', '$HOME `id` $(id) ; rm -rf / | cat')).toEqual([
      'check',
      '$HOME',
      '`id`',
      '$(id)',
      ';',
      'rm',
      '-rf',
      '/',
      '|',
      'cat',
    ]);
  });
});
