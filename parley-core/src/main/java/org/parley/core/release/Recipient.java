package org.parley.core.release;

import org.parley.core.members.Member;

/** One member a release goes to, and the country where it is released to them. Immutable. */
record Recipient(Member member, String releaseCountry) {}
