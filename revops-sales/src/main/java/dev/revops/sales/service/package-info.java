/**
 * The sales use cases: capture, score and convert leads; run opportunities; confirm, pay, fulfil
 * and return orders; run service cases against their SLAs. Each loads through the ports, asks the
 * domain what happens, and saves the new state with its events. Domain packages never import this
 * one.
 */
package dev.revops.sales.service;
