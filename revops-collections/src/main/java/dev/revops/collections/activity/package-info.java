/**
 * The collections activity log's entries: every attempt (allowed, blocked, dropped) with the rules
 * that decided, and every outcome (no answer, wrong party, right-party contact, promise, refusal,
 * dispute).
 */
package dev.revops.collections.activity;
