// Runs StrykerJS (stryker.config.mjs) and prints the mutation score.
//
// Stryker 10's command line refuses to start on Node.js below 22 (its declared
// engine), while this project supports Node 20.19+ (package.json) and its
// machines run Node 20. Stryker's own API has no such guard and runs mutation
// testing on Node 20 as it does on 22, so this script calls it directly. On
// Node 22 or later `npx stryker run` does the same thing.
import { Stryker } from '../node_modules/@stryker-mutator/core/dist/src/stryker.js';

const started = Date.now();
const results = await new Stryker({ configFile: 'stryker.config.mjs' }).runMutationTest();
const count = (...statuses) => results.filter((mutant) => statuses.includes(mutant.status)).length;
const detected = count('Killed', 'Timeout');
const valid = detected + count('Survived', 'NoCoverage');
const score = valid ? (100 * detected) / valid : 100;
console.log(`Mutation score: ${score.toFixed(2)} % (${detected} of ${valid} mutants detected, ${count('Ignored')} ignored) in ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = score >= 90 ? 0 : 1;
