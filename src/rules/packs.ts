// Rule packs are data: a name and each rule's default severity.
import type { RuleSetting } from '../config/config.js';

export const PACKS: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>> = {
  core: {
    'core/duplicate-id': 'error',
    'core/frontmatter': 'error',
    'core/review-overdue': 'error',
    'core/schema': 'error',
  },
  scotland: {},
};
