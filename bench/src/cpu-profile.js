// Preloaded (NODE_OPTIONS=--require) into a worker process when BENCH_PROFILE_DIR is set: node
// refuses --cpu-prof in NODE_OPTIONS, so the profile is taken through the inspector instead and
// written to BENCH_PROFILE_DIR/worker-<pid>.cpuprofile when the process is asked to stop (the
// worker's own SIGTERM handler then shuts it down) or exits.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
let written = false;
function write() {
  if (written) return;
  written = true;
  // The in-process session answers synchronously, so the file is written before this returns.
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(process.env.BENCH_PROFILE_DIR, `worker-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}
process.once('SIGTERM', write);
process.on('exit', write);
