// Writes the end-to-end tests' sources that are built rather than kept: a response published as a PDF, made by the
// same builder the unit tests use (test/support/pdf.ts), and the bundled report set as a PDF for the README's
// screenshot of an import. Run by test/e2e/build.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { textToPdf } from '../support/pdf';

const RURAL = `Special Report: Government Response to the Committee's Report on Rural Transport

The Committee's report was published on 3 January 2025. The Government's response was received on 3 March 2025.

1. The Department for Transport should publish a rural bus strategy within a year of this report. (Paragraph 7)

We agree with the Committee and will publish a strategy next year, after consulting local authorities and operators.

2. The Government should restore every bus route cut since 2010. (Paragraph 9)

We do not accept this recommendation. Local authorities decide which routes to run.

3. The Department should review concessionary fares. (Paragraph 15)
`;

void (async () => {
  const out = path.join(__dirname, 'fixtures');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'rural.pdf'), await textToPdf(RURAL, { header: 'Rural transport: Government Response    HC 12', linesPerPage: 6, hyphenate: 'consulting' }));
  const seed = readFileSync(path.join(__dirname, '..', '..', 'seeds', 'send-government-response-2020.txt'), 'utf8');
  writeFileSync(path.join(out, 'send-response.pdf'), await textToPdf(seed, { header: 'Special educational needs and disabilities: Government Response' }));
})();
