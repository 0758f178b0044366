// The built-in rules. The engine receives this list; it never imports rules by name.
import type { Rule } from '../src/engine/index.js';
import breachNotification from './general/breach-notification.js';
import childrenAge from './general/children-age.js';
import consentByUse from './general/consent-by-use.js';
import contactDetails from './general/contact-details.js';
import lastUpdated from './general/last-updated.js';
import placeholderText from './general/placeholder-text.js';
import retentionPeriod from './general/retention-period.js';

export const builtinRules: readonly Rule[] = [breachNotification, childrenAge, consentByUse, contactDetails, lastUpdated, placeholderText, retentionPeriod];
