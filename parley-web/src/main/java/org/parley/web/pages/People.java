package org.parley.web.pages;

import java.util.HashMap;
import java.util.Map;
import org.parley.core.accounts.AccountService;
import org.parley.core.system.NotFoundException;

/**
 * Display names of user accounts, looked up once per page (authors, senders, audit actors). Not
 * thread-safe; one per request.
 */
public final class People {

    private final AccountService accounts;
    private final Map<Long, String> names = new HashMap<>();

    public People(AccountService accounts) {
        this.accounts = accounts;
    }

    public String name(long userId) {
        return names.computeIfAbsent(userId, id -> {
            try {
                return accounts.user(id).displayName();
            } catch (NotFoundException e) {
                return "#" + id;
            }
        });
    }

    /** The name behind an audit label such as {@code user:12}; other labels (platform jobs) as they are. */
    public String nameOfLabel(String label) {
        if (label != null && label.startsWith("user:")) {
            try {
                return name(Long.parseLong(label.substring("user:".length())));
            } catch (NumberFormatException e) {
                return label;
            }
        }
        return label == null ? "" : label;
    }
}
