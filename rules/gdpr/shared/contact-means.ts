// Ways to reach someone that the GDPR contact rules (gdpr/controller-identity,
// gdpr/dpo-contact) accept besides an e-mail address or a web address: a postal address or
// a contact form. One list, so both rules read an address the same way.

/** Postal addresses: P.O. boxes, street addresses (English, German/Dutch/Nordic, French), US ZIP and UK postcodes. */
export const POSTAL_ADDRESS: readonly RegExp[] = [
  /\b(?:P\.?\s?O\.?\s?Box|Private\s+Bag|Postfach|Postbus)\s{0,2}[A-Z]?\d{1,7}\b/i,
  /\b\d{1,5}[A-Za-z]?,?\s{1,3}(?:\p{Lu}[\p{L}'’.-]{0,30}\s{1,3}){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Parkway|Pkwy|Plaza)\b/u,
  /\b\p{Lu}[\p{L}-]{1,40}(?:straße|strasse|str\.|gasse|weg|allee|platz|laan|straat|gracht|plein|kade|vej|gade|gatan|vägen)\s{1,3}\d{1,5}/u,
  /\b\d{1,5},?\s(?:rue|avenue|boulevard|place|chemin|quai)\s\p{L}/iu,
  /,\s{0,2}[A-Z]{2}\s{1,2}\d{5}(?:-\d{4})?\b/,
  /\b(?:[A-Z]{1,2}\d[A-Z\d]?)\s\d[ABD-HJLNP-UW-Z]{2}\b/,
];

export const CONTACT_FORM = /\b(?:contact|web|online|request|privacy(?:\s{1,2}request)?|enquiry|inquiry)[- ](?:form|page|portal)\b/i;
