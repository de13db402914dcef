package dev.revops.archrules.planted.port;

/** A planted port. */
public interface PlantedStore {}
