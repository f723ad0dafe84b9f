// The site's one stylesheet: readable at 200% zoom and on a 320-pixel screen, with a print layout.

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio of a colour with white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export const DEFAULT_COLOUR = '#1d4f6e';

export function stylesheet(colour: string): string {
  return `:root { --brand: ${colour}; --text: #1b1b1b; --muted: #3d4a55; --link: #0b4f8a; --rule: #aab6c0; color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.0625rem; color: var(--text);
  background: #fff; margin: 0; line-height: 1.55; overflow-wrap: break-word; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: .5rem; top: .5rem; background: #fff; color: var(--link); padding: .5rem .75rem; outline: 3px solid #000; z-index: 2; }
header.site { background: var(--brand); color: #fff; }
header.site .inner { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.25rem; }
header.site a { color: #fff; }
header.site img { max-height: 3rem; width: auto; background: #fff; padding: .2rem; border-radius: .2rem; }
.site-name { font-size: 1.25rem; font-weight: 700; }
.inner { max-width: 60rem; margin: 0 auto; padding: .9rem 1.25rem; }
nav.site ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; }
main { display: block; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 .75rem; color: var(--brand); }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2rem 0 .5rem; color: var(--brand); }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 .3rem; }
a { color: var(--link); text-underline-offset: .15em; }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #000; outline-offset: 2px; box-shadow: 0 0 0 5px #ffdd00; }
dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .35rem 1rem; margin: 0 0 1rem;
  border: 1px solid var(--rule); border-radius: .35rem; padding: .75rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.tag { display: inline-block; padding: 0 .45rem; border-radius: .25rem; font-size: .9rem; font-weight: 700; }
.overdue { background: #8a1c1c; color: #fff; }
.in-brief { border-left: .4rem solid var(--brand); background: #f1f5f8; padding: .5rem 1rem; margin: 1rem 0; }
ul.policies { padding-left: 1.2rem; }
ul.policies li { margin: .3rem 0; }
.policy-id { font-variant-numeric: tabular-nums; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; }
form.search { margin: 1rem 0 1.5rem; }
form.search label { display: block; font-weight: 600; margin-bottom: .3rem; }
form.search input { font: inherit; width: min(100%, 28rem); padding: .45rem .6rem; border: 2px solid #3d4a55; border-radius: .25rem; }
form.search button { font: inherit; padding: .45rem .9rem; margin-top: .4rem; border: 2px solid var(--brand); background: var(--brand);
  color: #fff; border-radius: .25rem; cursor: pointer; }
.search-results:empty { display: none; }
footer.site { border-top: 1px solid var(--rule); margin-top: 3rem; color: var(--muted); font-size: .95rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 30rem) {
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .4rem; }
  h1 { font-size: 1.6rem; }
}
@media print {
  body { font-size: 11pt; line-height: 1.4; }
  header.site { background: none; color: #000; border-bottom: 2px solid #000; }
  header.site a, h1, h2 { color: #000; }
  nav.site, form.search, .search-results, .skip, footer.site nav { display: none; }
  .inner { max-width: none; padding: 0; }
  a { color: inherit; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  .tag { border: 1px solid #000; color: #000; background: none; }
  .in-brief { background: none; }
  h2, h3 { break-after: avoid; }
  tr, dl.facts { break-inside: avoid; }
}
`;
}
