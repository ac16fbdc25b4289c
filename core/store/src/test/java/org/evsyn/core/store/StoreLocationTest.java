package org.evsyn.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;

import org.evsyn.core.store.StoreLocation.PostgresDatabase;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void aFullLocatorGivesEveryPartAndPrintsWithoutThePassword() {
        PostgresDatabase db = StoreLocation.postgres("postgresql://alice:s3cr%40t@db.example.org:6543/review", "me",
                Optional.of("from-env"));

        assertThat(db).extracting(PostgresDatabase::host, PostgresDatabase::port, PostgresDatabase::database,
                PostgresDatabase::user).containsExactly("db.example.org", 6543, "review", "alice");
        assertThat(db.password()).contains("s3cr@t");
        assertThat(db.describe()).isEqualTo("postgresql://alice@db.example.org:6543/review");
        assertThat(db.toString()).doesNotContain("s3cr");
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/review");
    }

    @Test
    void userPortAndPasswordDefaultWhenTheLocatorOmitsThem() {
        PostgresDatabase db = StoreLocation.postgres("postgresql://127.0.0.1/review", "me", Optional.of("pw"));

        assertThat(db.user()).isEqualTo("me");
        assertThat(db.port()).isEqualTo(5432);
        assertThat(db.password()).contains("pw");
    }

    @Test
    void aBrokenLocatorIsRefusedInOneLineWithoutItsPassword() {
        assertThatThrownBy(() -> StoreLocation.postgres("postgresql://alice:hunter2@host", "me", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected postgresql://[user[:password]@]host[:port]/database")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void onlyThePostgresqlSchemeSelectsAServerAFileNameNever() {
        assertThat(StoreLocation.isPostgres("postgresql://h/db")).isTrue();
        assertThat(StoreLocation.isPostgres("PostgreSQL://h/db")).isTrue();
        assertThat(StoreLocation.isPostgres("postgresql.db")).isFalse();
        assertThat(StoreLocation.file(Path.of("a.db")).describe()).isEqualTo("a.db");
    }
}
