package org.parley.core.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes passwords with Argon2id in PHC string format, which carries its own salt and parameters, so
 * hashes made with older parameters still verify. Thread-safe.
 */
public final class PasswordHasher {

    /** OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane. */
    public static final PasswordHasher OWASP = new PasswordHasher(19_456, 2, 1);

    private final Argon2Function argon2id;
    private final String decoy;

    /**
     * @param memoryKib memory cost in KiB
     * @param iterations number of passes
     * @param parallelism number of lanes
     */
    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.argon2id = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID);
        // Checked against when the e-mail is unknown, so that timing does not reveal which accounts exist.
        this.decoy = hash("decoy password that nobody knows");
    }

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2id).getResult();
    }

    boolean matches(String password, String storedHash) {
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** Spends the same effort as {@link #matches} and always fails. */
    boolean decoyCheck(String password) {
        matches(password, decoy);
        return false;
    }
}
