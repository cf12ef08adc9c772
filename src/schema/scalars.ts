import { valueFromASTUntyped } from 'graphql';
import { builder } from '../builder.js';

builder.scalarType('JSON', {
  description: 'Any JSON value: annotated-article documents in, relationship properties out.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});
