// The registry: every rule, listed explicitly and sorted by qualified id (no folder scan).
import type { Rule } from '../engine/rule.js';
import coreApprovalDrift from './core/approval-drift.js';
import coreApprovalMinute from './core/approval-minute.js';
import coreApprovalRecorded from './core/approval-recorded.js';
import coreCategoryKnown from './core/category-known.js';
import coreConsultationRecorded from './core/consultation-recorded.js';
import coreConsultationTiming from './core/consultation-timing.js';
import coreDateOrder from './core/date-order.js';
import coreDuplicateId from './core/duplicate-id.js';
import coreEiaRecorded from './core/eia-recorded.js';
import coreEiaTiming from './core/eia-timing.js';
import coreFrontmatter from './core/frontmatter.js';
import coreIdMissing from './core/id-missing.js';
import coreLinkExists from './core/link-exists.js';
import coreLinkStatus from './core/link-status.js';
import coreNextReviewMissing from './core/next-review-missing.js';
import corePublicationRecord from './core/publication-record.js';
import coreRequiredSections from './core/required-sections.js';
import coreReviewCycleTooLong from './core/review-cycle-too-long.js';
import coreReviewDueSoon from './core/review-due-soon.js';
import coreReviewOverdue from './core/review-overdue.js';
import coreSchema from './core/schema.js';
import coreStaleDraft from './core/stale-draft.js';
import coreSupersession from './core/supersession.js';
import coreWaiverValid from './core/waiver-valid.js';
import scotlandCharterOutcomes from './scotland/charter-outcomes.js';
import scotlandRegulatoryStandards from './scotland/regulatory-standards.js';
import scotlandRentConsultation from './scotland/rent-consultation.js';
import scotlandTenantConsultation from './scotland/tenant-consultation.js';
import scotlandTenantParticipationStrategy from './scotland/tenant-participation-strategy.js';

export const RULES: readonly Rule[] = [
  coreApprovalDrift,
  coreApprovalMinute,
  coreApprovalRecorded,
  coreCategoryKnown,
  coreConsultationRecorded,
  coreConsultationTiming,
  coreDateOrder,
  coreDuplicateId,
  coreEiaRecorded,
  coreEiaTiming,
  coreFrontmatter,
  coreIdMissing,
  coreLinkExists,
  coreLinkStatus,
  coreNextReviewMissing,
  corePublicationRecord,
  coreRequiredSections,
  coreReviewCycleTooLong,
  coreReviewDueSoon,
  coreReviewOverdue,
  coreSchema,
  coreStaleDraft,
  coreSupersession,
  coreWaiverValid,
  scotlandCharterOutcomes,
  scotlandRegulatoryStandards,
  scotlandRentConsultation,
  scotlandTenantConsultation,
  scotlandTenantParticipationStrategy,
];
