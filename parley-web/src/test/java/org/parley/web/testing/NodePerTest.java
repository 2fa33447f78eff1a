package org.parley.web.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the test classes whose every test gets its own complete node on a fresh in-memory database,
 * closed after the test. A subclass's own {@code @BeforeEach} runs after the node has started. Not
 * thread-safe.
 */
public abstract class NodePerTest {

    /** The test's own folder; the node keeps its list files below it. */
    @TempDir
    protected Path temp;

    /** The running node; set before each test. */
    protected TestNode node;

    private MemoryDatabase memory;

    @BeforeEach
    protected final void startNode() {
        memory = new MemoryDatabase();
        node = TestNode.start(memory.database, temp);
    }

    @AfterEach
    protected final void stopNode() {
        node.close();
        memory.close();
    }
}
