package org.parley.core.storage;

import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps rows to our records through their canonical constructors, matching snake_case columns to
 * camelCase components, so that repositories need no hand-written mappers. Thread-safe.
 *
 * <p>Both steps of Jdbi's constructor mapping are cached: building the mapper (reflection over the
 * record, which Jdbi repeats for every statement) and specializing it to a result's columns (a column
 * mapper looked up for each component). Together they were about a third of a page view's time. The
 * cache is safe because every mapper here is registered once, on the whole {@link Database}.
 */
final class RecordMappers implements RowMapperFactory {
    private final Map<Class<?>, RowMapper<?>> mappers = new ConcurrentHashMap<>();

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        if (raw.isRecord() && raw.getPackageName().startsWith("org.parley.")) {
            return Optional.of(mappers.computeIfAbsent(raw, RecordMapper::new));
        }
        return Optional.empty();
    }

    /** One record class's mapper, specialized once per distinct list of result columns. */
    private static final class RecordMapper<T> implements RowMapper<T> {
        private final RowMapper<T> constructor;
        private final Map<List<String>, RowMapper<T>> byColumns = new ConcurrentHashMap<>();

        RecordMapper(Class<T> type) {
            this.constructor = ConstructorMapper.of(type);
        }

        @Override
        public T map(ResultSet rs, StatementContext ctx) throws SQLException {
            return specialize(rs, ctx).map(rs, ctx);
        }

        @Override
        public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            List<String> columns = columns(rs.getMetaData());
            RowMapper<T> specialized = byColumns.get(columns);
            if (specialized == null) {
                specialized = constructor.specialize(rs, ctx);
                byColumns.putIfAbsent(columns, specialized);
            }
            return specialized;
        }

        private static List<String> columns(ResultSetMetaData metaData) throws SQLException {
            List<String> columns = new ArrayList<>(metaData.getColumnCount());
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                columns.add(metaData.getColumnLabel(i));
            }
            return columns;
        }
    }
}
