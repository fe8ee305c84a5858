// Where the project's own files are, whatever content folder is being built.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TEMPLATES_DIR = resolve(PROJECT_ROOT, "templates");
export const PUBLIC_DIR = resolve(PROJECT_ROOT, "public");
