/**
 * Marketing compliance: whether a campaign may contact a person on a channel for a purpose, by
 * rules with ids, regulation citations and per-jurisdiction switches (TCPA, do-not-call lists,
 * CAN-SPAM, GDPR/ePrivacy), each decision carrying its reasons.
 */
package dev.revops.sales.marketing;
