package org.parley.core.policy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.parley.core.policy.PolicyUpdateDao.StatedFields;
import org.parley.core.policy.PolicyUpdateDao.TextRow;
import org.parley.core.policy.PolicyUpdateDao.UpdateRow;
import org.parley.core.system.NotFoundException;

/** Writes and loads whole policy updates within the caller's handle. Stateless. */
final class PolicyUpdateRepository {

    private PolicyUpdateRepository() {}

    /** Stores a checked update for {@code sideId}; returns its id. */
    static long insert(Handle handle, long groupId, long sideId, long userId, NewPolicyUpdate update, Instant now) {
        PolicyUpdateDao updates = handle.attach(PolicyUpdateDao.class);
        long id = updates.insert(groupId, sideId, userId, now, statedFields(update));
        insertTextsAndTags(updates, id, update);
        return id;
    }

    /** Replaces a stored update's fields, texts and tags with the checked {@code update}; its side stays. */
    static void replace(Handle handle, long id, NewPolicyUpdate update, Instant now) {
        PolicyUpdateDao updates = handle.attach(PolicyUpdateDao.class);
        updates.update(id, statedFields(update), now);
        updates.deleteTexts(id);
        updates.deleteTags(id);
        insertTextsAndTags(updates, id, update);
    }

    private static StatedFields statedFields(NewPolicyUpdate update) {
        return new StatedFields(
                PolicyUpdateChecks.jurisdiction(update.jurisdiction()),
                update.issuingBody().strip(),
                update.instrumentType(),
                update.publishedOn(),
                update.effectiveOn(),
                blankToNull(update.citation()),
                blankToNull(update.sourceUrl()),
                update.authoritativeLanguage());
    }

    private static void insertTextsAndTags(PolicyUpdateDao updates, long id, NewPolicyUpdate update) {
        update.texts()
                .forEach((language, text) ->
                        updates.insertText(id, language, text.title().strip(), blankToNull(text.summary())));
        PolicyUpdateChecks.tags(update.tags()).forEach(tag -> updates.insertTag(id, tag));
    }

    static PolicyUpdate load(Handle handle, long updateId) {
        UpdateRow row = handle.attach(PolicyUpdateDao.class)
                .find(updateId)
                .orElseThrow(() -> new NotFoundException("policy update", updateId));
        return assemble(handle, row);
    }

    private static PolicyUpdate assemble(Handle handle, UpdateRow row) {
        PolicyUpdateDao updates = handle.attach(PolicyUpdateDao.class);
        Map<String, PolicyText> texts = new LinkedHashMap<>();
        for (TextRow text : updates.texts(row.id())) {
            texts.put(text.language(), new PolicyText(text.title(), text.summary()));
        }
        return new PolicyUpdate(
                row.id(),
                row.groupId(),
                row.sideId(),
                row.postedBy(),
                row.postedAt(),
                row.stated().jurisdiction(),
                row.stated().issuingBody(),
                row.stated().instrumentType(),
                row.stated().publishedOn(),
                row.stated().effectiveOn(),
                row.stated().citation(),
                row.stated().sourceUrl(),
                row.stated().authoritativeLanguage(),
                texts,
                updates.tags(row.id()),
                row.editedAt(),
                row.withdrawnAt(),
                row.withdrawalReason());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
