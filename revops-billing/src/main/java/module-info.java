/**
 * revops-billing: catalog, subscriptions, billing calendar, proration, invoices, credit notes,
 * payments, retries, the bill run and plan end-of-life. Depends on revops-core only.
 */
module dev.revops.billing {
  requires transitive dev.revops.core;
  requires org.slf4j;

  exports dev.revops.billing;
  exports dev.revops.billing.calendar;
  exports dev.revops.billing.catalog;
  exports dev.revops.billing.proration;
  exports dev.revops.billing.invoice;
  exports dev.revops.billing.subscription;
  exports dev.revops.billing.billrun;
  exports dev.revops.billing.payment;
  exports dev.revops.billing.retirement;
  exports dev.revops.billing.port;
  exports dev.revops.billing.port.memory;
  exports dev.revops.billing.service;

  opens dev.revops.billing.calendar to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.billing.catalog to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.billing.retirement to
      com.fasterxml.jackson.databind;
}
