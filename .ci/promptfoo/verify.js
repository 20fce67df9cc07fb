// CI only: checks a promptfoo results file against the test file it ran. Every case must have loaded and run once
// per provider with no error; with the reference provider (which answers the expected answer) every case must pass.
const fs = require('fs');
const [resultsFile, testsFile] = process.argv.slice(2);
const tests = fs.readFileSync(testsFile, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')).results.results;
const problems = [];
for (const provider of ['echo', 'concord-reference-answer']) {
  const ran = results.filter((r) => String(r.provider.id || r.provider) === provider);
  const ids = new Set(ran.map((r) => r.testCase.description));
  const missing = tests.filter((t) => !ids.has(t.description));
  if (ran.length !== tests.length || missing.length > 0) {
    problems.push(`${provider}: ${ran.length} results for ${tests.length} cases (${missing.length} missing)`);
  }
  const errors = ran.filter((r) => r.error && !r.gradingResult);
  if (errors.length > 0) {
    problems.push(`${provider}: ${errors.length} cases errored, e.g. ${errors[0].error}`);
  }
  if (provider === 'concord-reference-answer') {
    const failed = ran.filter((r) => !r.success);
    if (failed.length > 0) {
      problems.push(`${provider}: ${failed.length} cases fail with their own expected answer, e.g. ${failed[0].testCase.description}`);
    }
  }
}
const regressions = tests.filter((t) => t.assert.some((a) => a.type === 'not-similar')).length;
if (problems.length > 0) {
  console.error('promptfoo check FAILED:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`promptfoo check: ${tests.length} cases (${tests.length - regressions} golden, ${regressions} regression) `
  + 'loaded and ran with the echo and reference providers; every reference answer passed');
