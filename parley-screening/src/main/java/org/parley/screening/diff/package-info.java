/**
 * List-change digests: what an update of the restricted-party lists added, removed and changed,
 * per list. {@link org.parley.screening.diff.ListDiffer#compare} takes two {@link
 * org.parley.screening.lists.ListSnapshot}s and gives a {@link org.parley.screening.diff.SnapshotDiff}.
 *
 * <p>Entries are matched by {@link org.parley.screening.diff.EntryKey}: list code plus the OFAC
 * entity number, the UN reference number, or else the folded primary name. A renamed Entity List
 * party (no entity number) therefore shows as one removal and one addition. Changes are reported
 * per {@link org.parley.screening.diff.EntryField}: name, aliases, addresses, programmes, licence
 * requirement and policy, FR citation, dates, remarks.
 */
package org.parley.screening.diff;
