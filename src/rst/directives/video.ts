// youtube:: and vimeo:: (Pelican plugins): written as a plain link to the video, so a page loads nothing from those hosts until a reader chooses to.
import type { Directive } from "./types.ts";

function videoDirective(site: "YouTube" | "Vimeo", url: (id: string) => string): Directive {
  return {
    spec: { args: 1, options: true },
    run(call) {
      const arg = call.args[0] ?? "";
      if (!arg) {
        call.state.ctx.reporter.error(call.line, `Error in "${call.name}" directive:\n1 argument(s) required, 0 supplied.`);
        return [{ type: "problem", source: call.source, message: `${call.name} without a video id`, line: call.line }];
      }
      const href = /^https?:\/\//.test(arg) ? arg : url(arg);
      const label = call.options.title ?? call.options.alt ?? `Watch the video on ${site}`;
      return [{
        type: "container", tag: "div", classes: ["video", call.name], line: call.line,
        children: [{ type: "paragraph", line: call.line, children: [{ type: "reference", children: [{ type: "text", value: label }], refuri: href, line: call.line }] }],
      }];
    },
  };
}

export const youtube = videoDirective("YouTube", (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`);
export const vimeo = videoDirective("Vimeo", (id) => `https://vimeo.com/${encodeURIComponent(id)}`);
