package org.parley.core.storage;

import java.lang.reflect.Type;
import java.util.Optional;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Maps rows to our records through their canonical constructors, matching snake_case columns to
 * camelCase components, so that repositories need no hand-written mappers. Stateless.
 */
final class RecordMappers implements RowMapperFactory {

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        if (raw.isRecord() && raw.getPackageName().startsWith("org.parley.")) {
            return Optional.of(ConstructorMapper.of(raw));
        }
        return Optional.empty();
    }
}
