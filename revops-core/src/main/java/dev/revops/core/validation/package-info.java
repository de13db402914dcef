/** Input validation at the edge: a small facade over Jakarta Validation (Hibernate Validator). */
package dev.revops.core.validation;
