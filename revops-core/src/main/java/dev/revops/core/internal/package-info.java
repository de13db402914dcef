/** Implementation details of revops-core; not exported, not API. */
package dev.revops.core.internal;
