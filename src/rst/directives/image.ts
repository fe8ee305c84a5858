// image:: and figure:: with alt, width, height, scale, align, target, class; a figure adds a caption and legend.
import type { Block, ImageSpec } from "../ast.ts";
import type { Directive, DirectiveCall } from "./types.ts";
import { parseLinkBlock } from "../rules_block/target.ts";

export function imageSpec(call: Pick<DirectiveCall, "args" | "options" | "line">): ImageSpec {
  const o = call.options;
  const spec: ImageSpec = { uri: (call.args[0] ?? "").replace(/\s+/g, ""), line: call.line };
  if (o.alt !== undefined) spec.alt = o.alt;
  if (o.width !== undefined) spec.width = o.width;
  if (o.height !== undefined) spec.height = o.height;
  if (o.scale !== undefined) spec.scale = o.scale;
  if (o.align !== undefined) spec.align = o.align;
  if (o.class !== undefined) spec.classes = o.class.split(/\s+/);
  if (o.target !== undefined) {
    const link = parseLinkBlock(o.target);
    if (link.refname !== undefined) spec.target = [{ type: "reference", children: [], refname: link.refname, line: call.line }];
    else if (link.refuri !== undefined) spec.target = link.refuri;
  }
  return spec;
}

const IMAGE_OPTIONS = ["align", "alt", "class", "height", "name", "scale", "target", "width"];

export const image: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: IMAGE_OPTIONS },
  run(call) {
    if (!call.args[0]) {
      call.state.ctx.reporter.error(call.line, `Error in "image" directive:\n1 argument(s) required, 0 supplied.`);
      return [{ type: "problem", source: call.source, message: "image without URI", line: call.line }];
    }
    return [{ type: "image", image: imageSpec(call), line: call.line }];
  },
};

export const figure: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: [...IMAGE_OPTIONS, "figclass", "figwidth"], content: true },
  run(call) {
    if (!call.args[0]) {
      call.state.ctx.reporter.error(call.line, `Error in "figure" directive:\n1 argument(s) required, 0 supplied.`);
      return [{ type: "problem", source: call.source, message: "figure without URI", line: call.line }];
    }
    const img = imageSpec(call);
    const body = call.state.parseNested(call.content, call.contentLine);
    const first = body[0];
    const figure: Extract<Block, { type: "figure" }> = { type: "figure", image: img, caption: [], legend: [], line: call.line };
    if (call.options.figwidth !== undefined) figure.figwidth = call.options.figwidth;
    if (call.options.align !== undefined) { figure.align = call.options.align; delete img.align; }
    if (first && first.type === "paragraph") {
      figure.caption = first.children;
      figure.legend = body.slice(1);
    } else if (first) {
      const emptyComment = call.content[0]?.trim() === "..";
      if (!emptyComment) call.state.ctx.reporter.error(call.contentLine, "Figure caption must be a paragraph or empty comment.");
      figure.legend = body;
    }
    return [figure];
  },
};
