package org.parley.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.web.Route;
import org.parley.web.testing.TestNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** openapi.yaml describes exactly the routes a complete node registers, and the node serves it. */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @TempDir
    static Path temp;

    private static Database database;
    private static TestNode node;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        database = Database.open(DatabaseConfig.embedded(temp.resolve("db")));
        node = TestNode.start(database, temp);
        document = new YAMLMapper().readTree(OpenApiRoutes.read());
    }

    @AfterAll
    static void stop() {
        node.close();
        database.close();
    }

    private static Set<String> documented() {
        Set<String> routes = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().propertyNames().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }

    private static Set<String> registered() {
        Set<String> routes = new TreeSet<>();
        // The pages (HTML, outside /api) are not part of the API document; health, metrics and calendar
        // subscriptions are.
        node.server().routes().stream()
                .filter(route -> documentedPrefix(route.path()))
                .map(Route::toString)
                .forEach(routes::add);
        return routes;
    }

    private static boolean documentedPrefix(String path) {
        return path.startsWith("/api/")
                || path.startsWith("/calendar/")
                || path.equals("/health")
                || path.equals("/metrics");
    }

    @Test
    void everyRegisteredRouteIsDocumented() {
        assertThat(documented()).containsAll(registered());
    }

    @Test
    void everyDocumentedRouteIsRegistered() {
        assertThat(registered()).containsAll(documented());
    }

    @Test
    void theDocumentIsOpenApi31WithAnOperationForEachMethod() {
        assertThat(document.get("openapi").asString()).startsWith("3.1.");
        assertThat(registered()).hasSizeGreaterThan(50);
        assertThat(documented()).hasSameSizeAs(registered());
    }

    @Test
    void everyPathParameterIsDeclared() {
        document.get("paths").properties().forEach(path -> {
            String declared = path.getValue().toString() + path.getValue().propertyNames();
            var placeholders = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (placeholders.find()) {
                assertThat(declared).as(path.getKey()).contains("#/components/parameters/" + placeholders.group(1));
                assertThat(document.get("components").get("parameters").has(placeholders.group(1)))
                        .as(placeholders.group(1))
                        .isTrue();
            }
        });
    }

    @Test
    void theNodeServesTheDocumentWithoutSignIn() {
        var response = node.client().get("/api/v1/openapi.yaml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(response.body()).isEqualTo(OpenApiRoutes.read());
    }
}
