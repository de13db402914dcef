/**
 * Contact compliance for debt collection: the debt contact request, the debt-specific rules
 * (convenient hours, call frequency, conversation cool-down, cease, dispute, validation notice,
 * bankruptcy, deceased, GDPR) on top of core's consent rules, jurisdictions that switch rules off,
 * and the contact gate that checks the latest payment, decides and logs every attempt.
 */
package dev.revops.collections.compliance;
