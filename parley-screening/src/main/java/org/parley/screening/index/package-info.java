/**
 * Candidate generation: {@link org.parley.screening.index.NameIndex} holds every name, alias and
 * name fragment (parenthesised acronyms, "Affiliated Entity:" parts) of a snapshot, normalized once,
 * in an inverted token index with IDF weights ({@link org.parley.screening.index.TokenWeights}).
 * Near words are found through single-deletion keys (typos) and consonant skeletons
 * (transliterations); joined adjacent words are keys too ("hua wei" ↔ "huawei"). A query scores only
 * the few dozen names with the most weighted overlap, never the whole list.
 */
package org.parley.screening.index;
