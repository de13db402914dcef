/**
 * revops-sales: leads and lead scoring, the sales pipeline, orders, returns and service cases, with
 * their ports, in-memory adapters and use-case services. Depends on revops-core only.
 */
module dev.revops.sales {
  requires transitive dev.revops.core;
  requires org.slf4j;

  exports dev.revops.sales;
  exports dev.revops.sales.id;
  exports dev.revops.sales.lead;
  exports dev.revops.sales.scoring;
  exports dev.revops.sales.pipeline;
  exports dev.revops.sales.order;
  exports dev.revops.sales.returns;
  exports dev.revops.sales.servicecase;
  exports dev.revops.sales.port;
  exports dev.revops.sales.port.memory;
  exports dev.revops.sales.service;
  exports dev.revops.sales.marketing;
  exports dev.revops.sales.experiment;
  exports dev.revops.sales.referral;
  exports dev.revops.sales.campaign;
  exports dev.revops.sales.segment;
  exports dev.revops.sales.offer;

  // Jackson reads and writes every package's records; Hibernate Validator checks only the
  // captures (lead) and the scoring rules (scoring), the packages with constraints.
  opens dev.revops.sales.id to
      com.fasterxml.jackson.databind;
  opens dev.revops.sales.pipeline to
      com.fasterxml.jackson.databind;
  opens dev.revops.sales.order to
      com.fasterxml.jackson.databind;
  opens dev.revops.sales.returns to
      com.fasterxml.jackson.databind;
  opens dev.revops.sales.servicecase to
      com.fasterxml.jackson.databind;
  opens dev.revops.sales.lead to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.sales.scoring to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.sales.marketing to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.sales.experiment to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.sales.referral to
      com.fasterxml.jackson.databind;
  opens dev.revops.sales.campaign to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.sales.offer to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
