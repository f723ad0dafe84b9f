// The GitHub Actions workflow `policies init --pages` writes: build the site on every push to main and publish it
// with GitHub Pages (actions/upload-pages-artifact + actions/deploy-pages). Like the other workflows `init` writes, it
// runs the policy-tracker that the repository's package.json and package-lock.json pin.

import { INSTALL_STEPS } from '../init/files.js';

export const SITE_WORKFLOW_FILE = 'policies-site.yml';

export function siteWorkflow(): string {
  return `# Publish the register's public, in-force policies to GitHub Pages on every merge to main (and on demand).
# Turn Pages on first: Settings > Pages > Source: GitHub Actions. See the README, "Publishing the register".
name: Publish policies

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${INSTALL_STEPS}
      - id: pages
        uses: actions/configure-pages@v5
      # The live site's manifest keeps each unchanged version's first publication date (none on the first run).
      - name: Fetch the last publication record
        env:
          PAGES_URL: \${{ steps.pages.outputs.base_url }}
        run: |
          curl -fsSL --create-dirs -o _site/publication-manifest.json "$PAGES_URL/publication-manifest.json" \\
            || { rm -f _site/publication-manifest.json; echo "No earlier publication record found."; }
      - name: Build the site
        run: node_modules/.bin/policy-tracker site --out _site
      - name: Job summary
        run: |
          echo "Published $(grep -c '"id":' _site/publication-manifest.json) policies." >> "$GITHUB_STEP_SUMMARY"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}
