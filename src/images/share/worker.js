// The share-image worker's entry: a worker thread does not inherit tsx's loader hooks, so it registers them before
// loading the TypeScript worker (src/images/share/worker.ts).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
