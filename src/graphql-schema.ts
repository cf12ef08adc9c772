import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './schema/index.js';

/** The assembled schema, sorted so that the printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
