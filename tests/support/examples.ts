import { expect } from 'vitest';
import { loadExamples } from '../../src/graphiql-examples.js';
import type { connectTestGraph } from './graph.js';

/** The GraphiQL examples by file name, and a runner that sends one through the app and expects no errors. */
export function exampleRunner(graph: Pick<ReturnType<typeof connectTestGraph>, 'graphql'>) {
  const examples = new Map(loadExamples().map((e) => [e.file, e.query]));
  async function run<T>(file: string): Promise<T> {
    const query = examples.get(file);
    expect(query, file).toBeDefined();
    const result = await graph.graphql<T>(query ?? '');
    expect(result.errors, file).toBeUndefined();
    return result.data as T;
  }
  return { examples, run };
}
