/**
 * revops-jdbc: every revops port on PostgreSQL (and on embedded H2), Flyway migrations, a JDBC unit
 * of work, the transactional outbox with {@code SKIP LOCKED} claims, and row locks. Plain JDBC over
 * the host's {@code DataSource}; no pool bundled.
 */
module dev.revops.jdbc {
  requires transitive dev.revops.core;
  requires transitive dev.revops.billing;
  requires transitive dev.revops.sales;
  requires transitive dev.revops.collections;
  requires transitive java.sql;
  requires org.slf4j;
  requires flyway.core;
  requires com.h2database;

  exports dev.revops.jdbc;
  exports dev.revops.jdbc.table;
  exports dev.revops.jdbc.core;
  exports dev.revops.jdbc.billing;
  exports dev.revops.jdbc.sales;
  exports dev.revops.jdbc.collections;
}
