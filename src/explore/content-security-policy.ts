/**
 * The Content-Security-Policy of claimgraph's own pages (the explorer, GraphiQL): everything they load or call
 * comes from this server, and nothing on them can frame them, post elsewhere or run a plugin. A page adds only
 * what it needs on top (GraphiQL's editor workers and inline styles, the explorer's one Cytoscape.js style).
 */
const SAME_ORIGIN: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
};

/** The same-origin policy with these directives added or replaced, as a header value. */
export function sameOriginPolicy(page: Record<string, string> = {}): string {
  return Object.entries({ ...SAME_ORIGIN, ...page })
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}
