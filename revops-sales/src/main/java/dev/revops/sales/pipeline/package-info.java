/** The sales pipeline: opportunities, configurable stages, weighted pipeline and forecast. */
package dev.revops.sales.pipeline;
