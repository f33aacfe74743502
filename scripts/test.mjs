#!/usr/bin/env node
// `npm test`: every check, in three stages.
//   1. at once: the type check, and the builds the end-to-end tests need (Chrome + demo, then
//      Firefox and its addons-linter);
//   2. the unit and component tests, alone: some wait on timers (Testing Library's 1 s waitFor,
//      the backup's PBKDF2), which a CPU shared with a build slows down too much (measured: ten
//      failures under load when they ran beside stage 1);
//   3. the end-to-end tests (they need the builds, and wait on real browsers).
// A stage-1 job's output is printed in one block when it ends (not interleaved); the others
// stream. Each job's duration is printed at the end.
import { spawn } from 'node:child_process';

const started = Date.now();
const durations = [];
const secs = (ms) => `${Math.round(ms / 1000)} s`;

/** Runs an npm script; `stream` shows its output as it comes, else it is kept for one block. */
function run(name, script, { stream = false } = {}) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => {
      const ms = Date.now() - t0;
      durations.push([name, ms]);
      const ok = code === 0;
      if (!stream) process.stdout.write(`\n── ${name} (npm run ${script}) ──\n${Buffer.concat(out).toString()}`);
      console.log(`── ${name}: ${ok ? 'OK' : `ÉCHEC (${signal ?? `code ${code}`})`} en ${secs(ms)} ──`);
      resolve(ok);
    });
  });
}

function summary() {
  console.log(`\nDurées : ${durations.map(([n, ms]) => `${n} ${secs(ms)}`).join(', ')} ; total ${secs(Date.now() - started)}`);
}

const stage1 = await Promise.all([
  run('types', 'typecheck'),
  (async () => (await run('build', 'build')) && run('firefox', 'lint:firefox'))(),
]);
if (!stage1.every(Boolean) || !(await run('unit', 'test:unit', { stream: true }))) {
  summary();
  process.exit(1);
}
const e2e = await run('e2e', 'test:e2e', { stream: true });
summary();
process.exit(e2e ? 0 : 1);
