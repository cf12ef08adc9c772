// Importing a type file implements its refs (refs.ts) and registers its root fields; the order does not matter.
import './scalars.js';
import './enums.js';
import './fuzzy-date.js';
import './server-info.js';
import './actor.js';
import './statement.js';
import './position.js';
import './outlet.js';
import './article.js';
import './event.js';
import './search.js';
import './graph-view.js';
import './analysis.js';
import './stance-timeline.js';
import './contradiction.js';
import './provenance.js';
import './subscription.js';
