/** One transducer block with its parameter name, or null. */
import type { SqlRunner } from "../shared/sqlRunner.js";
import { TRANSDUCER_BLOCK_COLUMNS, type TransducerBlockModel } from "./transducerBlockModel.js";

export async function findTransducerBlock(runner: SqlRunner, id: number): Promise<TransducerBlockModel | null> {
  const [block] = await runner.query<TransducerBlockModel>(
    `SELECT ${TRANSDUCER_BLOCK_COLUMNS} FROM transducer_observation_block b JOIN parameter p ON p.id = b.parameter_id WHERE b.id = $1::int`,
    [id],
  );
  return block ?? null;
}
