/**
 * Exact money in minor units and rates: {@link dev.revops.core.money.Money} and {@link
 * dev.revops.core.money.Percentage}.
 */
package dev.revops.core.money;
