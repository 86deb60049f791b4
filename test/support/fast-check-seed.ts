// Property tests run with a fresh seed on every run, so CI keeps looking for
// counterexamples instead of replaying one path (#14). fast-check prints the
// seed and path of a failure; replay it with FC_SEED=<seed> npx vitest run …,
// then add the counterexample as a fixed regression case.
import fc from 'fast-check';

const given = process.env.FC_SEED;
const seed = given !== undefined && given !== '' ? Number(given) : (Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)) | 0;
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${given}`);
fc.configureGlobal({ seed });
