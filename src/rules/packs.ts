// Rule packs are data: a name and each rule's default severity.
import type { RuleSetting } from '../config/config.js';

export const PACKS: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>> = {
  core: {
    'core/approval-drift': 'error',
    'core/approval-minute': 'warning',
    'core/approval-recorded': 'error',
    'core/category-known': 'error',
    'core/consultation-recorded': 'error',
    'core/consultation-timing': 'error',
    'core/date-order': 'error',
    'core/duplicate-id': 'error',
    'core/eia-recorded': 'error',
    'core/eia-timing': 'error',
    'core/frontmatter': 'error',
    'core/id-missing': 'error',
    'core/link-exists': 'error',
    'core/link-status': 'warning',
    'core/next-review-missing': 'error',
    'core/publication-record': 'warning',
    'core/required-sections': 'error',
    'core/review-cycle-too-long': 'error',
    'core/review-due-soon': 'warning',
    'core/review-overdue': 'error',
    'core/schema': 'error',
    'core/stale-draft': 'warning',
    'core/supersession': 'error',
    'core/waiver-valid': 'error',
  },
  scotland: {
    'scotland/charter-outcomes': 'error',
    'scotland/regulatory-standards': 'warning',
    'scotland/rent-consultation': 'error',
    'scotland/tenant-consultation': 'error',
    'scotland/tenant-participation-strategy': 'error',
  },
};
