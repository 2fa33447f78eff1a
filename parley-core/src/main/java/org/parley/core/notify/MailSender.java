package org.parley.core.notify;

/** Sends e-mails; implementations must be thread-safe. */
@FunctionalInterface
public interface MailSender {

    /** For installations without SMTP: notifications are in-app only. */
    MailSender NONE = mail -> {};

    void send(OutgoingMail mail);
}
