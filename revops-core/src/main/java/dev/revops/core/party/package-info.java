/** Parties: accounts (customers) and contacts (people), with normalised contact points. */
package dev.revops.core.party;
