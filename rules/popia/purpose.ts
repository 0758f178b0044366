import { defineRule } from '../../src/engine/index.js';
import { missingAt } from '../../src/model/index.js';
import { PURPOSE_WHERE_TO_LOOK, noProcessingStatement, purposeFinder } from '../shared/purposes.js';

// POPIA s18(1)(c): the data subject must be made aware of "the purpose for which the
// information is being collected"; s13(1): information must be collected for "a specific,
// explicitly defined and lawful purpose". Nearly every policy has a "How we use your
// information" section, so the rule is lenient: it fires only when nothing at all says
// why personal information is collected or used. Every quantifier below is bounded.

/** The first place that states a purpose. */
const findPurpose = purposeFinder();

export default defineRule({
  meta: {
    id: 'popia/purpose',
    description: 'The policy states the purpose for which personal information is collected.',
    reference: 'POPIA s18(1)(c) and s13(1)',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy never says why personal information is collected: POPIA s18(1)(c) requires the data subject to be told the purpose of the collection, and s13(1) requires a specific, explicitly defined and lawful purpose.',
        severity: 'error',
        suggestion:
          'Add a "How we use your personal information" section that names each purpose, e.g. "We use your e-mail address to send you invoices and service notices."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const at = findPurpose(doc);
    if (at) {
      context.evidence({ item: 'purpose of collection', status: 'met', at });
      return;
    }
    const none = noProcessingStatement(doc);
    if (none) {
      context.evidence({ item: 'purpose of collection', status: 'not-applicable', at: none });
      return;
    }
    context.report({ messageId: 'missing', at: missingAt(doc, PURPOSE_WHERE_TO_LOOK) });
    context.evidence({ item: 'purpose of collection', status: 'missing' });
  },
});
