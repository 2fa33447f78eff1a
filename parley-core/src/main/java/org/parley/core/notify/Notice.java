package org.parley.core.notify;

import java.util.List;

/**
 * One thing to tell some people: the kind, the template arguments and, for meetings, a calendar
 * attachment. Immutable.
 *
 * @param calendar an RFC 5545 text to attach, or null
 * @param template the texts' key in the templates; the kind's name unless a kind has several texts
 */
record Notice(
        NotificationKind kind, List<Addressee> addressees, List<Object> arguments, String calendar, String template) {

    Notice {
        addressees = List.copyOf(addressees);
        arguments = List.copyOf(arguments);
    }

    Notice(NotificationKind kind, List<Addressee> addressees, List<Object> arguments, String calendar) {
        this(kind, addressees, arguments, calendar, kind.name());
    }
}
