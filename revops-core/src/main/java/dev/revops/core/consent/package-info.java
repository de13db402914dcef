/**
 * Contact consent and the general contact policy: consent per channel with history, opt-out
 * keywords, do-not-call, inconvenient times, calling hours, and decisions that name their rules.
 */
package dev.revops.core.consent;
