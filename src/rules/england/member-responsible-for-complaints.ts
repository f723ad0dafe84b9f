// The Complaint Handling Code: a member of the governing body has lead responsibility for complaints.
import { defineRule } from '../../engine/rule.js';
import { RECORD_BASES } from './data.js';
import { englandOptions } from './options.js';

export default defineRule({
  id: 'member-responsible-for-complaints',
  pack: 'england',
  scope: 'register',
  meta: {
    description: 'A member of the governing body is named as the member responsible for complaints.',
    basis: RECORD_BASES.memberResponsibleForComplaints,
    messages: {
      none: 'No member responsible for complaints is named. The governing body must appoint one of its members to lead its oversight of complaint handling: record the name and the date of appointment under england.member_responsible_for_complaints (name, appointed, minute).',
      noDate:
        "The member responsible for complaints, {{name}}, has no date of appointment. Record the date (and minute) of the governing body's decision as appointed.",
    },
    defaultOptions: {},
  },
  check({ config, report }) {
    const member = englandOptions(config).member_responsible_for_complaints;
    if (!member?.name) report({ messageId: 'none' });
    else if (!member.appointed) report({ messageId: 'noDate', data: { name: member.name } });
  },
});
