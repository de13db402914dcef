/**
 * The sales-pipeline vocabulary two modules share: revops-sales runs opportunities through it and
 * revops-metrics measures them, without either depending on the other.
 */
package dev.revops.core.pipeline;
