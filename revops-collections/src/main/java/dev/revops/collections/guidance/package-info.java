/** Collector guidance: the account's context and the explainable next best action. */
package dev.revops.collections.guidance;
