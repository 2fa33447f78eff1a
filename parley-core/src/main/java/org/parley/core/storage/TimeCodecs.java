package org.parley.core.storage;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds and reads instants as {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime} in UTC, so
 * that the value does not depend on the JVM's default time zone. Stateless.
 */
final class TimeCodecs {

    private TimeCodecs() {}

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> {
            OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = value.atOffset(ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }
}
