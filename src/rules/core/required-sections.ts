// The sections readers and auditors look for: by default how equality was considered and how the policy is monitored.
import { defineRule } from '../../engine/rule.js';
import { RETIRED } from '../../register/review.js';
import { atWordStart } from '../../util/words.js';

export interface Section {
  /** What the section is, for messages: "an equality section". */
  name: string;
  /** A heading matches when a word in it starts with any of these (case-insensitive): `monitor` matches "Monitoring". */
  match: string[];
}

interface Options {
  sections: Section[];
}

export default defineRule<Options>({
  id: 'required-sections',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'The policy text has the sections the register requires (by default, equality and monitoring and review).',
    basis: {
      grade: 'good-practice',
      citation: "The sections the register requires (rule options); no statute prescribes a policy's sections",
    },
    messages: {
      missing: 'The policy text has no {{name}}: no heading contains {{words}}. Add one, e.g. "## {{example}}".',
    },
    body: 'headings',
    defaultOptions: {
      sections: [
        { name: 'equality section', match: ['equalit'] },
        { name: 'monitoring and review section', match: ['monitor', 'review'] },
      ],
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sections: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'match'],
            properties: {
              name: { type: 'string', minLength: 1 },
              match: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            },
          },
        },
      },
    },
  },
  check({ policy, options, report }) {
    if (!policy.data.status || RETIRED.has(policy.data.status)) return;
    const headings = policy.headings().map((h) => h.text.toLowerCase());
    for (const { section, words, starts } of matchersFor(options.sections)) {
      if (headings.some((h) => starts.some((re) => re.test(h)))) continue;
      const example = section.name.replace(/ section$/, '');
      report({
        location: { line: policy.bodyStartLine, column: 1 },
        messageId: 'missing',
        data: {
          name: section.name,
          words: words.map((w) => `a word starting "${w}"`).join(' or '),
          example: example.charAt(0).toUpperCase() + example.slice(1),
        },
      });
    }
  },
});

/** Each section's words as tests, built once per setting (every policy is checked against the same). */
const matchers = new WeakMap<readonly Section[], { section: Section; words: string[]; starts: RegExp[] }[]>();

function matchersFor(sections: readonly Section[]) {
  let built = matchers.get(sections);
  if (!built) {
    built = sections.map((section) => {
      const words = section.match.map((w) => w.toLowerCase());
      return { section, words, starts: words.map(atWordStart) };
    });
    matchers.set(sections, built);
  }
  return built;
}
