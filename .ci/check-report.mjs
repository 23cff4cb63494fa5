// Reads Vitest's JSON report. Fails when nothing ran, when anything was skipped, or when a
// server test file did not run on both databases (once on PGlite, once on PostgreSQL) — or on
// one, when the second argument is 1 (a run on another Node version, on one database);
// then prints the plain closing line CI reads.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const databases = Number(process.argv[3] ?? 2);
const runsPerFile = new Map();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of report.testResults) {
  runsPerFile.set(file.name, (runsPerFile.get(file.name) ?? 0) + 1);
  for (const test of file.assertionResults) {
    if (test.status === 'passed') passed++;
    else if (test.status === 'failed') failed++;
    else skipped++;
  }
}
const problems = [];
if (report.numTotalTests === 0) problems.push('no test ran');
if (skipped > 0) problems.push(`${skipped} tests were skipped or left as todo`);
for (const [name, runs] of runsPerFile) {
  if (name.includes('/server/') && runs !== databases)
    problems.push(
      `${name} ran ${runs}× instead of ${databases === 1 ? 'once' : 'on both databases'}`,
    );
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (problems.length || failed > 0 || !report.success) {
  console.error(`CI check failed: ${problems.join('; ') || 'tests failed'}`);
  process.exit(1);
}
