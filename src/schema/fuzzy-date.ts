import { DatePrecisionEnum } from './enums.js';
import { FuzzyDateRef } from './refs.js';

FuzzyDateRef.implement({
  description:
    'A date known to a precision ("2022-01" is January 2022), possibly from outside the article text.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.' }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: 'How precisely the date is known.',
      resolve: (d) => d.precision,
    }),
    context: t.exposeBoolean('context', {
      description: 'True when the date comes from outside the article text (e.g. the year of "10 January").',
    }),
  }),
});
