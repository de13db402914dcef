/**
 * The building blocks of revops-jdbc's repositories, for a host's own aggregates too: a table with
 * an id, a version, promoted columns and a JSON body ({@link
 * dev.revops.jdbc.table.AggregateTable}), the repository over it, and small JDBC helpers.
 */
package dev.revops.jdbc.table;
