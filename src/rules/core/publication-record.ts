// A public policy's published copy should be the approved text, and should go up soon after approval.
import { defineRule } from '../../engine/rule.js';
import { currentApprovalDate, isInForce } from '../../register/review.js';
import { addDays, daysBetween } from '../../util/dates.js';

export interface PublicationRecordOptions {
  /** Days allowed from approval to publication. */
  within_days: number;
}

export default defineRule<PublicationRecordOptions>({
  id: 'publication-record',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'A public, in-force policy is published (per the publication manifest) within the allowed time of its approval, and the published copy is the approved text.',
    messages: {
      'not-published':
        'This public policy was approved on {{approved}} but {{manifest}} has no published copy of it, {{days}} days later (allowed: {{allowed}} days, so by {{deadline}}). Publish the site (`policies site`) and keep the manifest it writes.',
      'old-version':
        'The published copy of this policy is the version approved on {{published_version}}, but the text in force was approved on {{approved}}, {{days}} days ago (allowed: {{allowed}} days, so by {{deadline}}). Publish the site again (`policies site`) and keep the manifest it writes.',
      late: 'This policy was approved on {{approved}} but published on {{published}}, {{days}} days later; the allowed time is {{allowed}} days (by {{deadline}}). Publish approved policies sooner; record the reason in a waiver if the delay was agreed.',
      'digest-differs':
        'The copy published on {{published}} is not the text in the register: its digest in {{manifest}} differs, so the text changed after it was published (or it was published from another version). If the change was approved, publish the site again; if not, take the change back, or to {{body}} for approval.',
      // Reported by the pipeline (src/site/publication-facts.ts) when the manifest cannot be used: the text says why.
      'unreadable-manifest': '{{detail}}',
      'not-public':
        'This policy is {{why}} but {{manifest}} records a published copy (published on {{published}}). Publish the site again so the copy is taken down, and keep the manifest it writes.',
    },
    needsPublication: true,
    defaultOptions: { within_days: 28 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        within_days: { type: 'integer', minimum: 0, maximum: 3660, description: 'Days allowed from approval to publication (default 28).' },
      },
    },
  },
  check({ policy, publication, options, today, report }) {
    const id = policy.data.id;
    if (!publication || id === undefined) return;
    const entry = publication.entries.find((e) => e.id === id);
    const manifest = publication.file;
    const isPublic = policy.data.publication === 'public';
    if (!isPublic || !isInForce(policy)) {
      if (!entry) return;
      const why = !isPublic ? 'not public (publication is not "public")' : `${policy.data.status ?? 'not in force'}, so not in force`;
      report({
        field: [isPublic ? 'status' : 'publication'],
        at: isPublic ? 'value' : 'key',
        messageId: 'not-public',
        data: { why, manifest, published: entry.published },
      });
      return;
    }
    const approval = currentApprovalDate(policy);
    if (!approval) return;
    const allowed = options.within_days;
    const deadline = addDays(approval.date, allowed);
    const base = { approved: approval.date, allowed, deadline, manifest };
    if (!entry) {
      if (today > deadline)
        report({ field: ['publication'], messageId: 'not-published', data: { ...base, days: daysBetween(approval.date, today) } });
      return;
    }
    if (entry.approved !== approval.date) {
      if (today > deadline)
        report({
          field: [approval.field],
          messageId: 'old-version',
          data: { ...base, published_version: entry.approved, days: daysBetween(approval.date, today) },
        });
      return;
    }
    if (entry.published > deadline) {
      report({
        field: [approval.field],
        messageId: 'late',
        data: { ...base, published: entry.published, days: daysBetween(approval.date, entry.published) },
      });
    }
    const digest = publication.digests.get(policy.file);
    if (digest !== undefined && digest !== entry.digest) {
      report({
        field: ['publication'],
        at: 'key',
        messageId: 'digest-differs',
        data: { published: entry.published, manifest, body: policy.data.approving_body ?? 'the approving body' },
      });
    }
  },
});
