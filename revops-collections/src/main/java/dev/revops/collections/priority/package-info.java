/**
 * Segmentation and prioritisation: segments by age, amount, history and propensity; reminder
 * campaigns by channel preference; work queues by expected recovery value; allocation to collectors
 * by capacity and value; an explainable, trainable propensity-to-pay model; best channel and hour
 * learned from right-party contacts.
 */
package dev.revops.collections.priority;
