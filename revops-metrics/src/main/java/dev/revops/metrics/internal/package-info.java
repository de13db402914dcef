/** Implementation details of revops-metrics; not exported. */
package dev.revops.metrics.internal;
