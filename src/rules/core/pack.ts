// The core pack: rules for any jurisdiction, the kinds of policy every landlord has, and the policy areas that
// significantly affect tenants by default. It cites no law of its own; a jurisdiction's pack lends its rules a basis.
import { definePack, type KindDefinition } from '../../engine/pack.js';
import approvalDrift from './approval-drift.js';
import approvalMinute from './approval-minute.js';
import approvalRecorded from './approval-recorded.js';
import approvingBodyKnown from './approving-body-known.js';
import categoryKnown from './category-known.js';
import consultationRecorded from './consultation-recorded.js';
import consultationTiming from './consultation-timing.js';
import dateOrder from './date-order.js';
import duplicateId from './duplicate-id.js';
import eiaRecorded from './eia-recorded.js';
import eiaTiming from './eia-timing.js';
import frontmatter from './frontmatter.js';
import idMissing from './id-missing.js';
import kindKnown from './kind-known.js';
import linkExists from './link-exists.js';
import linkStatus from './link-status.js';
import nextReviewMissing from './next-review-missing.js';
import publicationRecord from './publication-record.js';
import requiredPolicies from './required-policies.js';
import requiredSections from './required-sections.js';
import reviewCycleTooLong from './review-cycle-too-long.js';
import reviewDueSoon from './review-due-soon.js';
import reviewOverdue from './review-overdue.js';
import schema from './schema.js';
import staleDraft from './stale-draft.js';
import supersession from './supersession.js';
import timescales from './timescales.js';
import waiverValid from './waiver-valid.js';

/** Kinds of policy found in any social landlord's register; jurisdiction packs add their own. */
export const CORE_KINDS: readonly KindDefinition[] = [
  { id: 'allocations', title: 'Allocations', hints: ['allocation', 'lettings'] },
  { id: 'anti-social-behaviour', title: 'Anti-social behaviour', hints: ['anti-social', 'antisocial', 'neighbour nuisance'] },
  { id: 'asbestos', title: 'Asbestos management', hints: ['asbestos'] },
  { id: 'code-of-conduct', title: 'Code of conduct for governing body members', hints: ['code of conduct'] },
  { id: 'complaints-handling', title: 'Complaints handling', hints: ['complaint'] },
  { id: 'damp-and-mould', title: 'Damp and mould', hints: ['damp', 'mould', 'condensation'] },
  { id: 'data-protection', title: 'Data protection', hints: ['data protection', 'gdpr', 'privacy'] },
  { id: 'electrical-safety', title: 'Electrical safety', hints: ['electrical'] },
  { id: 'entitlements-payments-benefits', title: 'Entitlements, payments and benefits', hints: ['entitlements', 'payments and benefits'] },
  { id: 'equality-and-human-rights', title: 'Equality and human rights', hints: ['equality', 'equalities', 'diversity', 'human rights'] },
  { id: 'fire-safety', title: 'Fire safety', hints: ['fire', 'smoke alarm'] },
  { id: 'freedom-of-information', title: 'Freedom of information', hints: ['freedom of information', 'publication scheme'] },
  { id: 'gas-safety', title: 'Gas safety', hints: ['gas'] },
  { id: 'lift-safety', title: 'Lift safety', hints: ['lift'] },
  { id: 'notifiable-events', title: 'Notifiable events', hints: ['notifiable event'] },
  { id: 'rent-arrears', title: 'Rent arrears', hints: ['arrears', 'income maximisation'] },
  {
    id: 'rent-setting',
    title: 'Rent setting',
    hints: ['rent setting', 'rent-setting', 'rent increase', 'rent review', 'rent policy', 'rent and service charge'],
  },
  { id: 'repairs', title: 'Repairs and maintenance', hints: ['repair', 'maintenance'] },
  { id: 'risk-management', title: 'Risk management', hints: ['risk management', 'risk policy'] },
  { id: 'severance', title: 'Severance', hints: ['severance'] },
  { id: 'standing-orders', title: 'Standing orders', hints: ['standing orders'] },
  { id: 'treasury-management', title: 'Treasury management', hints: ['treasury'] },
  { id: 'water-safety', title: 'Water safety and legionella', hints: ['legionella', 'water safety', 'water hygiene'] },
  { id: 'whistleblowing', title: 'Whistleblowing', hints: ['whistleblowing', 'whistle-blowing', 'speak up', 'public interest disclosure'] },
];

export default definePack({
  id: 'core',
  title: 'Core rules (any jurisdiction)',
  rules: [
    { rule: approvalDrift, severity: 'error' },
    { rule: approvalMinute, severity: 'warning' },
    { rule: approvalRecorded, severity: 'error' },
    { rule: approvingBodyKnown, severity: 'error' },
    { rule: categoryKnown, severity: 'error' },
    { rule: consultationRecorded, severity: 'error' },
    { rule: consultationTiming, severity: 'error' },
    { rule: dateOrder, severity: 'error' },
    { rule: duplicateId, severity: 'error' },
    { rule: eiaRecorded, severity: 'error' },
    { rule: eiaTiming, severity: 'error' },
    { rule: frontmatter, severity: 'error' },
    { rule: idMissing, severity: 'error' },
    { rule: kindKnown, severity: 'warning' },
    { rule: linkExists, severity: 'error' },
    { rule: linkStatus, severity: 'warning' },
    { rule: nextReviewMissing, severity: 'error' },
    { rule: publicationRecord, severity: 'warning' },
    { rule: requiredPolicies, severity: 'error' },
    { rule: requiredSections, severity: 'error' },
    { rule: reviewCycleTooLong, severity: 'error' },
    { rule: reviewDueSoon, severity: 'warning' },
    { rule: reviewOverdue, severity: 'error' },
    { rule: schema, severity: 'error' },
    { rule: staleDraft, severity: 'warning' },
    { rule: supersession, severity: 'error' },
    { rule: timescales, severity: 'error' },
    { rule: waiverValid, severity: 'error' },
  ],
  kinds: CORE_KINDS,
  duties: {
    // Used only when the config lists no categories of its own: the areas that, by their nature, significantly
    // affect tenants, and those that set what tenants pay. Health and safety, governance, finance and HR policies
    // affect tenants only when a policy says so (affects_tenants: true).
    'tenant-affecting': {
      categories: [
        'housing-management',
        'repairs',
        'maintenance',
        'asset-management',
        'tenant-participation',
        'customer-service',
        'rent',
        'rents',
        'allocations',
        'estate-management',
        'tenancy-management',
      ],
      kinds: ['allocations', 'anti-social-behaviour', 'repairs', 'rent-setting', 'damp-and-mould'],
    },
    rent: { categories: ['rent', 'rents', 'rent-setting', 'service-charges'], kinds: ['rent-setting'] },
    allocations: { categories: ['allocations'], kinds: ['allocations'] },
  },
});
