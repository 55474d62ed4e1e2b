import { dirname, resolve } from 'node:path';
import { findConfig, type PlanConfig, type RuleSetting } from '../config/load-config.js';
import { InputError } from '../io/errors.js';
import { readInput } from '../io/read-input.js';
import type { Diagnostic, PlanDocument, SourceFormat } from '../model/types.js';
import { loadSource } from '../source/load-source.js';
import type { SourceDocument } from '../source/types.js';
import { UnknownRuleError } from '../validate/run-rules.js';
import { ruleLevels, validateSource } from '../validate/validate.js';
import { notNoticeMessage } from './decoding-report.js';
import { inCliWords } from './read-notice.js';

export interface ValidateInputOptions {
  format: SourceFormat | 'auto';
  encoding: string;
  maxBytes: number;
  /** `--rule` settings, applied over the config's. */
  rules: Record<string, RuleSetting>;
  /** `--config FILE`, already read; otherwise the nearest .planrc.json above each input is used. */
  config: PlanConfig | null;
  /** Read the input with blocking calls (see ReadOptions.sync). */
  sync?: boolean;
}

/** A config file's rule settings must name real rules; checked once, when the file is read. */
export function checkConfig(config: PlanConfig | null): PlanConfig | null {
  try {
    ruleLevels([config?.rules]);
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new InputError('ECONFIG', `${config?.path ?? 'config'}: ${error.message}`);
    throw error;
  }
  return config;
}

// Inputs in one folder share the config found above it (per thread: each worker keeps its own).
const configs = new Map<string, Promise<PlanConfig | null>>();

function configFor(input: string, explicit: PlanConfig | null): Promise<PlanConfig | null> {
  if (explicit) return Promise.resolve(explicit);
  const dir = input === '-' ? resolve('.') : dirname(resolve(input));
  let found = configs.get(dir);
  if (!found) configs.set(dir, (found = findConfig(input).then(checkConfig)));
  return found;
}

/** What reading and validating one input gives: the loaded source, its model, its findings and the settings used. */
export interface ValidatedInput {
  source: SourceDocument;
  doc: PlanDocument;
  diagnostics: Diagnostic[];
  config: PlanConfig | null;
}

/** Reads, parses and validates one input; an unreadable input or a text that is no notice throws InputError. */
export async function readAndValidate(input: string, options: ValidateInputOptions): Promise<ValidatedInput> {
  const bytes = await readInput(input, { maxBytes: options.maxBytes, sync: options.sync }).catch((error: unknown) => {
    throw inCliWords(error);
  });
  const source = await loadSource(bytes, { name: input, format: options.format, encoding: options.encoding });
  const config = await configFor(input, options.config);
  const { doc, diagnostics } = await validateSource(source, { config, rules: options.rules });
  const refused = notNoticeMessage(doc);
  if (refused) throw new InputError('ENOTICE', refused);
  return { source, doc, diagnostics, config };
}

/** The findings of one input (see readAndValidate). */
export async function validateInput(input: string, options: ValidateInputOptions): Promise<Diagnostic[]> {
  return (await readAndValidate(input, options)).diagnostics;
}
