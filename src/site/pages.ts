// The site's pages, built as HTML syntax trees (hastscript) and serialised by rehype-stringify: every piece of
// text from a policy or the config is a text node, so nothing in it can become markup.
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describeDue } from '../register/review.js';
import type { SitePolicy } from './model.js';

export interface SiteInfo {
  title: string;
  organisation: string;
  today: string;
  logo?: { file: string; alt: string };
  contact: { email?: string; phone?: string; address?: string };
}

const stringify = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false } });

/** Strict CSP: scripts and styles only from the site itself, nothing from anywhere else. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

function document(site: SiteInfo, options: { title: string; depth: number; scripts?: string[]; main: ElementContent[] }): string {
  const up = '../'.repeat(options.depth);
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
    h('meta', { name: 'referrer', content: 'no-referrer' }),
    h('title', options.title === site.title ? site.title : `${options.title} | ${site.title}`),
    h('link', { rel: 'stylesheet', href: `${up}site.css` }),
    h('link', { rel: 'alternate', type: 'application/atom+xml', title: `${site.title}: changes`, href: `${up}feed.xml` }),
  ]);
  const brand: ElementContent[] = site.logo
    ? [h('img', { src: `${up}${site.logo.file}`, alt: site.logo.alt }), h('span.site-name', site.title)]
    : [h('span.site-name', site.title)];
  const body = h('body', [
    h('a.skip', { href: '#main' }, 'Skip to the main content'),
    h('header.site', [
      h('div.inner', [
        h('a', { href: `${up}index.html` }, brand),
        h('nav.site', { 'aria-label': 'Site' }, [
          h('ul', [
            h('li', [h('a', { href: `${up}index.html` }, 'All policies')]),
            h('li', [h('a', { href: `${up}changes.html` }, 'What changed')]),
            h('li', [h('a', { href: `${up}formats.html` }, 'Other formats and languages')]),
          ]),
        ]),
      ]),
    ]),
    h('main#main', { tabIndex: -1 }, [h('div.inner', options.main)]),
    h('footer.site', [
      h('div.inner', [
        h('p', `${site.organisation}. The approved policies in force, as of ${site.today}.`),
        h('nav', { 'aria-label': 'Footer' }, [
          h('p', [
            h('a', { href: `${up}feed.xml` }, 'Changes feed (Atom)'),
            ' · ',
            h('a', { href: `${up}formats.html` }, 'Ask for a policy in another format or language'),
          ]),
        ]),
      ]),
    ]),
    ...(options.scripts ?? []).map((src) => h('script', { src: `${up}${src}` })),
  ]);
  const tree: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: 'en-GB' }, [head, body])] };
  return `${stringify.stringify(tree)}\n`;
}

function text(value: string): Text {
  return { type: 'text', value };
}

function link(policy: { id: string; title: string; path: string }, up: string): ElementContent[] {
  return [h('a', { href: `${up}${policy.path}` }, policy.title), text(' '), h('span.policy-id', `(${policy.id})`)];
}

/** The categories in title order, each with its policies in title order. */
function byCategory(policies: readonly SitePolicy[]): [string, SitePolicy[]][] {
  const groups = new Map<string, SitePolicy[]>();
  for (const p of policies) groups.set(p.categoryTitle, [...(groups.get(p.categoryTitle) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([title, list]) => [title, list.sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en'))]);
}

export function indexPage(site: SiteInfo, policies: readonly SitePolicy[]): string {
  const groups = byCategory(policies);
  const main: ElementContent[] = [
    h('h1', site.title),
    h(
      'p',
      policies.length === 0
        ? 'No policies are published here yet.'
        : `${policies.length} ${policies.length === 1 ? 'policy is' : 'policies are'} in force and published here, by category. ` +
            'Each page shows who approved the policy, when, and when it is next reviewed.',
    ),
    // Shown by the search script; without scripts the list below is the way in.
    h('form.search#search-form', { role: 'search', hidden: true }, [
      h('label', { htmlFor: 'search-input' }, 'Search the policies'),
      h('input#search-input', { type: 'search', name: 'q', autoComplete: 'off', 'aria-describedby': 'search-status' }),
      ' ',
      h('button', { type: 'submit' }, 'Search'),
      h('p#search-status', { role: 'status' }),
      h('ul#search-results.search-results'),
    ]),
    h('nav', { 'aria-label': 'Categories' }, [
      h('h2', 'Categories'),
      h(
        'ul',
        groups.map(([title], i) => h('li', [h('a', { href: `#category-${i + 1}` }, title)])),
      ),
    ]),
    ...groups.flatMap(([title, list], i) => [
      h(`h2#category-${i + 1}`, title),
      h(
        'ul.policies',
        list.map((p) => h('li', link(p, ''))),
      ),
    ]),
  ];
  return document(site, { title: site.title, depth: 0, scripts: ['minisearch.js', 'search-index.js', 'search.js'], main });
}

function changesSection(policy: SitePolicy): ElementContent[] {
  const heading = h('h2', 'Changes since the previous version');
  const c = policy.changes;
  if (!c) return [heading, h('p', "The register's history does not show the previous approved version of this policy.")];
  if (!c.previous) return [heading, h('p', 'This is the first approved version of this policy.')];
  const items: ElementContent[] = [];
  if (c.fields.length) items.push(h('li', `Details changed: ${c.fields.join(', ')}.`));
  if (c.added.length) items.push(h('li', `Sections added: ${c.added.join('; ')}.`));
  if (c.changed.length) items.push(h('li', `Sections changed: ${c.changed.join('; ')}.`));
  if (c.removed.length) items.push(h('li', `Sections removed: ${c.removed.join('; ')}.`));
  const intro = `Compared with the version approved on ${c.previous}:`;
  return items.length ? [heading, h('p', intro), h('ul', items)] : [heading, h('p', `${intro} the text is unchanged.`)];
}

export function policyPage(site: SiteInfo, policy: SitePolicy): string {
  const facts: ElementContent[] = [h('dt', 'Policy number'), h('dd', policy.id), h('dt', 'Category'), h('dd', policy.categoryTitle)];
  if (policy.approvingBody) facts.push(h('dt', 'Approved by'), h('dd', policy.approvingBody));
  if (policy.approved) facts.push(h('dt', 'Date approved'), h('dd', [h('time', { dateTime: policy.approved }, policy.approved)]));
  if (policy.owner) facts.push(h('dt', 'Lead officer'), h('dd', policy.owner));
  if (policy.review) {
    const due = h('time', { dateTime: policy.review.due }, describeDue(policy.review));
    facts.push(
      h('dt', 'Next review'),
      h(
        'dd',
        policy.review.timing === 'overdue'
          ? [due, ' ', h('span.tag.overdue', `Overdue: the review was due ${-policy.review.daysLeft} days before ${site.today}`)]
          : [due],
      ),
    );
  }
  const main: ElementContent[] = [
    h('h1', policy.title),
    h('dl.facts', facts),
    ...(policy.body.summary
      ? [h('section.in-brief', { 'aria-labelledby': 'in-brief' }, [h('h2#in-brief', 'In brief'), ...policy.body.summary])]
      : []),
    ...changesSection(policy),
    h('h2', 'The policy'),
    h('div.policy-text', policy.body.content as ElementContent[]),
    ...(policy.related.length
      ? [
          h('h2', 'Related policies'),
          h(
            'ul.policies',
            policy.related.map((r) => h('li', link(r, '../'))),
          ),
        ]
      : []),
    h('p', [h('a', { href: '../formats.html' }, 'Ask for this policy in another format or language'), '.']),
  ];
  return document(site, { title: policy.title, depth: 1, main });
}

export interface ChangeEvent {
  date: string;
  kind: 'new' | 'approved';
  policy: SitePolicy;
  body?: string;
}

/** Approvals and new policies by date, newest first. */
export function changeEvents(policies: readonly SitePolicy[], today: string): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  for (const p of policies) {
    const first = p.adopted ?? p.approvals.map((a) => a.date).sort()[0];
    // The body that adopted it, as the trail records it (today's approving body may be another).
    const adoptedBy = p.approvals.find((a) => a.date === first)?.body ?? p.approvingBody;
    if (first && first <= today) events.push({ date: first, kind: 'new', policy: p, ...(adoptedBy ? { body: adoptedBy } : {}) });
    for (const a of p.approvals) if (a.date !== first) events.push({ date: a.date, kind: 'approved', policy: p, body: a.body });
  }
  const seen = new Set<string>();
  return events
    .filter((e) => {
      const key = `${e.date}\u0000${e.kind}\u0000${e.policy.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) =>
      a.date < b.date ? 1 : a.date > b.date ? -1 : a.policy.id.localeCompare(b.policy.id, 'en') || a.kind.localeCompare(b.kind),
    );
}

export function describeEvent(e: ChangeEvent): string {
  return e.kind === 'new' ? `New policy${e.body ? `, adopted by ${e.body}` : ''}` : `Reviewed and approved${e.body ? ` by ${e.body}` : ''}`;
}

export function changesPage(site: SiteInfo, events: readonly ChangeEvent[]): string {
  const dates = [...new Set(events.map((e) => e.date))];
  const main: ElementContent[] = [
    h('h1', 'What changed'),
    h('p', 'Policies approved and new policies, newest first. ' + 'The same list is available as a feed for feed readers.'),
    h('p', [h('a', { href: 'feed.xml' }, 'Subscribe to the changes feed (Atom)')]),
    ...(dates.length === 0
      ? [h('p', 'No approvals are recorded yet.')]
      : dates.flatMap((date) => [
          h('h2', [h('time', { dateTime: date }, date)]),
          h(
            'ul.policies',
            events.filter((e) => e.date === date).map((e) => h('li', [...link(e.policy, ''), text(`: ${describeEvent(e)}.`)])),
          ),
        ])),
  ];
  return document(site, { title: 'What changed', depth: 0, main });
}

export function formatsPage(site: SiteInfo): string {
  const ways: Element[] = [];
  if (site.contact.email) ways.push(h('li', ['Email ', h('a', { href: `mailto:${site.contact.email}` }, site.contact.email)]));
  if (site.contact.phone)
    ways.push(h('li', ['Phone ', h('a', { href: `tel:${site.contact.phone.replace(/[^0-9+]/g, '')}` }, site.contact.phone)]));
  if (site.contact.address) ways.push(h('li', ['Write to ', site.contact.address]));
  const main: ElementContent[] = [
    h('h1', 'Other formats and languages'),
    h(
      'p',
      `Every policy on this site can be provided free of charge in another format or language: large print, easy read, ` +
        'audio, Braille, or a translation into another language, including British Sign Language. ' +
        'We can also go through a policy with you in person or by phone.',
    ),
    h('h2', 'How to ask'),
    ways.length
      ? h('ul', ways)
      : h('p', `Contact ${site.organisation} by any of the usual ways, by phone, email, in writing or at the office.`),
    h(
      'p',
      'Tell us which policy you need (its title or number) and the format or language you would like. ' + 'Someone can ask on your behalf.',
    ),
    h('h2', 'Printing a policy'),
    h('p', "Each policy page prints cleanly: use your browser's print command. The printed copy shows the addresses of its links."),
  ];
  return document(site, { title: 'Other formats and languages', depth: 0, main });
}
