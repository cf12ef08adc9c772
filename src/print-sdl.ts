import { printSchema } from 'graphql';
import { schema } from './graphql-schema.js';

/** The SDL committed as schema/schema.graphql; a test fails when the code and the file differ. */
export function printSchemaSdl(): string {
  return `${printSchema(schema)}\n`;
}
