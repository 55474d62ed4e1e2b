/** The names of the settings file, looked for upward from an input: hidden or not. */
export const CONFIG_NAMES: readonly string[] = ['.planrc.json', 'planrc.json'];
