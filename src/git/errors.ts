// A git problem the user can act on: printed as a sentence, exit 2. Kept apart so the CLI can catch it without loading git.
export class GitError extends Error {}
