// s25(4): before a rent increase, consult the tenants affected and have regard to their views.
import { defineRule } from '../../engine/rule.js';
import { hasDuty } from '../../register/duties.js';
import { isInForce } from '../../register/review.js';
import { scotlandOptions } from './options.js';
import { SOURCES } from './sources.js';

export default defineRule({
  id: 'rent-consultation',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description: 'A rent-setting or service-charge policy in force records consultation of tenants.',
    basis: { grade: 'statute', citation: 'Housing (Scotland) Act 2001 s25(4): consult the tenants affected before giving notice of a rent increase', source: SOURCES.housingAct2001('25') },
    enforces: ['rent'],
    reportTopic: 'consultation',
    messages: {
      notConsulted: 'Missing consultation: this is a rent-setting policy ({{category}}), but {{what}}. Rent increases under it must follow consultation of the tenants affected: record the consultation, with tenants in consultation.groups.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const consultation = policy.data.consultation;
    if (!scotlandOptions(config).scottish_secure_tenants || !isInForce(policy) || !consultation || !hasDuty(policy, config, 'rent')) return;
    const category = policy.data.category ?? '';
    if (!consultation.required) report({ field: ['consultation', 'required'], messageId: 'notConsulted', data: { category, what: 'consultation.required is false' } });
    else if (consultation.groups?.length && !consultation.groups.includes('tenants')) report({ field: ['consultation', 'groups'], messageId: 'notConsulted', data: { category, what: 'tenants are not among the groups consulted' } });
  },
});
