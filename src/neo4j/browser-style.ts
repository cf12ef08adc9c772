/**
 * How Neo4j Browser draws claimgraph's graph (GraSS, in the JSON form Browser's `:style` accepts): every node
 * captioned by what a person reads it as (actors, outlets, positions and events by name, statements by their
 * text, which Browser wraps and cuts inside the circle), stances and roles on the edges. Colours match the
 * graph explorer's.
 */
const node = (color: string, caption: string, diameter = '55px') => ({
  diameter,
  color,
  'border-color': '#1e293b',
  'border-width': '1px',
  'text-color-internal': '#ffffff',
  'font-size': '10px',
  caption,
});

const edge = (caption: string) => ({
  color: '#94a3b8',
  'shaft-width': '1px',
  'font-size': '8px',
  padding: '3px',
  'text-color-external': '#1e293b',
  'text-color-internal': '#1e293b',
  caption,
});

export const BROWSER_STYLE: Record<string, Record<string, string>> = {
  node: node('#94a3b8', '<id>'),
  relationship: edge('<type>'),
  'node.Actor': node('#2563eb', '{name}', '65px'),
  'node.Alias': node('#94a3b8', '{text}', '40px'),
  'node.Statement': {
    ...node('#f59e0b', '{text}', '80px'),
    'text-color-internal': '#1e293b',
    'font-size': '8px',
  },
  'node.Position': node('#db2777', '{name}', '65px'),
  'node.Outlet': node('#0d9488', '{name}', '60px'),
  'node.Article': node('#78716c', '{title}', '70px'),
  'node.Event': node('#65a30d', '{name}', '60px'),
  'node.Evidence': {
    ...node('#e7e5e4', '{text}', '50px'),
    'text-color-internal': '#1e293b',
    'font-size': '7px',
  },
  'relationship.TAKES_POSITION': edge('{stance}'),
  'relationship.MENTIONS': edge('{role}'),
  'relationship.AFFILIATED_WITH': edge('{role}'),
  'relationship.PARTICIPATED_IN': edge('{role}'),
  'relationship.CITES': edge('{role}'),
};

/**
 * The Browser command that applies the style. JSON, not GraSS's CSS form: Browser splits
 * `browser.post_connect_cmd` on semicolons outside quotes, and JSON has none.
 */
export function browserStyleCommand(): string {
  return `:style ${JSON.stringify(BROWSER_STYLE)}`;
}
