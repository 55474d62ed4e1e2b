import { planDocumentSchema } from '../../model/schema.js';
import { writeStdout } from '../output.js';

export async function runSchema(): Promise<void> {
  await writeStdout(`${JSON.stringify(planDocumentSchema, null, 2)}\n`);
}
