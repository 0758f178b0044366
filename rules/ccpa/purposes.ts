import { defineRule } from '../../src/engine/index.js';
import { missingAt } from '../../src/model/index.js';
import { PURPOSE_WHERE_TO_LOOK, noProcessingStatement, purposeFinder } from '../shared/purposes.js';
import { inRightToKnowList } from './shared/sale-statements.js';

// Cal. Civ. Code §1798.110(c)(3) and §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(C): the privacy
// policy states the business or commercial purposes for collecting, selling or sharing
// personal information. Deliberately lenient, like gdpr/purposes: the rule reports only a
// policy that never says why personal information is collected or used. Every quantifier
// below is bounded.

/**
 * The first place that states a purpose (sell, share and disclose count as handling verbs). The
 * items of a right-to-know list say what the reader may ask for ("Business purposes: why we
 * collect and use personal information"), not what the purposes are.
 */
const findPurpose = purposeFinder({ verbs: ['sell', 'share', 'disclose'], ignore: inRightToKnowList });

export default defineRule({
  meta: {
    id: 'ccpa/purposes',
    description: 'The policy states the business or commercial purposes for collecting, selling or sharing personal information.',
    reference: 'Cal. Civ. Code §1798.110(c)(3), §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(C)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy never says why personal information is collected or used: Cal. Civ. Code §1798.110(c)(3) requires the business or commercial purposes.',
        severity: 'error',
        suggestion:
          'Add a "How we use personal information" section that lists each business or commercial purpose, e.g. "We use your e-mail address to send you receipts and service notices."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'business or commercial purposes for collecting personal information';
    const at = findPurpose(doc);
    if (at) {
      context.evidence({ item, status: 'met', at });
      return;
    }
    const none = noProcessingStatement(doc);
    if (none) {
      context.evidence({ item, status: 'not-applicable', at: none });
      return;
    }
    context.report({ messageId: 'missing', at: missingAt(doc, PURPOSE_WHERE_TO_LOOK) });
    context.evidence({ item, status: 'missing' });
  },
});
