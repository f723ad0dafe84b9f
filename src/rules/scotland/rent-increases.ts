// s25: each rent increase needs consultation of the tenants affected (s25(4)) before written notice is given, and the
// notice at least four weeks before the rental period (s25(1)). The duty attaches to each increase, yearly in
// practice, not to the rent policy's own review: the rent-setting policy records each increase.
import { defineRule } from '../../engine/rule.js';
import { hasDuty } from '../../register/duties.js';
import { kindOf } from '../../register/kinds.js';
import { isInForce } from '../../register/review.js';
import { addDays, addMonths, daysBetween } from '../../util/dates.js';
import { scotlandField, type RentIncrease } from './fields.js';
import { scotlandOptions } from './options.js';
import { SOURCES } from './sources.js';

const NOTICE_DAYS = 28;

export default defineRule({
  id: 'rent-increases',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description:
      "A rent-setting policy in force records each year's increase: tenants consulted before notice, and notice at least four weeks before it.",
    basis: {
      grade: 'statute',
      citation:
        "Housing (Scotland) Act 2001 s25(1) (four weeks' written notice) and s25(4) (consult the tenants affected before giving notice)",
      source: SOURCES.housingAct2001('25'),
    },
    enforces: ['rent'],
    reportTopic: 'consultation',
    messages: {
      none: 'This rent-setting policy records no rent increase. Record each increase under rent_increases, with the date it took effect, the consultation of the tenants affected and the date notice was given.',
      noneThisYear:
        "The latest rent increase recorded took effect on {{latest}}, more than a year before {{today}}. Record this year's increase (or, if rents were not increased, record that in the policy) under rent_increases.",
      notConsulted:
        'The rent increase of {{effective}} records no consultation of the tenants affected. Record when it opened and closed under consultation: the tenants must be consulted before notice is given.',
      consultedAfterNotice:
        'The consultation on the rent increase of {{effective}} closed on {{closed}}, after notice was given on {{notice}}. Consult the tenants affected, and have regard to their views, before giving notice.',
      shortNotice:
        'Notice of the rent increase of {{effective}} was given on {{notice}}, {{days}} days before it; at least four weeks (28 days) are required. Give notice by {{latest}}, or move the increase.',
      noticeDue:
        'The rent increase of {{effective}} has no notice date, and as of {{today}} {{when}}. Give written notice by {{latest}} and record it under notice.',
    },
    defaultOptions: {},
  },
  check({ policy, config, today, report }) {
    if (!scotlandOptions(config).scottish_secure_tenants || !isInForce(policy)) return;
    const kind = kindOf(policy, config);
    if (kind?.id !== 'rent-setting' && !(kind === undefined && hasDuty(policy, config, 'rent'))) return;
    const increases = scotlandField<RentIncrease[]>(policy, 'rent_increases');
    if (!increases || increases.length === 0) {
      report({ field: ['title'], at: 'key', messageId: 'none' });
      return;
    }
    const latest = [...increases]
      .map((r) => r.effective)
      .sort()
      .at(-1)!;
    if (latest < addMonths(today, -12))
      report({ field: ['rent_increases'], at: 'key', messageId: 'noneThisYear', data: { latest, today } });
    increases.forEach((increase, i) => {
      const { effective, notice, consultation } = increase;
      const lastNotice = addDays(effective, -NOTICE_DAYS);
      // A planned increase needs its consultation only once notice is given or due.
      const due = effective <= today || notice !== undefined || today > lastNotice;
      if (!consultation?.closed) {
        if (due) report({ field: ['rent_increases', i, 'effective'], messageId: 'notConsulted', data: { effective } });
      } else if (notice && consultation.closed > notice)
        report({
          field: ['rent_increases', i, 'consultation', 'closed'],
          messageId: 'consultedAfterNotice',
          data: { effective, closed: consultation.closed, notice },
        });
      if (notice) {
        const days = daysBetween(notice, effective);
        if (days < NOTICE_DAYS)
          report({
            field: ['rent_increases', i, 'notice'],
            messageId: 'shortNotice',
            data: { effective, notice, days, latest: lastNotice },
          });
      } else if (today > lastNotice) {
        const when = effective <= today ? 'it has taken effect without a recorded notice' : "four weeks' notice can no longer be given";
        report({ field: ['rent_increases', i, 'effective'], messageId: 'noticeDue', data: { effective, today, when, latest: lastNotice } });
      }
    });
  },
});
