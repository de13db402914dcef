/**
 * JSON for revops: the Jackson module for the core value types, the configured mapper, and the
 * {@link dev.revops.core.json.PolicyLoader} that reads policies into validated records with the
 * path and line of every bad field.
 */
package dev.revops.core.json;
