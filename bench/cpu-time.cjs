// Preloaded into each process that bench/import.bench.ts times (`node -r`): reports the process's
// own CPU time (user + system) on exit, which machine load inflates far less than wall time.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(user + system) / 1000}\n`);
});
