/** Typed identifiers: records over a string, one type per kind of thing. */
package dev.revops.core.id;
