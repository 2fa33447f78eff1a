package org.parley.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.parley.core.accounts.AccountService;
import org.parley.core.accounts.User;
import org.parley.core.audit.AuditLog;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.core.system.Actor;
import org.parley.core.system.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley admin create-user}: creates an account. The password comes from {@code
 * --password-file} or standard input (read without echo on a terminal) and is never printed. Whoever
 * can run this against the database acts as the platform ("system:cli" in the audit log).
 */
@Command(
        name = "create-user",
        mixinStandardHelpOptions = true,
        description = "Create an account. The password is read from --password-file or standard input.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "2:bad input (e.g. e-mail taken, password too short)"})
public final class CreateUserCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Sign-in e-mail address.")
    private String email;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name.")
    private String name;

    @Option(names = "--admin", description = "Make the account a platform administrator.")
    private boolean admin;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "File whose first line is the password (default: standard input).")
    private Path passwordFile;

    @Override
    public Integer call() throws IOException {
        String password;
        try {
            password = readPassword();
        } catch (NoSuchFileException e) {
            return fail("no such password file: " + passwordFile);
        }
        if (password == null) {
            return fail("no password given: pipe it to standard input or use --password-file");
        }
        DatabaseConfig config = PlatformDatabase.config(System.getenv(), data.folder());
        try (Database database = Database.open(config)) {
            Clock clock = Clock.systemUTC();
            var accounts = new AccountService(database.jdbi(), clock, new AuditLog(clock));
            User user = accounts.createUser(Actor.system("cli"), email, name, password, admin);
            spec.commandLine()
                    .getOut()
                    .printf("created %s %d %s%n", user.admin() ? "administrator" : "user", user.id(), user.email());
            return 0;
        } catch (DomainException e) {
            return fail(e.getMessage());
        }
    }

    private String readPassword() throws IOException {
        if (passwordFile != null) {
            return firstLine(Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8));
        }
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] typed = console.readPassword("Password for %s: ", email);
            return typed == null ? null : new String(typed);
        }
        return firstLine(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /**
     * Whether standard input is a terminal. Since Java 22 a console exists for redirected input too
     * and says so in {@code isTerminal()}; this build targets Java 21, hence the reflective call.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21 returns a console only for a terminal
        }
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        try (reader) {
            String line = reader.readLine();
            return line == null || line.isEmpty() ? null : line;
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("parley: " + message);
        return BAD_INPUT;
    }
}
