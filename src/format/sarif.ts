// SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers.
import { basisText } from '../types.js';
import type { CheckFormatter } from './types.js';
import type { RelatedLocation } from '../types.js';
import { jsonText } from './neutralise.js';

/** SARIF artifact URIs are relative URI references: encode each path segment, keep the slashes. */
export function toArtifactUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function region(m: { line: number; column: number; endLine?: number; endColumn?: number }) {
  return {
    startLine: m.line,
    startColumn: m.column,
    ...(m.endLine ? { endLine: m.endLine } : {}),
    ...(m.endColumn && m.endLine ? { endColumn: m.endColumn } : {}),
  };
}

function location(file: string, m: { line: number; column: number; endLine?: number; endColumn?: number }) {
  return { physicalLocation: { artifactLocation: { uri: toArtifactUri(file), uriBaseId: '%SRCROOT%' }, region: region(m) } };
}

export const sarif: CheckFormatter = (result, { version, rules }) => {
  const used = new Set(result.results.flatMap((f) => f.messages.map((m) => m.ruleId)));
  const driverRules = rules.filter((r) => used.has(r.id));
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-tracker',
            version,
            informationUri: 'https://github.com/policy-tracker/policy-tracker',
            rules: driverRules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: r.url,
              defaultConfiguration: { level: r.defaultSeverity },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the policy repository' } } },
        results: result.results.flatMap((file) =>
          file.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
            level: m.severity,
            message: { text: m.basis ? `${m.message} (${basisText(m.basis)})` : m.message },
            ...(m.basis ? { properties: { basis: m.basis } } : {}),
            locations: [location(file.file, m)],
            ...(m.related?.length
              ? {
                  relatedLocations: m.related.map((r: RelatedLocation, i) => ({
                    id: i + 1,
                    ...location(r.file, r),
                    message: { text: r.message },
                  })),
                }
              : {}),
          })),
        ),
        properties: { asOf: result.asOf },
      },
    ],
  };
  return `${jsonText(JSON.stringify(log, null, 2))}\n`;
};
