/** revops-collections' ports on their tables. */
package dev.revops.jdbc.collections;
