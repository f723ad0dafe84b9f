// scotland/regulatory-standards: references to the Scottish Housing Regulator's standards and guidance points.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';
import { scotland, today } from './config.js';

describe('scotland/regulatory-standards', () => {
  const only = ['scotland/regulatory-standards'];
  it('accepts standards, known guidance points, other ways of writing them, and config additions', () => {
    const config = `${scotland}\nscotland: { regulatory_standards: ["SHR 4.7"] }`;
    const text = policyText({ regulatory_standards: '["SHR 1", "SHR 5.6", "Standard 3.4", "RS 2", "SHR 4.7", "shr4.7", "SHR 2.3"]' });
    expect(runOn({ 'policies/a.md': text }, { today, only, config })).toEqual([]);
  });
  it('warns about a standard that does not exist, an unknown guidance point and a reference in another form', () => {
    const messages = runOn(
      { 'policies/a.md': policyText({ regulatory_standards: '["SHR 8", "SHR 5.9", "ISO 9001"]' }) },
      { today, only, config: scotland },
    );
    expect(summary(messages)).toEqual(Array(3).fill('policies/a.md:16 scotland/regulatory-standards'));
    expect(messages.every((m) => m.severity === 'warning')).toBe(true);
    expect(messages[1]!.message).toContain(`add "SHR 5.9" to scotland.regulatory_standards`);
  });
});
