// Importing a type file registers its types and root fields on the builder; the order does not matter.
import './server-info.js';
