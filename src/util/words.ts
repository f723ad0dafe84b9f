// Matching a word where a word starts, as titles and headings are matched against hints and section names.

/** A test for `word` at the start of a word: at the text's start, or after a character that is no letter or digit. */
export function atWordStart(word: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
}
