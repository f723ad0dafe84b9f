// V8 settings for the CLI process.
import v8 from 'node:v8';

/**
 * For the CLI process, before any register is loaded: turn off V8's allocation-site pretenuring. On about one run
 * in three V8 decided early that the Markdown parser's short-lived nodes would live long and allocated them straight
 * into the old generation; a 10,000-policy check then took 37 s instead of 25 s, nearly all of it collecting garbage.
 */
export function preferShortLivedObjects(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
