import { defineRule } from '../../src/engine/index.js';
import { gdprName, missingAt } from '../../src/model/index.js';
import { PURPOSE_WHERE_TO_LOOK, noProcessingStatement, purposeFinder } from '../shared/purposes.js';

/** The first place that states a purpose. */
const findPurpose = purposeFinder();

export default defineRule({
  meta: {
    id: 'gdpr/purposes',
    description: 'The policy states the purposes for which personal data is processed.',
    reference: 'GDPR Art. 13(1)(c) and Art. 14(1)(c)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy never says why personal data is processed: {law} Art. 13(1)(c) requires the purposes of the processing.',
        severity: 'error',
        suggestion:
          'Add a "How we use your information" section that lists each purpose, e.g. "We use your e-mail address to send you invoices and service notices."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const at = findPurpose(doc);
    if (at) {
      context.evidence({ item: 'purposes of processing', status: 'met', at });
      return;
    }
    const none = noProcessingStatement(doc);
    if (none) {
      context.evidence({ item: 'purposes of processing', status: 'not-applicable', at: none });
      return;
    }
    context.report({ messageId: 'missing', data: { law: gdprName(doc) }, at: missingAt(doc, PURPOSE_WHERE_TO_LOOK) });
    context.evidence({ item: 'purposes of processing', status: 'missing' });
  },
});
