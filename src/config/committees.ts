// Committee names and aliases must each name one committee: a policy's approving_body is matched to them
// case-insensitively, and with two committees of one name the second's meetings would never be used.

export interface NameClash {
  /** Path in the config of the name or alias that repeats an earlier one. */
  path: (string | number)[];
  message: string;
}

/** How a name is matched: case, Unicode forms and spacing do not count. */
const key = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export function committeeNameClashes(committees: readonly { name?: unknown; aliases?: unknown }[]): NameClash[] {
  const seen = new Map<string, { index: number; committee: string; as: string }>();
  const clashes: NameClash[] = [];
  committees.forEach((committee, i) => {
    if (typeof committee?.name !== 'string') return;
    const names: [string, (string | number)[]][] = [[committee.name, ['committees', i, 'name']]];
    if (Array.isArray(committee.aliases)) {
      committee.aliases.forEach((alias, j) => {
        if (typeof alias === 'string') names.push([alias, ['committees', i, 'aliases', j]]);
      });
    }
    for (const [name, path] of names) {
      const k = key(name);
      const earlier = seen.get(k);
      // A committee that repeats its own name as an alias confuses nothing.
      if (earlier?.index === i) continue;
      if (earlier) {
        const which = earlier.committee === committee.name ? 'another committee of the same name' : `the committee ${earlier.committee}`;
        clashes.push({
          path,
          message: `${JSON.stringify(name)} is already ${earlier.as === 'name' ? 'the name' : 'an alias'} of ${which} (names are matched ignoring case and spacing), so policies naming it could not tell which committee approves them, and one committee's meetings would never be used. Give each committee its own name and aliases, or merge the two entries.`,
        });
      } else {
        seen.set(k, { index: i, committee: committee.name, as: path[2] === 'name' ? 'name' : 'alias' });
      }
    }
  });
  return clashes;
}
