package org.parley.rules;

/**
 * One step of a determination as a compliance officer reads it.
 *
 * @param step the decision step (jurisdiction, exportType, gp4, gp6, part744, gp1, licenseExceptions)
 * @param rule the provision considered, e.g. "15 CFR 734.10(b)"
 * @param result what the step found, e.g. "does not apply: 5E002 for 5A004 is outside 734.10(b)(1)"
 */
public record TraceLine(String step, String rule, String result) {}
