package org.parley.core.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends e-mail over SMTP with Jakarta Mail; meeting mails carry a text/calendar part. Thread-safe. */
public final class SmtpMailSender implements MailSender {

    private final Session session;
    private final InternetAddress from;

    public SmtpMailSender(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        Authenticator authenticator = null;
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("PARLEY_SMTP_FROM: '" + settings.from() + "' is not an address", e);
        }
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.calendar() == null) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), StandardCharsets.UTF_8.name());
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=" + method(mail.calendar()));
                calendar.setFileName("meeting.ics");
                message.setContent(new MimeMultipart(text, calendar));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot send e-mail to " + mail.to() + ": " + e.getMessage(), e);
        }
    }

    private static String method(String calendar) {
        int at = calendar.indexOf("METHOD:");
        return at < 0
                ? "PUBLISH"
                : calendar.substring(at + 7, calendar.indexOf('\r', at)).strip();
    }
}
