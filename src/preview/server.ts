// A built site served as static hosting serves it: under its path prefix, a folder's index.html, the site's 404.html
// with status 404, and the headers its `_headers` file gives. No rebuild, no reload: what a visitor will get.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { headersFor, parseHeaders } from "./headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
};

export interface PreviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves `root` at http://host:port/PREFIX/; port 0 picks a free one. */
export function servePreview(options: { root: string; pathPrefix: string; host?: string; port?: number }): Promise<PreviewServer> {
  const root = normalize(options.root);
  const prefix = options.pathPrefix;
  const headersFile = join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const server = createServer((request, response) => {
    let path: string;
    // The headers' rules are matched as hosts match them, against the path as the browser sent it (percent-encoded).
    const sent = new URL(request.url ?? "/", "http://localhost").pathname;
    try {
      path = decodeURIComponent(sent);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const send = (status: number, file: string, urlPath: string) => {
      const headers: Record<string, string> = { "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream" };
      for (const [name, value] of headersFor(rules, urlPath)) headers[name.toLowerCase()] = value;
      response.writeHead(status, headers).end(request.method === "HEAD" ? undefined : readFileSync(file));
    };
    const notFound = () => {
      const page = join(root, "404.html");
      if (existsSync(page)) send(404, page, encodeURI(`${prefix}404.html`));
      else response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    };
    if (!path.startsWith(prefix)) return notFound();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) || !statSync(file).isFile() || file === headersFile) return notFound();
    send(200, file, sent);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? "localhost", () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://${options.host ?? "localhost"}:${address.port}${prefix}`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
