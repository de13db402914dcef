/**
 * revops-jdbc against plain JDBC running the same statements: repository save and find, and the
 * outbox relay against a hand-written claim-and-mark loop (JMH), and the end-to-end sharded bill
 * run against a batched JDBC floor that writes the same rows ({@code BillRunHarness}, a plain
 * harness with a main), on H2 and on PostgreSQL.
 */
package dev.revops.benchmarks.jdbc;
