import { Ajv } from 'ajv';
import { planDocumentSchema } from '../../src/model/schema.js';
import type { PlanDocument } from '../../src/model/types.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(planDocumentSchema);

/** The schema errors of a model, as readable strings; empty when it conforms. */
export function schemaErrors(doc: PlanDocument | unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e: { instancePath: string; message?: string; params: unknown }) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
