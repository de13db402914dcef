/** The kernel's repositories (accounts, contacts) on their tables. */
package dev.revops.jdbc.core;
