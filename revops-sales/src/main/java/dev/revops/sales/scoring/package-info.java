/**
 * Lead scoring: explainable rule-based scores (fit, engagement, decay, caps, grades) and naive
 * Bayes predictions.
 */
package dev.revops.sales.scoring;
