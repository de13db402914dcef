/**
 * Orders: OFBiz lifecycle, separate payment and fulfilment statuses, cancellation window, expiry.
 */
package dev.revops.sales.order;
