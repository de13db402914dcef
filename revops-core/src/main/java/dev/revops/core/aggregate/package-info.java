/**
 * What every aggregate is: an identity and a version that the repository sets. Domain vocabulary,
 * so domain packages implement it without importing any port.
 */
package dev.revops.core.aggregate;
