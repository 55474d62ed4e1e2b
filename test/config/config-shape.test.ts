import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';

const PATH = 'p/.planrc.json';

describe('.planrc.json: the whole shape is checked when the file is read', () => {
  it.each([
    ['[]', 'expected a JSON object'],
    ['{"rules":null}', 'rules must be an object of rule id → off, info, warning or error'],
    ['{"rules":["unit-known"]}', 'rules must be an object of rule id → off, info, warning or error'],
    ['{"rules":"unit-known=off"}', 'rules must be an object of rule id → off, info, warning or error'],
    ['{"rules":{"unit-known":"warn"}}', 'rule "unit-known" has setting "warn"; use off, info, warning or error'],
    ['{"rules":{"unit-known":0}}', 'rule "unit-known" has setting 0; use off, info, warning or error'],
    ['{"units":"x"}', 'units must be an object with known and/or aliases'],
    ['{"units":null}', 'units must be an object with known and/or aliases'],
    ['{"units":["县科技局"]}', 'units must be an object with known and/or aliases'],
    ['{"units":{"known":"县科枝局"}}', 'units.known must be a list of names'],
    ['{"units":{"known":[1]}}', 'units.known must be a list of names'],
    ['{"units":{"known":["区科技局",""]}}', 'units.known must be a list of names'],
    ['{"units":{"known":{"区科技局":true}}}', 'units.known must be a list of names'],
    ['{"units":{"aliases":["区科技局"]}}', 'units.aliases must be an object of name → [other names]'],
    ['{"units":{"aliases":"区科技局"}}', 'units.aliases must be an object of name → [other names]'],
    ['{"units":{"aliases":{"县科技局":"县科枝局"}}}', 'units.aliases["县科技局"] must be a list of names'],
    ['{"units":{"aliases":{"县科技局":[null]}}}', 'units.aliases["县科技局"] must be a list of names'],
    ['{"rulez":{}}', 'unknown key "rulez"; the keys are rules and units'],
    ['{"units":{"knwon":[]}}', 'unknown key "units.knwon"; the keys are units.known and units.aliases'],
  ])('should refuse %s with one line naming the key and what it must be', (text, message) => {
    expect(() => parseConfig(text, PATH)).toThrow(`${PATH}: ${message}`);
  });

  it('should name the first problem only, in the order rules then units', () => {
    expect(() => parseConfig('{"rules":null,"units":"x"}', PATH)).toThrow(/: rules must be/);
  });

  it('should take a config of the right shape, empty parts included', () => {
    const text = '{"rules":{"header-required":"warning"},"units":{"known":["区算力专班"],"aliases":{"区科技局":["河东区科学技术局"]}}}';
    expect(parseConfig(text, PATH)).toEqual({
      rules: { 'header-required': 'warning' },
      units: { known: ['区算力专班'], aliases: { 区科技局: ['河东区科学技术局'] } },
      path: PATH,
    });
    expect(parseConfig('{"rules":{},"units":{"known":[],"aliases":{}}}', PATH)).toMatchObject({ units: { known: [] } });
  });
});
