package org.parley.core.release;

import java.util.List;

/** The release gate's decisions for a version's recipients, with nothing recorded or delivered. Immutable. */
public record ReleasePreview(long versionId, List<RecipientPreview> recipients) {

    public ReleasePreview {
        recipients = List.copyOf(recipients);
    }

    public List<RecipientPreview> withheld() {
        return recipients.stream().filter(recipient -> !recipient.delivered()).toList();
    }
}
