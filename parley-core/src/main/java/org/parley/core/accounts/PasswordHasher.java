package org.parley.core.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes passwords with Argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) in PHC string format,
 * which carries its own salt and parameters. Thread-safe.
 */
final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** A valid hash of a random password, checked against when the e-mail is unknown so that timing does not reveal which accounts exist. */
    private static final String DECOY = hash("decoy password that nobody knows");

    private PasswordHasher() {}

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    static boolean matches(String password, String storedHash) {
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** Spends the same effort as {@link #matches} and always fails. */
    static boolean decoyCheck(String password) {
        matches(password, DECOY);
        return false;
    }
}
