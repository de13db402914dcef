/**
 * The use cases of revops-billing, above the domain packages and the ports: {@link
 * dev.revops.billing.service.SubscriptionService}, {@link
 * dev.revops.billing.service.InvoiceService}, {@link dev.revops.billing.service.PaymentService} and
 * the {@link dev.revops.billing.service.BillRun}. Each loads through a port, asks the domain what
 * happens, saves with the expected version and publishes the events through {@link
 * dev.revops.core.service.Aggregates}, which also puts the aggregate's id in the logging context
 * under {@code revops.<aggregate>}. The domain packages import nothing from here.
 */
package dev.revops.billing.service;
