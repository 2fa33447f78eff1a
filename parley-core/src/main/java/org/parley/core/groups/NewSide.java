package org.parley.core.groups;

/** A side to create: its name (e.g. "US delegation") and seat cap. */
public record NewSide(String name, int memberCap) {}
