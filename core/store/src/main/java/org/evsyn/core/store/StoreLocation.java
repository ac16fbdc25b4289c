package org.evsyn.core.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an evidence store lives: an SQLite file or a database on a PostgreSQL server. Printing a location never
 * shows a password.
 */
public sealed interface StoreLocation permits StoreLocation.SqliteFile, StoreLocation.PostgresDatabase {

    /** The scheme that selects PostgreSQL; anything else names an SQLite file. */
    String POSTGRES_SCHEME = "postgresql://";

    /** What a user reads: the file path, or {@code postgresql://user@host:port/database} without the password. */
    String describe();

    /** An SQLite store file. */
    static StoreLocation file(Path file) {
        return new SqliteFile(file);
    }

    /** True for text that names a PostgreSQL database rather than a file. */
    static boolean isPostgres(String text) {
        return text.regionMatches(true, 0, POSTGRES_SCHEME, 0, POSTGRES_SCHEME.length());
    }

    /**
     * Reads {@code postgresql://[user[:password]@]host[:port]/database}. The user defaults to {@code defaultUser}, the
     * port to 5432, the password to {@code fallbackPassword} (PGPASSWORD) when the text gives none.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not such a locator
     */
    static PostgresDatabase postgres(String text, String defaultUser, Optional<String> fallbackPassword) {
        return PostgresDatabase.parse(text, defaultUser, fallbackPassword);
    }

    /**
     * A store in an SQLite file.
     *
     * @param file the store file, always a plain path (never read as an SQLite URI)
     */
    record SqliteFile(Path file) implements StoreLocation {

        /** Checks the component. */
        public SqliteFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * A store in a PostgreSQL database.
     *
     * @param host     server host name or address
     * @param port     server port
     * @param database database name
     * @param user     role to connect as
     * @param password the role's password, if one is needed; never printed
     */
    record PostgresDatabase(String host, int port, String database, String user, Optional<String> password)
            implements StoreLocation {

        private static final Pattern LOCATOR = Pattern.compile(
                "(?i:postgresql)://(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[^\\]]+\\]|[^:/?#@]+)(?::(\\d{1,5}))?/([^/?#]+)");

        /** Checks the components. */
        public PostgresDatabase {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be 1-65535, found " + port);
            }
        }

        static PostgresDatabase parse(String text, String defaultUser, Optional<String> fallbackPassword) {
            Matcher m = LOCATOR.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL locator: '" + redact(text)
                        + "' (expected postgresql://[user[:password]@]host[:port]/database)");
            }
            String user = m.group(1) == null || m.group(1).isEmpty() ? defaultUser : decode(m.group(1));
            Optional<String> password = m.group(2) != null ? Optional.of(decode(m.group(2))) : fallbackPassword;
            int port = m.group(4) == null ? 5432 : Integer.parseInt(m.group(4));
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be 1-65535 in '" + redact(text) + "'");
            }
            return new PostgresDatabase(m.group(3), port, decode(m.group(5)), user, password);
        }

        /** The JDBC URL, without user or password (those go to the driver as properties). */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + java.net.URLEncoder.encode(database,
                    StandardCharsets.UTF_8).replace("+", "%20");
        }

        /** The same server and role, another database (test harnesses create and drop databases). */
        public PostgresDatabase withDatabase(String name) {
            return new PostgresDatabase(host, port, name, user, password);
        }

        @Override
        public String describe() {
            return POSTGRES_SCHEME + user + "@" + host + ":" + port + "/" + database;
        }

        @Override
        public String toString() {
            return describe();
        }

        private static String decode(String part) {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** The text with any password replaced, for error messages. */
        static String redact(String text) {
            return text.replaceFirst("(?i)(postgresql://[^:@/]*:)[^@/]*@", "$1***@");
        }
    }
}
