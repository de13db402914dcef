/**
 * revops-jdbc: every revops port on PostgreSQL, with H2 as the embedded default. Start at {@link
 * dev.revops.jdbc.RevOpsDatabase}; the per-module adapters are in {@code dev.revops.jdbc.core},
 * {@code .billing}, {@code .sales} and {@code .collections}, and the building blocks of a host's
 * own tables in {@code dev.revops.jdbc.table}.
 */
package dev.revops.jdbc;
