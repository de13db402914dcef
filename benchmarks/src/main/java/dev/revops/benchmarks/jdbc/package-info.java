/**
 * revops-jdbc against plain JDBC running the same statements: repository save and find, and the
 * outbox relay against a hand-written claim-and-mark loop, on H2 and on PostgreSQL.
 */
package dev.revops.benchmarks.jdbc;
