/** revops-sales' ports on their tables. */
package dev.revops.jdbc.sales;
