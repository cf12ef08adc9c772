import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { schema } from '../../../src/graphql-schema.js';
import { printSchemaSdl } from '../../../src/print-sdl.js';

describe('GraphQL schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema:print` after changing types)', () => {
    const committed = readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printSchemaSdl()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
