/**
 * The revops error hierarchy: one unchecked root, {@link dev.revops.core.error.RevOpsException},
 * and subclasses that carry the context a caller can act on.
 */
package dev.revops.core.error;
