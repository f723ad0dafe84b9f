// The GitHub Action's inputs as a command line. `args` is split into words as a shell splits them, honouring single and
// double quotes (`--committee "Housing Services Committee"`), but nothing is expanded or run: no variables, no
// globs, no command substitution, no `;` or `|`.
import { parseArgsStringToArgv } from 'string-argv';

export function actionArgv(command: string | undefined, args: string | undefined): string[] {
  const name = (command ?? '').trim() || 'check';
  return [name, ...parseArgsStringToArgv(args ?? '')];
}
