package org.parley.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per database engine (H2 and embedded PostgreSQL), each time on a fresh, migrated
 * database passed as a {@link org.parley.core.storage.Database} parameter. Restrict the engines with
 * {@code -Dparley.test.databases=h2} (or {@code postgres}) for quick local runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {}
