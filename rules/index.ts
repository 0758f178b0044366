// The built-in rules. The engine receives this list; it never imports rules by name.
import type { Rule } from '../src/engine/index.js';
import gdprAutomatedDecisions from './gdpr/automated-decisions.js';
import gdprControllerIdentity from './gdpr/controller-identity.js';
import gdprDataSubjectRights from './gdpr/data-subject-rights.js';
import gdprDpoContact from './gdpr/dpo-contact.js';
import gdprInternationalTransfers from './gdpr/international-transfers.js';
import gdprLegalBasis from './gdpr/legal-basis.js';
import gdprLegitimateInterests from './gdpr/legitimate-interests.js';
import gdprPurposes from './gdpr/purposes.js';
import gdprRecipients from './gdpr/recipients.js';
import gdprSourceOfData from './gdpr/source-of-data.js';
import gdprStatutoryRequirement from './gdpr/statutory-requirement.js';
import gdprSupervisoryAuthorityComplaint from './gdpr/supervisory-authority-complaint.js';
import gdprWithdrawConsent from './gdpr/withdraw-consent.js';
import breachNotification from './general/breach-notification.js';
import childrenAge from './general/children-age.js';
import consentByUse from './general/consent-by-use.js';
import contactDetails from './general/contact-details.js';
import lastUpdated from './general/last-updated.js';
import placeholderText from './general/placeholder-text.js';
import retentionPeriod from './general/retention-period.js';

export const builtinRules: readonly Rule[] = [breachNotification, childrenAge, consentByUse, contactDetails, gdprAutomatedDecisions, gdprControllerIdentity, gdprDataSubjectRights, gdprDpoContact, gdprInternationalTransfers, gdprLegalBasis, gdprLegitimateInterests, gdprPurposes, gdprRecipients, gdprSourceOfData, gdprStatutoryRequirement, gdprSupervisoryAuthorityComplaint, gdprWithdrawConsent, lastUpdated, placeholderText, retentionPeriod];
