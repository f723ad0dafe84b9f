// The registry: every rule, listed explicitly and sorted by qualified id (no folder scan).
import type { Rule } from '../engine/rule.js';
import coreDuplicateId from './core/duplicate-id.js';
import coreFrontmatter from './core/frontmatter.js';
import coreReviewOverdue from './core/review-overdue.js';
import coreSchema from './core/schema.js';

export const RULES: readonly Rule[] = [
  coreDuplicateId,
  coreFrontmatter,
  coreReviewOverdue,
  coreSchema,
];
