// Grid tables: "+---+" borders; spans become an HTML table in the writer.
import type { BlockState } from "../state_block.ts";

export function gridTable(_state: BlockState): boolean {
  return false;
}
