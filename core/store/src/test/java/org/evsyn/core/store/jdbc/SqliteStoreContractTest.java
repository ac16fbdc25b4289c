package org.evsyn.core.store.jdbc;

import java.nio.file.Path;

import org.evsyn.core.store.contract.AnalysisRunsContract;
import org.evsyn.core.store.contract.ImportContract;
import org.evsyn.core.store.contract.ImportTogetherContract;
import org.evsyn.core.store.contract.RegistryVersionsContract;
import org.evsyn.core.store.contract.ReviewDecisionsContract;
import org.evsyn.core.store.contract.RoundTripContract;
import org.evsyn.core.store.contract.StoreHarness;
import org.evsyn.core.store.contract.TeamScreeningContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store passes the store contract: every contract class, each test on fresh store files. */
class SqliteStoreContractTest {

    @TempDir
    Path dir;

    private StoreHarness harness() {
        return new SqliteHarness(dir);
    }

    @Nested
    class RoundTrip extends RoundTripContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }

    @Nested
    class Imports extends ImportContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }

    @Nested
    class ImportsTogether extends ImportTogetherContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }

    @Nested
    class RegistryVersions extends RegistryVersionsContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }

    @Nested
    class ReviewDecisions extends ReviewDecisionsContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }

    @Nested
    class AnalysisRuns extends AnalysisRunsContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }

    @Nested
    class TeamScreening extends TeamScreeningContract {
        @Override
        protected StoreHarness harness() {
            return SqliteStoreContractTest.this.harness();
        }
    }
}
