/**
 * Segments: rules over account, contact, subscription, usage and score attributes, read from JSON
 * with paths in errors, evaluated for many segments in one pass over the host's data, each match
 * explained.
 */
package dev.revops.sales.segment;
