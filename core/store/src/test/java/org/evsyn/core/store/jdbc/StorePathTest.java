package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store path is a file name, never an SQLite URI: what the guards check is what SQLite opens. */
class StorePathTest {

    @TempDir
    Path dir;

    private final SqliteEvidenceStoreFactory factory = new SqliteEvidenceStoreFactory();

    /**
     * The driver used to read what follows a {@code ?} as connection settings: the guards checked the file
     * "zotero.sqlite?journal_mode=delete" (absent, so a new store) while SQLite opened zotero.sqlite and evsyn's
     * tables were written into another program's database.
     */
    @Test
    void aQuestionMarkIsPartOfTheFileNameAndAnotherProgramsDatabaseIsLeftAlone() throws Exception {
        Path zotero = dir.resolve("zotero.sqlite");
        StoreFixtures.execute(zotero, "CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)");
        byte[] before = Files.readAllBytes(zotero);
        Path named = dir.resolve("zotero.sqlite?journal_mode=delete");

        try (EvidenceStore store = factory.open(named)) {
            StoreFixtures.fill(store);
            assertThat(store.location()).isEqualTo(org.evsyn.core.store.StoreLocation.file(named.toAbsolutePath()));
        }

        assertThat(Files.readAllBytes(zotero)).isEqualTo(before);
        assertThat(named).isRegularFile();
        try (EvidenceStore store = factory.open(named)) {
            assertThat(store.registrations().trialIds()).contains("NCT01436487");
        }
    }

    @Test
    void theGuardsApplyToTheFileWhoseNameHoldsAQuestionMark() throws Exception {
        Path other = dir.resolve("other.db?mode=ro");
        StoreFixtures.execute(other, "CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)");
        byte[] before = Files.readAllBytes(other);

        assertThatThrownBy(() -> factory.open(other)).isInstanceOf(StoreException.class)
                .hasMessage(other.toAbsolutePath() + " is not an evsyn evidence store: it is another program's SQLite"
                        + " database (it has tables but no evsyn marker)");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aNameThatLooksLikeAUriIsAPlainFileName() {
        Path named = dir.resolve("file:evidence.db#part%20two");
        try (EvidenceStore store = factory.open(named)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
        }
        assertThat(named).isRegularFile();
        assertThat(dir.resolve("evidence.db")).doesNotExist();
    }
}
