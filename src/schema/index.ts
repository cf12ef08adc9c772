// Importing a type file registers its types and root fields on the builder; the order does not matter.
import './scalars.js';
import './enums.js';
import './fuzzy-date.js';
import './server-info.js';
import './actor.js';
import './statement.js';
import './statement-filter.js';
import './position.js';
import './outlet.js';
import './article.js';
import './event.js';
import './search.js';
import './graph-view.js';
import './analysis.js';
import './subscription.js';
import './review.js';
