package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.contract.StoreHarness;

/** The store contract's view of SQLite: one file per store name in a test's folder, read with plain JDBC. */
final class SqliteHarness implements StoreHarness {

    private final Path dir;

    SqliteHarness(Path dir) {
        this.dir = dir;
    }

    Path file(String name) {
        return dir.resolve(name + ".db");
    }

    @Override
    public EvidenceStore open(String name) {
        return new SqliteEvidenceStoreFactory().open(file(name));
    }

    @Override
    public EvidenceStore open(String name, Clock clock) {
        return new SqliteEvidenceStoreFactory(clock).open(file(name));
    }

    @Override
    public String rows(String name, String... excluded) {
        Path file = file(name);
        StringBuilder sb = new StringBuilder();
        for (String table : query(name, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            if (List.of(excluded).contains(table)) {
                continue;
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    if (table.equals("evsyn_meta") && rs.getString(1).startsWith(WriterMark.PREFIX)) {
                        continue; // says this process is writing; it goes when the store closes
                    }
                    sb.append(table);
                    for (int i = 1; i <= columns; i++) {
                        sb.append('|').append(rs.getString(i));
                    }
                    sb.append('\n');
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }

    @Override
    public List<String> query(String name, String sql) {
        Path file = file(name);
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
