import { ConferenceLoader } from "/work/main/src/model/load.ts";
import { exportFiles } from "/work/main/src/export/index.ts";
const t0 = performance.now();
const c = new ConferenceLoader(process.argv[2]!, ["css/site.css", "favicon.svg"], {}).load();
const t1 = performance.now();
const files = exportFiles(c);
const t2 = performance.now();
console.log(`load ${(t1 - t0).toFixed(0)} ms, exports ${(t2 - t1).toFixed(0)} ms, docs ${c.docs.length}, files ${files.length}, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB, maxrss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
