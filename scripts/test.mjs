#!/usr/bin/env node
// `npm test`: every check, in two stages that keep a 2-core machine busy.
//   1. at once: the type check, the unit and component tests (one Vitest worker on 2 cores), and
//      the builds the end-to-end tests need (Chrome + demo, then Firefox and its addons-linter);
//   2. the end-to-end tests, once all of stage 1 passed (they need the builds, and they wait on
//      real browsers, which a busy CPU slows down).
// A stage-1 job's output is printed in one block when it ends (not interleaved); the end-to-end
// output streams. Each job's duration is printed at the end.
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
  run('unit', 'test:unit'),
  (async () => (await run('build', 'build')) && run('firefox', 'lint:firefox'))(),
]);
if (!stage1.every(Boolean)) {
  summary();
  process.exit(1);
}
const e2e = await run('e2e', 'test:e2e', { stream: true });
summary();
process.exit(e2e ? 0 : 1);
