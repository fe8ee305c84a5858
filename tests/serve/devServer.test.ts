// Issue 7, item 15: `npm start` as a user runs it: on this machine only, stopped with npm, showing content problems as
// one-line messages in the terminal and the browser, and taking site.json edits.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { copyContent, editJson } from "../helpers/site.ts";

const ROOT = join(import.meta.dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.on("connect", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => (socket.destroy(), resolve(false)));
  });
}

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, seconds = 30): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("issue 7.15: npm start", () => {
  let server: ChildProcess;
  let output = "";
  let port: number;
  let input: string;
  const page = async () => {
    const response = await fetch(`http://localhost:${port}/talk/moving.html`, { headers: { accept: "text/html", "sec-fetch-mode": "navigate" } });
    return { status: response.status, text: await response.text() };
  };

  before(async () => {
    ({ input } = copyContent("serve"));
    editJson(join(input, "_data", "site.json"), (site) => (site.url = "https://conf.example.org"));
    port = await freePort();
    server = spawn("npm", ["start", "--", "--input", input, "--output", join(input, "..", "_site"), "--port", String(port)], { cwd: ROOT, env: { ...process.env, CI: "" } });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await until("the server to start", () => output.includes(`Server at http://localhost:${port}/`) || undefined, 60);
  });

  after(() => {
    if (server.exitCode === null) server.kill("SIGKILL");
  });

  test("listens on this machine only", async () => {
    assert.ok(await canConnect("localhost", port));
    const outside = Object.values(networkInterfaces()).flat().find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    if (outside) assert.equal(await canConnect(outside, port), false, `reachable on ${outside}`);
  });

  test("a content problem shows as the build's one-line message in the terminal and the browser, then a fix reloads", async () => {
    const talk = join(input, "talk", "moving.md");
    const good = readFileSync(talk, "utf8");
    const before = output.length;
    writeFileSync(talk, good.replace("  - daren-hsu", "  - nobody"));
    const line = `${talk}:13: field "speakers[1]": expected a speaker id from _data/speakers.json (13 ids; closest: tjwei, neil-tan, dboy-liao), found "nobody"`;
    await until("the problem in the terminal", () => output.slice(before).includes(line) || undefined);
    assert.doesNotMatch(output.slice(before), /^\s+at /m, "no stack trace");
    const broken = await until("the problem page", async () => ((await page()).status === 500 ? page() : undefined));
    assert.ok(broken.text.includes(line.replace(/"/g, "&quot;")), broken.text);
    writeFileSync(talk, good);
    const fixed = await until("the fixed page", async () => ((await page()).status === 200 ? page() : undefined));
    assert.match(fixed.text, /<h1>Moving Your Experimentation Project/);
  });

  test("an edit to site.json takes effect without a restart", async () => {
    editJson(join(input, "_data", "site.json"), (site) => (site.name = "Renamed Conference"));
    const renamed = await until("the new name", async () => {
      const { text } = await page();
      return text.includes("· Renamed Conference</title>") ? text : undefined;
    });
    assert.ok(renamed);
  });

  test("issue 8: moving a talk updates its page, its calendar and the schedule; a deleted talk's files go", async () => {
    const get = async (path: string) => {
      const response = await fetch(`http://localhost:${port}${path}`);
      return response.status === 200 ? response.text() : undefined;
    };
    const talk = join(input, "talk", "moving.md");
    const good = readFileSync(talk, "utf8");
    writeFileSync(talk, good.replace("start: 2020-03-21 11:10", "start: 2020-03-21 11:15"));
    await until("the page's new time", async () => ((await get("/talk/moving.html"))?.includes("11:15–11:50") ? true : undefined));
    await until("the calendar's new time", async () => ((await get("/talk/moving.ics"))?.includes("DTSTART;TZID=Asia/Taipei:20200321T111500") ? true : undefined));
    await until("the schedule's new time", async () => ((await get("/schedule.xml"))?.includes("<start>11:15</start>") ? true : undefined));
    writeFileSync(talk, good);
    await until("the old time back", async () => ((await get("/talk/moving.ics"))?.includes("DTSTART;TZID=Asia/Taipei:20200321T111000") ? true : undefined));
    const other = join(input, "talk", "gone.md");
    writeFileSync(other, good.replace("permalink: talk/moving.html", "permalink: talk/gone.html").replace("room: r203", "room: r202").replace(/^title: .*$/m, "title: Gone soon"));
    await until("the new talk's calendar", async () => ((await get("/talk/gone.ics")) ? true : undefined));
    rmSync(other);
    await until("its page to go", async () => ((await get("/talk/gone.html")) === undefined ? true : undefined));
    await until("its calendar to go", async () => ((await get("/talk/gone.ics")) === undefined ? true : undefined));
  });

  test("a SIGTERM to npm stops the server too", async () => {
    server.kill("SIGTERM");
    await until("npm to exit", () => (server.exitCode !== null || server.signalCode !== null ? true : undefined));
    await until("the port to close", async () => ((await canConnect("localhost", port)) ? undefined : true), 10);
  });
});
