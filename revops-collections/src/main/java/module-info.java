/**
 * revops-collections: receivables aging, dunning, promises to pay, payment plans, settlements,
 * prioritisation, contact compliance and the activity log. Works on core {@code Receivable}s from
 * any billing system; depends on revops-core only.
 */
module dev.revops.collections {
  requires transitive dev.revops.core;
  requires org.slf4j;

  exports dev.revops.collections;
  exports dev.revops.collections.aging;
  exports dev.revops.collections.event;
  exports dev.revops.collections.dunning;
  exports dev.revops.collections.activity;
  exports dev.revops.collections.compliance;
  exports dev.revops.collections.promise;
  exports dev.revops.collections.plan;
  exports dev.revops.collections.priority;
  exports dev.revops.collections.guidance;
  exports dev.revops.collections.service;
  exports dev.revops.collections.port;
  exports dev.revops.collections.port.memory;

  opens dev.revops.collections.aging to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.collections.dunning to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.collections.plan to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.collections.promise to
      com.fasterxml.jackson.databind;
  opens dev.revops.collections.activity to
      com.fasterxml.jackson.databind;
  opens dev.revops.collections.compliance to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
