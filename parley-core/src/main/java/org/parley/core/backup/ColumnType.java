package org.parley.core.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a column's values travel through a backup: read from JDBC, written as JSON, read back and bound
 * again, unchanged on H2 and PostgreSQL. A type not listed here makes the backup refuse rather than
 * lose data. Stateless.
 */
enum ColumnType {
    INTEGER(Types.BIGINT),
    BOOLEAN(Types.BOOLEAN),
    DOUBLE(Types.DOUBLE),
    DECIMAL(Types.NUMERIC),
    TEXT(Types.VARCHAR),
    DATE(Types.DATE),
    TIME(Types.TIME),
    TIMESTAMP(Types.TIMESTAMP),
    TIMESTAMP_WITH_ZONE(Types.TIMESTAMP_WITH_TIMEZONE),
    BINARY(Types.VARBINARY);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The type for a JDBC column; {@code typeName} tells PostgreSQL's timestamptz from timestamp. */
    static ColumnType of(int jdbcType, String typeName, String where) {
        String name = typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> DOUBLE;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? TIMESTAMP_WITH_ZONE : TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_ZONE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default ->
                throw new BackupException("column " + where + " has type " + typeName
                        + ", which backups do not support yet: refusing rather than losing its data");
        };
    }

    JsonNode read(ResultSet rows, int column) throws SQLException {
        JsonNode value = switch (this) {
            case INTEGER -> NODES.numberNode(rows.getLong(column));
            case BOOLEAN -> NODES.booleanNode(rows.getBoolean(column));
            case DOUBLE -> NODES.numberNode(rows.getDouble(column));
            case DECIMAL -> text(rows.getBigDecimal(column));
            case TEXT -> text(rows.getString(column));
            case DATE -> text(rows.getObject(column, LocalDate.class));
            case TIME -> text(rows.getObject(column, LocalTime.class));
            case TIMESTAMP -> text(rows.getObject(column, LocalDateTime.class));
            case TIMESTAMP_WITH_ZONE -> text(rows.getObject(column, OffsetDateTime.class));
            case BINARY -> {
                byte[] bytes = rows.getBytes(column);
                yield bytes == null
                        ? null
                        : NODES.stringNode(Base64.getEncoder().encodeToString(bytes));
            }
        };
        return rows.wasNull() || value == null ? NODES.nullNode() : value;
    }

    void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(parameter, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(parameter, value.asLong());
            case BOOLEAN -> statement.setBoolean(parameter, value.asBoolean());
            case DOUBLE -> statement.setDouble(parameter, value.asDouble());
            case DECIMAL -> statement.setBigDecimal(parameter, new BigDecimal(value.asString()));
            case TEXT -> statement.setString(parameter, value.asString());
            case DATE -> statement.setObject(parameter, LocalDate.parse(value.asString()));
            case TIME -> statement.setObject(parameter, LocalTime.parse(value.asString()));
            case TIMESTAMP -> statement.setObject(parameter, LocalDateTime.parse(value.asString()));
            case TIMESTAMP_WITH_ZONE -> statement.setObject(parameter, OffsetDateTime.parse(value.asString()));
            case BINARY -> statement.setBytes(parameter, Base64.getDecoder().decode(value.asString()));
        }
    }

    private static JsonNode text(Object value) {
        return value == null ? null : NODES.stringNode(value.toString());
    }
}
