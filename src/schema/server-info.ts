import { builder } from '../builder.js';
import { ServerInfoRef } from './refs.js';

ServerInfoRef.implement({
  description: 'The Neo4j server behind this API.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Product name of the database component.' }),
    version: t.exposeString('version', { description: 'Neo4j version, e.g. 5.26.30.' }),
    edition: t.exposeString('edition', { description: 'Neo4j edition: community or enterprise.' }),
  }),
});

builder.queryField('serverInfo', (t) =>
  t.field({
    type: ServerInfoRef,
    description: 'The database server this API reads from and writes to.',
    resolve: (_root, _args, ctx) => ctx.repos.system.getServerInfo(),
  }),
);
