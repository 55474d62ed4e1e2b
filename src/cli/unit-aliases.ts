import { findConfig, loadConfigFile } from '../config/load-config.js';
import { aliasesFromConfig, mergeAliases, type AliasTable } from '../query/aliases.js';

/** Unit aliases from --config, or from the `.planrc.json` nearest each input (standard input has none). */
export async function loadUnitAliases(inputs: readonly string[], configPath: string | undefined): Promise<AliasTable> {
  if (configPath !== undefined) return aliasesFromConfig(await loadConfigFile(configPath));
  const tables: AliasTable[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const config = await findConfig(input);
    if (config?.path && !seen.has(config.path)) {
      seen.add(config.path);
      tables.push(aliasesFromConfig(config));
    }
  }
  return mergeAliases(tables);
}
