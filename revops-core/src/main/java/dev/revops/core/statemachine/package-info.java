/**
 * The one state machine engine every revops lifecycle uses: a checked, immutable, shared definition
 * with an allocation-free lookup for enums, guards, audit records and generated Mermaid diagrams.
 */
package dev.revops.core.statemachine;
