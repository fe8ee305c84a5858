// Preloaded into a benchmarked process (`node --require bench/maxrss.cjs …`): its peak memory, written on exit.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
