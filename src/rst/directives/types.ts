// What a directive handler receives, and the spec that says how its block splits into arguments, options and content.
import type { Block } from "../ast.ts";
import type { BlockState } from "../state_block.ts";

export interface DirectiveSpec {
  /** Required + optional arguments; 0 means the first line already belongs to the content. */
  args: number;
  /** The last argument may contain spaces (an admonition title, a URI split over lines). */
  finalWhitespace?: boolean;
  options?: boolean;
  /** The option names docutils (or Pelican) accepts for this directive; any other is an error, as in docutils. */
  optionNames?: readonly string[];
  content?: boolean;
  /** docutils' required_arguments: fewer is an error. */
  requiredArgs?: number;
  /** Empty content is reported (docutils' assert_has_content, unless the directive words it its own way) and drops the directive. */
  contentRequired?: { level: "error" | "warning"; message?: string };
}

export interface DirectiveCall {
  name: string;
  args: string[];
  options: Record<string, string>;
  content: string[];
  contentLine: number;
  line: number;
  /** The whole directive as written, to keep it visibly when it cannot be converted. */
  source: string;
  state: BlockState;
}

export type DirectiveHandler = (call: DirectiveCall) => Block[];

export interface Directive { spec: DirectiveSpec; run: DirectiveHandler }
