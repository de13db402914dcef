/** Implementation details of revops-billing; not exported. */
package dev.revops.billing.internal;
