/**
 * revops-collections' ports on their tables: dunning cases, promises to pay and payment plans (with
 * their installments and debts) with the columns their queries read, the latest amount due per
 * debt, and the append-only activity log, hash-chained per account ({@link
 * dev.revops.jdbc.collections.JdbcActivityLog#verifyChain}). {@link
 * dev.revops.jdbc.collections.JdbcCollectionsStores} wires them.
 */
package dev.revops.jdbc.collections;
