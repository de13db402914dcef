/**
 * revops-core: the shared kernel of revops.
 *
 * <p>Money and rates, half-open date ranges and business calendars, typed identifiers, the state
 * machine engine, domain events and changes, the error hierarchy, input validation, JSON, parties
 * and contact consent, receivables, the base ports with their in-memory defaults and the one
 * load/change/save helper of the application layer: the vocabulary every other module shares.
 */
module dev.revops.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.slf4j;

  exports dev.revops.core.money;
  exports dev.revops.core.time;
  exports dev.revops.core.id;
  exports dev.revops.core.statemachine;
  exports dev.revops.core.event;
  exports dev.revops.core.error;
  exports dev.revops.core.aggregate;
  exports dev.revops.core.port;
  exports dev.revops.core.port.memory;
  exports dev.revops.core.service;
  exports dev.revops.core.validation;
  exports dev.revops.core.json;
  exports dev.revops.core.receivable;
  exports dev.revops.core.pipeline;
  exports dev.revops.core.party;
  exports dev.revops.core.consent;

  opens dev.revops.core.receivable to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.core.money to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.core.time to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.core.id to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.core.json to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens dev.revops.core.validation to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
