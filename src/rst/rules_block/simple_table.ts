// Simple tables: "=== ===" column borders.
import type { BlockState } from "../state_block.ts";

export function simpleTable(_state: BlockState): boolean {
  return false;
}
