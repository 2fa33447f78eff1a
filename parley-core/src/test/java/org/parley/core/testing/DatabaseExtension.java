package org.parley.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/** Provides the invocations behind {@link DatabaseTest}: one per engine, each with a fresh database. */
final class DatabaseExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DatabaseTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return DatabaseEngine.selected().stream().map(Invocation::new);
    }

    private record Invocation(DatabaseEngine engine) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + engine + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Resolver(engine));
        }
    }

    /** Hands the test its database (opened lazily, closed when the test ends) or the engine. */
    private record Resolver(DatabaseEngine engine) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Database.class || type == DatabaseEngine.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (parameter.getParameter().getType() == DatabaseEngine.class) {
                return engine;
            }
            return context.getStore(NAMESPACE)
                    .computeIfAbsent(TestDatabase.class, key -> open(context), TestDatabase.class)
                    .database();
        }

        private TestDatabase open(ExtensionContext context) {
            DatabaseConfig config = switch (engine) {
                case H2 ->
                    new DatabaseConfig(
                            "jdbc:h2:mem:" + UUID.randomUUID() + DatabaseConfig.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
                            "sa",
                            "",
                            4);
                case POSTGRES ->
                    context.getRoot()
                            .getStore(NAMESPACE)
                            .computeIfAbsent(PostgresServer.class, key -> PostgresServer.start(), PostgresServer.class)
                            .freshDatabase();
            };
            return new TestDatabase(config, Database.open(config));
        }
    }

    /** A test's database; closing it also drops an in-memory H2 database. */
    private record TestDatabase(DatabaseConfig config, Database database) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            database.close();
            if (!config.isPostgres()) {
                try (Connection connection =
                                DriverManager.getConnection(config.url(), config.user(), config.password());
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        }
    }
}
