// `node bench/dist/regex-trigger.js`: a pathological regex trigger against a long message, RE2 versus V8's backtracking engine.
import { MAX_REGEX_INPUT, matchesTrigger } from '@frontdesk/core';

const PATTERNS = [
  'a{0,30}a{0,30}a{0,30}a{0,30}b',
  'a{0,30}a{0,30}a{0,30}a{0,30}a{0,30}b',
  '(a+)+$',
  '(a|aa)*b',
];
const MESSAGE = 'a'.repeat(MAX_REGEX_INPUT);
const RUNS = Number(process.env.BENCH_REGEX_RUNS ?? 200);

for (const pattern of PATTERNS) {
  const rules = {
    triggerType: 'keyword',
    triggerOperator: 'regex',
    triggerValue: pattern,
  } as Parameters<typeof matchesTrigger>[0];
  matchesTrigger(rules, MESSAGE);
  const started = performance.now();
  for (let run = 0; run < RUNS; run++) matchesTrigger(rules, MESSAGE);
  const perMessageMs = (performance.now() - started) / RUNS;
  console.log(
    JSON.stringify({
      pattern,
      inputChars: MESSAGE.length,
      runs: RUNS,
      perMessageMs: Number(perMessageMs.toFixed(3)),
    }),
  );
}
// For comparison, V8 on the first pattern with a 25-character input (500 would take minutes).
const started = performance.now();
new RegExp(PATTERNS[0] as string, 'iu').test('a'.repeat(25));
console.log(
  JSON.stringify({
    engine: 'V8 RegExp',
    pattern: PATTERNS[0],
    inputChars: 25,
    ms: Number((performance.now() - started).toFixed(1)),
  }),
);
